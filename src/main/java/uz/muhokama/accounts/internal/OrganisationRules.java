package uz.muhokama.accounts.internal;

import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import uz.muhokama.accounts.AdministrationException;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.OrganisationNames;
import uz.muhokama.accounts.OrganisationType;
import uz.muhokama.accounts.OrganisationValidation;
import uz.muhokama.shared.SupportedLocale;

/** Checks an organisation's fields against the rules and the other organisations before anything is written. */
@Component
public class OrganisationRules {

    private static final Pattern CODE = Pattern.compile(OrganisationValidation.CODE_PATTERN);

    private final JooqOrganisationRepository organisations;

    OrganisationRules(JooqOrganisationRepository organisations) {
        this.organisations = organisations;
    }

    /**
     * Checks a new or changed organisation; {@code self} is the organisation being edited, {@code null} for a new one.
     *
     * @throws AdministrationException naming the first rule broken
     */
    public void check(OrganisationId self, String code, OrganisationType type, OrganisationNames names,
                      OrganisationId parent) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new AdministrationException("code", "accounts.admin.error.codeInvalid");
        }
        if (type == null) {
            throw new AdministrationException("type", "accounts.admin.error.typeRequired");
        }
        checkNames(names);
        if (organisations.codeTaken(code, self)) {
            throw new AdministrationException("code", "accounts.admin.error.codeTaken", code);
        }
        if (parent != null) {
            checkParent(self, parent);
        }
    }

    private static void checkNames(OrganisationNames names) {
        for (SupportedLocale locale : SupportedLocale.values()) {
            String name = names == null ? null : names.in(locale);
            String field = "name." + locale.tag();
            if (name == null || name.isBlank()) {
                throw new AdministrationException(field, "accounts.admin.error.nameRequired");
            }
            if (name.length() > OrganisationValidation.NAME_MAX_LENGTH) {
                throw new AdministrationException(field, "accounts.admin.error.nameTooLong",
                        OrganisationValidation.NAME_MAX_LENGTH);
            }
        }
    }

    private void checkParent(OrganisationId self, OrganisationId parent) {
        if (!organisations.exists(parent)) {
            throw new AdministrationException("parent", "accounts.admin.error.parentMissing");
        }
        if (self == null) {
            return;
        }
        OrganisationId ancestor = parent;
        int steps = 0;
        while (ancestor != null) {
            if (ancestor.equals(self) || ++steps > 1000) {
                throw new AdministrationException("parent", "accounts.admin.error.parentCycle");
            }
            ancestor = organisations.parentOf(ancestor).orElse(null);
        }
    }
}
