package uz.muhokama.support;

import java.util.Locale;
import java.util.UUID;
import uz.muhokama.accounts.NewOrganisation;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.OrganisationNames;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.OrganisationType;

/** Organisations with unique codes for tests. */
public final class TestOrganisations {

    private TestOrganisations() {
    }

    /** A fresh code: a prefix and eight random upper-case hex digits. */
    public static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    public static OrganisationNames names(String base) {
        return new OrganisationNames(base + " vazirligi", base + " вазирлиги", "Министерство " + base,
                "Ministry of " + base);
    }

    /** Creates an organisation as an administrator. */
    public static OrganisationId create(OrganisationService service, OrganisationType type, OrganisationId parent) {
        NewOrganisation organisation = new NewOrganisation(uniqueCode("T"), type, names("Test"), parent);
        return SignedIn.asAdmin(() -> service.create(organisation));
    }
}
