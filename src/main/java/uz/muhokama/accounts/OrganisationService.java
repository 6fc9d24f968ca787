package uz.muhokama.accounts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.accounts.internal.AuditActions;
import uz.muhokama.accounts.internal.JooqOrganisationRepository;
import uz.muhokama.accounts.internal.OrganisationRules;

/**
 * Organisations: ministries and agencies that publish drafts, utilities that resolve problem reports. Anyone may read
 * them; only an administrator creates or edits one.
 */
@Service
public class OrganisationService {

    public static final String CREATED = "ORGANISATION_CREATED";
    public static final String UPDATED = "ORGANISATION_UPDATED";

    private final JooqOrganisationRepository organisations;
    private final OrganisationRules rules;
    private final AuditActions audit;

    OrganisationService(JooqOrganisationRepository organisations, OrganisationRules rules, AuditActions audit) {
        this.organisations = organisations;
        this.rules = rules;
        this.audit = audit;
    }

    /**
     * Creates an organisation.
     *
     * @throws AdministrationException when a field breaks a rule (code format or taken, a name missing or too long,
     *                                 an unknown parent)
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OrganisationId create(NewOrganisation organisation) {
        NewOrganisation clean = new NewOrganisation(normaliseCode(organisation.code()), organisation.type(),
                strip(organisation.names()), organisation.parent());
        rules.check(null, clean.code(), clean.type(), clean.names(), clean.parent());
        OrganisationId id;
        try {
            id = organisations.insert(clean, Instant.now().truncatedTo(ChronoUnit.MICROS));
        } catch (DuplicateKeyException e) {
            throw new AdministrationException("code", "accounts.admin.error.codeTaken", clean.code());
        }
        audit.publish(CREATED, target(clean.code()), clean.type() + " " + clean.names().en());
        return id;
    }

    /**
     * Saves an edit made on the version the editor saw.
     *
     * @throws AdministrationException when a field breaks a rule, the parent would make a cycle, or someone else saved
     *                                 the organisation in between ({@code accounts.admin.error.stale})
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OrganisationDetails update(OrganisationChange change) {
        OrganisationDetails before = organisations.find(change.id())
                .orElseThrow(() -> AdministrationException.of("accounts.admin.error.organisationNotFound"));
        OrganisationChange clean = new OrganisationChange(change.id(), change.version(), normaliseCode(change.code()),
                change.type(), strip(change.names()), change.parent());
        if (before.version() != clean.version()) {
            throw AdministrationException.of("accounts.admin.error.stale");
        }
        rules.check(clean.id(), clean.code(), clean.type(), clean.names(), clean.parent());
        boolean saved;
        try {
            saved = organisations.update(clean);
        } catch (DuplicateKeyException e) {
            throw new AdministrationException("code", "accounts.admin.error.codeTaken", clean.code());
        }
        if (!saved) {
            throw AdministrationException.of("accounts.admin.error.stale");
        }
        audit.publish(UPDATED, target(clean.code()), before.code().equals(clean.code())
                ? clean.type() + " " + clean.names().en()
                : "code " + before.code() + " -> " + clean.code());
        return organisations.find(clean.id()).orElseThrow();
    }

    /** Organisations matching a filter, ordered by code; public. */
    @Transactional(readOnly = true)
    public List<OrganisationDetails> list(OrganisationFilter filter) {
        return organisations.list(filter == null ? OrganisationFilter.ALL : filter);
    }

    /** All organisations, ordered by code; public (drafts and problems pick a responsible organisation from it). */
    @Transactional(readOnly = true)
    public List<OrganisationDetails> all() {
        return organisations.list(OrganisationFilter.ALL);
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationDetails> find(OrganisationId id) {
        return organisations.find(id);
    }

    /** An organisation by its code, whatever the letter case. */
    @Transactional(readOnly = true)
    public Optional<OrganisationDetails> findByCode(String code) {
        return code == null ? Optional.empty() : organisations.findByCode(normaliseCode(code));
    }

    static String target(String code) {
        return "organisation:" + code;
    }

    private static String normaliseCode(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    private static OrganisationNames strip(OrganisationNames names) {
        if (names == null) {
            return null;
        }
        return new OrganisationNames(strip(names.uzLatn()), strip(names.uzCyrl()), strip(names.ru()), strip(names.en()));
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
