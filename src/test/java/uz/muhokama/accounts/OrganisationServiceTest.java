package uz.muhokama.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uz.muhokama.support.TestOrganisations.names;
import static uz.muhokama.support.TestOrganisations.uniqueCode;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.SignedIn;
import uz.muhokama.support.TestOrganisations;

@IntegrationTest
class OrganisationServiceTest {

    @Autowired
    OrganisationService organisations;

    @Test
    @WithMockUser(roles = "ADMIN")
    void admin_creates_an_organisation_that_is_found_by_code_in_any_case() {
        String code = uniqueCode("MINFIN");
        OrganisationId id = organisations.create(new NewOrganisation(code, OrganisationType.MINISTRY,
                names("Moliya"), null));

        OrganisationDetails found = organisations.findByCode(code.toLowerCase()).orElseThrow();
        assertThat(found.id()).isEqualTo(id);
        assertThat(found.type()).isEqualTo(OrganisationType.MINISTRY);
        assertThat(found.names().en()).isEqualTo("Ministry of Moliya");
        assertThat(found.version()).isZero();
        assertThat(found.memberCount()).isZero();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void code_and_names_are_trimmed_and_the_code_upper_cased() {
        String code = uniqueCode("ab");
        organisations.create(new NewOrganisation("  " + code.toLowerCase() + " ", OrganisationType.AGENCY,
                new OrganisationNames(" Lotin ", "Кирилл ", " Рус", "English "), null));

        OrganisationDetails found = organisations.findByCode(code).orElseThrow();
        assertThat(found.code()).isEqualTo(code.toUpperCase());
        assertThat(found.names()).isEqualTo(new OrganisationNames("Lotin", "Кирилл", "Рус", "English"));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_code_in_use_is_refused() {
        String code = uniqueCode("DUP");
        organisations.create(new NewOrganisation(code, OrganisationType.AGENCY, names("Bir"), null));

        assertThatThrownBy(() -> organisations.create(new NewOrganisation(code.toLowerCase(), OrganisationType.UTILITY,
                names("Ikki"), null)))
                .isInstanceOfSatisfying(AdministrationException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("accounts.admin.error.codeTaken");
                    assertThat(e.field()).isEqualTo("code");
                });
        assertThat(organisations.findByCode(code).orElseThrow().type()).isEqualTo(OrganisationType.AGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A", "AB C", "AB_C", "ÄÖ", "ОРГ", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456"})
    @WithMockUser(roles = "ADMIN")
    void an_invalid_code_is_refused(String code) {
        String textToFind = uniqueCode("INV");
        assertThatThrownBy(() -> organisations.create(new NewOrganisation(code, OrganisationType.AGENCY,
                names(textToFind), null)))
                .isInstanceOfSatisfying(AdministrationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("accounts.admin.error.codeInvalid"));
        assertThat(organisations.list(new OrganisationFilter(null, textToFind))).isEmpty();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_missing_type_is_refused() {
        assertThatThrownBy(() -> organisations.create(new NewOrganisation(uniqueCode("NT"), null, names("X"), null)))
                .isInstanceOfSatisfying(AdministrationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("accounts.admin.error.typeRequired"));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void every_name_is_required() {
        List<OrganisationNames> incomplete = List.of(
                new OrganisationNames(" ", "б", "в", "d"),
                new OrganisationNames("a", null, "в", "d"),
                new OrganisationNames("a", "б", "", "d"),
                new OrganisationNames("a", "б", "в", "  "));
        List<String> fields = List.of("name.uz-Latn", "name.uz-Cyrl", "name.ru", "name.en");
        for (int i = 0; i < incomplete.size(); i++) {
            String code = uniqueCode("NN");
            String field = fields.get(i);
            OrganisationNames names = incomplete.get(i);
            assertThatThrownBy(() -> organisations.create(new NewOrganisation(code, OrganisationType.AGENCY, names,
                    null)))
                    .isInstanceOfSatisfying(AdministrationException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("accounts.admin.error.nameRequired");
                        assertThat(e.field()).isEqualTo(field);
                    });
            assertThat(organisations.findByCode(code)).isEmpty();
        }
        assertThatThrownBy(() -> organisations.create(new NewOrganisation(uniqueCode("NN"), OrganisationType.AGENCY,
                null, null)))
                .isInstanceOf(AdministrationException.class);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_name_over_300_characters_is_refused_and_300_is_accepted() {
        String longest = "x".repeat(300);
        String code = uniqueCode("LN");
        organisations.create(new NewOrganisation(code, OrganisationType.AGENCY,
                new OrganisationNames(longest, longest, longest, longest), null));
        assertThat(organisations.findByCode(code)).isPresent();

        assertThatThrownBy(() -> organisations.create(new NewOrganisation(uniqueCode("LN"), OrganisationType.AGENCY,
                new OrganisationNames("a", "б", longest + "y", "d"), null)))
                .isInstanceOfSatisfying(AdministrationException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("accounts.admin.error.nameTooLong");
                    assertThat(e.field()).isEqualTo("name.ru");
                });
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_parent_that_does_not_exist_is_refused() {
        String code = uniqueCode("NP");
        assertThatThrownBy(() -> organisations.create(new NewOrganisation(code, OrganisationType.AGENCY, names("X"),
                new OrganisationId(Long.MAX_VALUE))))
                .isInstanceOfSatisfying(AdministrationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("accounts.admin.error.parentMissing"));
        assertThat(organisations.findByCode(code)).isEmpty();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_parent_cycle_is_refused() {
        OrganisationId top = organisations.create(new NewOrganisation(uniqueCode("TOP"), OrganisationType.MINISTRY,
                names("Top"), null));
        OrganisationId middle = organisations.create(new NewOrganisation(uniqueCode("MID"), OrganisationType.AGENCY,
                names("Mid"), top));
        OrganisationId bottom = organisations.create(new NewOrganisation(uniqueCode("BOT"), OrganisationType.AGENCY,
                names("Bot"), middle));
        OrganisationDetails topNow = organisations.find(top).orElseThrow();

        assertThatThrownBy(() -> organisations.update(changeOf(topNow, bottom)))
                .isInstanceOfSatisfying(AdministrationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("accounts.admin.error.parentCycle"));
        assertThatThrownBy(() -> organisations.update(changeOf(topNow, top)))
                .isInstanceOfSatisfying(AdministrationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("accounts.admin.error.parentCycle"));
        assertThat(organisations.find(top).orElseThrow().parent()).isNull();
        assertThat(organisations.find(bottom).orElseThrow().parentCode())
                .isEqualTo(organisations.find(middle).orElseThrow().code());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void an_edit_saves_and_raises_the_version() {
        OrganisationId parent = organisations.create(new NewOrganisation(uniqueCode("PAR"), OrganisationType.MINISTRY,
                names("Ota"), null));
        OrganisationId id = organisations.create(new NewOrganisation(uniqueCode("ED"), OrganisationType.AGENCY,
                names("Eski"), null));
        OrganisationDetails before = organisations.find(id).orElseThrow();
        String newCode = uniqueCode("ED2");

        OrganisationDetails after = organisations.update(new OrganisationChange(id, before.version(), newCode,
                OrganisationType.UTILITY, names("Yangi"), parent));

        assertThat(after.code()).isEqualTo(newCode);
        assertThat(after.type()).isEqualTo(OrganisationType.UTILITY);
        assertThat(after.names().en()).isEqualTo("Ministry of Yangi");
        assertThat(after.parent()).isEqualTo(parent);
        assertThat(after.parentNames().en()).isEqualTo("Ministry of Ota");
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(organisations.findByCode(before.code())).isEmpty();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void an_edit_of_a_stale_version_is_refused_and_changes_nothing() {
        OrganisationId id = organisations.create(new NewOrganisation(uniqueCode("ST"), OrganisationType.AGENCY,
                names("Birinchi"), null));
        OrganisationDetails seenByBoth = organisations.find(id).orElseThrow();
        organisations.update(new OrganisationChange(id, seenByBoth.version(), seenByBoth.code(),
                OrganisationType.AGENCY, names("Ikkinchi"), null));

        assertThatThrownBy(() -> organisations.update(new OrganisationChange(id, seenByBoth.version(),
                seenByBoth.code(), OrganisationType.UTILITY, names("Uchinchi"), null)))
                .isInstanceOfSatisfying(AdministrationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("accounts.admin.error.stale"));
        OrganisationDetails now = organisations.find(id).orElseThrow();
        assertThat(now.names().en()).isEqualTo("Ministry of Ikkinchi");
        assertThat(now.type()).isEqualTo(OrganisationType.AGENCY);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void list_filters_by_type_and_by_text_in_any_name() {
        String marker = uniqueCode("Qx");
        OrganisationId utility = organisations.create(new NewOrganisation(uniqueCode("UT"), OrganisationType.UTILITY,
                new OrganisationNames(marker + " suv", "Сув", "Вода", "Water"), null));
        OrganisationId agency = organisations.create(new NewOrganisation(uniqueCode("AG"), OrganisationType.AGENCY,
                new OrganisationNames("Idora", "Идора", "Ведомство " + marker.toUpperCase(), "Agency"), null));

        assertThat(organisations.list(new OrganisationFilter(null, marker.toLowerCase())))
                .extracting(OrganisationDetails::id).containsExactlyInAnyOrder(utility, agency);
        assertThat(organisations.list(new OrganisationFilter(OrganisationType.UTILITY, marker)))
                .extracting(OrganisationDetails::id).containsExactly(utility);
        assertThat(organisations.list(new OrganisationFilter(OrganisationType.MINISTRY, marker))).isEmpty();
        assertThat(organisations.list(new OrganisationFilter(null, marker + "%"))).isEmpty();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_script_in_a_name_is_kept_as_plain_text() {
        String script = "<script>alert('x')</script> & <b>bold</b>";
        String code = uniqueCode("XSS");
        organisations.create(new NewOrganisation(code, OrganisationType.AGENCY,
                new OrganisationNames(script, script, script, script), null));

        assertThat(organisations.findByCode(code).orElseThrow().names().uzLatn()).isEqualTo(script);
    }

    @Test
    @WithAnonymousUser
    void anyone_may_read_organisations() {
        OrganisationId id = TestOrganisations.create(organisations, OrganisationType.AGENCY, null);

        assertThat(organisations.find(id)).isPresent();
        assertThat(organisations.all()).extracting(OrganisationDetails::id).contains(id);
    }

    @Test
    @WithMockUser(roles = {"CITIZEN", "MODERATOR", "AGENCY_EDITOR"})
    void a_non_admin_cannot_create_or_edit_and_nothing_changes() {
        String code = uniqueCode("NA");
        assertThatThrownBy(() -> organisations.create(new NewOrganisation(code, OrganisationType.AGENCY, names("X"),
                null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(organisations.findByCode(code)).isEmpty();

        OrganisationId id = TestOrganisations.create(organisations, OrganisationType.AGENCY, null);
        OrganisationDetails before = organisations.find(id).orElseThrow();
        assertThatThrownBy(() -> organisations.update(changeOf(before, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(organisations.find(id).orElseThrow()).isEqualTo(before);
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_cannot_create_or_edit() {
        String code = uniqueCode("AN");
        assertThatThrownBy(() -> organisations.create(new NewOrganisation(code, OrganisationType.AGENCY, names("X"),
                null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(organisations.findByCode(code)).isEmpty();
        OrganisationDetails existing = organisations.find(
                SignedIn.asAdmin(() -> organisations.create(new NewOrganisation(uniqueCode("AN"),
                        OrganisationType.AGENCY, names("Y"), null)))).orElseThrow();
        assertThatThrownBy(() -> organisations.update(changeOf(existing, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(organisations.find(existing.id()).orElseThrow()).isEqualTo(existing);
    }

    private static OrganisationChange changeOf(OrganisationDetails details, OrganisationId parent) {
        return new OrganisationChange(details.id(), details.version(), details.code(), details.type(),
                names("Changed"), parent);
    }
}
