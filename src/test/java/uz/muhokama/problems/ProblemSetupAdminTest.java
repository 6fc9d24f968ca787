package uz.muhokama.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uz.muhokama.problems.ProblemPeople.LAT;
import static uz.muhokama.problems.ProblemPeople.LON;
import static uz.muhokama.problems.ProblemPeople.asCitizen;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.OrganisationType;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.SignedIn;
import uz.muhokama.support.TestAccount;
import uz.muhokama.support.TestOrganisations;

@IntegrationTest
class ProblemSetupAdminTest {

    /** A square of about 1 km, well away from the other tests' areas (Samarkand). */
    private static final double FAR_LAT = 39.65;
    private static final double FAR_LON = 66.96;

    @Autowired
    ProblemSetupService setup;

    @Autowired
    ProblemService problems;

    @Autowired
    ProblemStaffService staff;

    @Autowired
    OrganisationService organisations;

    @Autowired
    MembershipService memberships;

    @Autowired
    DSLContext dsl;

    ProblemPeople people;

    @BeforeEach
    void setUp() {
        people = new ProblemPeople(dsl, organisations, memberships, setup);
    }

    @Test
    void a_category_is_changed_with_its_questions_and_an_edit_from_an_old_version_is_refused() {
        String code = people.category(CategoryGroup.WATER);
        CategorySetup before = find(code);
        CategoryQuestion where = new CategoryQuestion("where", "singlevaluelist", true, 1,
                new LocalizedText("Qayerda?", "Қаерда?", "Где?", "Where?"),
                List.of(new CategoryQuestion.Choice("street", "Koʻchada"), new CategoryQuestion.Choice("yard",
                        "Hovlida")));
        NewCategory changed = new NewCategory("ignored", CategoryGroup.SEWAGE,
                new LocalizedText("Kanalizatsiya", "Канализация", "Канализация", "Sewage"), 7, List.of(where));

        SignedIn.asAdmin(() -> setup.updateCategory(before.category().id(), before.version(), changed, true));

        CategorySetup after = find(code);
        assertThat(after.category().code()).isEqualTo(code);
        assertThat(after.category().group()).isEqualTo(CategoryGroup.SEWAGE);
        assertThat(after.category().deadlineDays()).isEqualTo(7);
        assertThat(after.category().names().en()).isEqualTo("Sewage");
        assertThat(after.category().questions()).singleElement().satisfies(q -> {
            assertThat(q.code()).isEqualTo("where");
            assertThat(q.values()).extracting(CategoryQuestion.Choice::key).containsExactly("street", "yard");
        });
        assertThatThrownBy(() -> SignedIn.asAdmin(() -> setup.updateCategory(before.category().id(),
                before.version(), changed, false)))
                .isInstanceOf(ProblemException.class).hasMessage("problems.admin.error.stale");
        assertThat(find(code).active()).isTrue();
        awaitAudit("PROBLEM_CATEGORY_CHANGED", "category:" + code);
    }

    @Test
    void a_list_question_without_choices_is_refused_and_the_category_keeps_what_it_had() {
        String code = people.category(CategoryGroup.GAS);
        CategorySetup before = find(code);
        CategoryQuestion noChoices = new CategoryQuestion("kind", "singlevaluelist", false, 1,
                new LocalizedText("Turi", "Тури", "Вид", "Kind"), List.of());

        assertThatThrownBy(() -> SignedIn.asAdmin(() -> setup.updateCategory(before.category().id(),
                before.version(), new NewCategory(code, CategoryGroup.GAS, before.category().names(), 20,
                        List.of(noChoices)), true)))
                .isInstanceOf(ProblemException.class).hasMessage("problems.admin.error.questionValues");

        CategorySetup after = find(code);
        assertThat(after.category().deadlineDays()).isEqualTo(15);
        assertThat(after.version()).isEqualTo(before.version());
    }

    @Test
    void a_category_with_reports_is_never_deleted_and_once_inactive_takes_no_new_reports() {
        String code = people.category(CategoryGroup.WATER);
        people.utility(code);
        TestAccount citizen = people.citizen();
        asCitizen(citizen, () -> problems.report(report(code, LAT, LON), List.of()));
        CategorySetup used = find(code);

        assertThatThrownBy(() -> SignedIn.asAdmin(() -> setup.deleteCategory(used.category().id())))
                .isInstanceOf(ProblemException.class).hasMessage("problems.admin.error.categoryInUse");
        SignedIn.asAdmin(() -> setup.updateCategory(used.category().id(), used.version(),
                new NewCategory(code, used.category().group(), used.category().names(), 15, List.of()), false));

        assertThat(find(code).active()).isFalse();
        assertThat(problems.categories()).extracting(Category::code).doesNotContain(code);
        assertThatThrownBy(() -> asCitizen(citizen, () -> problems.report(report(code, LAT, LON), List.of())))
                .isInstanceOf(ProblemException.class).hasMessage("problems.error.unknownCategory");
    }

    @Test
    void a_category_nobody_reported_in_can_be_deleted() {
        String code = people.category(CategoryGroup.LIFTS);

        SignedIn.asAdmin(() -> setup.deleteCategory(find(code).category().id()));

        assertThat(SignedIn.asAdmin(() -> setup.categoriesForSetup())).extracting(c -> c.category().code())
                .doesNotContain(code);
        awaitAudit("PROBLEM_CATEGORY_DELETED", "category:" + code);
    }

    @Test
    void a_citizen_cannot_change_categories() {
        String code = people.category(CategoryGroup.WATER);
        CategorySetup category = find(code);
        TestAccount citizen = people.citizen();

        assertThatThrownBy(() -> asCitizen(citizen, () -> {
            setup.updateCategory(category.category().id(), category.version(), new NewCategory(code,
                    CategoryGroup.WATER, category.category().names(), 3, List.of()), true);
            return null;
        })).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(find(code).category().deadlineDays()).isEqualTo(15);
    }

    @Test
    void a_geojson_feature_collection_becomes_an_area_that_routes_reports_to_its_organisation() {
        String code = people.category(CategoryGroup.WASTE);
        OrganisationId utility = TestOrganisations.create(organisations, OrganisationType.UTILITY, null);
        String district = "Samarqand " + UUID.randomUUID().toString().substring(0, 6);

        long id = SignedIn.asAdmin(() -> setup.addServiceArea(utility, "Markaz", district,
                new AreaSource.GeoJsonFile("markaz.geojson", featureCollection(FAR_LON, FAR_LAT, 0.005)),
                List.of(code)));

        List<ServiceArea> areas = SignedIn.asAdmin(() -> setup.serviceAreas(utility));
        assertThat(areas).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(id);
            assertThat(a.categoryCodes()).containsExactly(code);
            assertThat(a.latitude()).isBetween(FAR_LAT - 0.005, FAR_LAT + 0.005);
        });
        assertThat(problems.route(code, FAR_LAT, FAR_LON).organisation()).isEqualTo(utility);
        assertThat(SignedIn.asAdmin(() -> setup.knownDistricts())).contains(district);
        awaitAudit("PROBLEM_AREA_ADDED", "organisation:");
    }

    @Test
    void a_known_district_lends_its_boundary_to_another_organisation() {
        String code = people.category(CategoryGroup.POWER);
        OrganisationId first = TestOrganisations.create(organisations, OrganisationType.UTILITY, null);
        OrganisationId second = TestOrganisations.create(organisations, OrganisationType.UTILITY, null);
        String district = "Buxoro " + UUID.randomUUID().toString().substring(0, 6);
        SignedIn.asAdmin(() -> setup.addServiceArea(first, "Shahar", district,
                new AreaSource.GeoJsonFile("b.json", featureCollection(64.42, 39.77, 0.01)), List.of(code)));

        SignedIn.asAdmin(() -> setup.addServiceArea(second, "Shahar", district,
                new AreaSource.KnownDistrict(district), List.of(code)));

        assertThat(SignedIn.asAdmin(() -> setup.serviceAreas(second))).singleElement()
                .satisfies(a -> assertThat(a.boundaryWkt())
                        .isEqualTo(SignedIn.asAdmin(() -> setup.serviceAreas(first)).getFirst().boundaryWkt()));
    }

    @Test
    void the_categories_of_an_area_change_and_a_removed_area_routes_no_more() {
        String code = people.category(CategoryGroup.HEATING);
        String other = people.category(CategoryGroup.HEATING);
        OrganisationId utility = TestOrganisations.create(organisations, OrganisationType.UTILITY, null);
        long id = SignedIn.asAdmin(() -> setup.addServiceArea(utility, "Qoʻqon", "Qoʻqon " + UUID.randomUUID(),
                new AreaSource.GeoJsonFile("q.geojson", featureCollection(70.94, 40.53, 0.01)), List.of(code)));

        SignedIn.asAdmin(() -> setup.setAreaCategories(id, List.of(other)));
        assertThat(problems.route(other, 40.53, 70.94).organisation()).isEqualTo(utility);
        assertThat(problems.route(code, 40.53, 70.94).isTriage()).isTrue();

        SignedIn.asAdmin(() -> setup.removeServiceArea(id));
        assertThat(SignedIn.asAdmin(() -> setup.serviceAreas(utility))).isEmpty();
        assertThat(problems.route(other, 40.53, 70.94).isTriage()).isTrue();
    }

    @Test
    void bad_boundaries_are_refused_with_their_reason_and_nothing_is_stored() {
        String code = people.category(CategoryGroup.ROADS);
        OrganisationId utility = TestOrganisations.create(organisations, OrganisationType.UTILITY, null);

        assertRefused(utility, code, new AreaSource.GeoJsonFile("paris.geojson", featureCollection(2.35, 48.85,
                0.01)), "problems.admin.error.outsideCountry");
        String bowTie = """
                {"type":"Polygon","coordinates":[[[69.20,41.30],[69.22,41.32],[69.22,41.30],[69.20,41.32],\
                [69.20,41.30]]]}""";
        assertRefused(utility, code, new AreaSource.GeoJsonFile("bow.geojson",
                bowTie.getBytes(StandardCharsets.UTF_8)), "problems.error.boundary");
        assertRefused(utility, code, new AreaSource.GeoJsonFile("point.geojson",
                "{\"type\":\"Point\",\"coordinates\":[69.2,41.3]}".getBytes(StandardCharsets.UTF_8)),
                "problems.admin.error.geojson");
        assertRefused(utility, code, new AreaSource.GeoJsonFile("broken.geojson",
                "{\"type\":\"Polygon\",\"coordinates\":[[[69.2,41".getBytes(StandardCharsets.UTF_8)),
                "problems.admin.error.geojson");
        assertRefused(utility, code, new AreaSource.GeoJsonFile("photo.geojson", TestImages.png(20, 20)),
                "problems.admin.error.fileType");
        assertRefused(utility, code, new AreaSource.GeoJsonFile("huge.geojson", new byte[3 * 1024 * 1024]),
                "problems.admin.error.fileSize");
        assertRefused(utility, code, new AreaSource.KnownDistrict("No such district " + UUID.randomUUID()),
                "problems.admin.error.unknownDistrict");
        assertThatThrownBy(() -> SignedIn.asAdmin(() -> setup.addServiceArea(utility, "A", "B",
                new AreaSource.GeoJsonFile("ok.geojson", featureCollection(69.2, 41.3, 0.01)), List.of())))
                .isInstanceOf(ProblemException.class).hasMessage("problems.admin.error.noCategory");

        assertThat(SignedIn.asAdmin(() -> setup.serviceAreas(utility))).isEmpty();
    }

    @Test
    void a_hidden_report_is_listed_for_moderators_until_it_is_shown_again() {
        String code = people.category(CategoryGroup.YARDS);
        people.utility(code);
        TestAccount citizen = people.citizen();
        ReportId report = asCitizen(citizen, () -> problems.report(report(code, LAT, LON), List.of()));

        SignedIn.asAdmin(() -> staff.setHidden(report, true));
        assertThat(SignedIn.asAdmin(() -> setup.hiddenReports())).extracting(HiddenReport::id).contains(report);
        assertThatThrownBy(() -> asCitizen(citizen, () -> setup.hiddenReports()))
                .isInstanceOf(AuthorizationDeniedException.class);

        SignedIn.asAdmin(() -> staff.setHidden(report, false));
        assertThat(SignedIn.asAdmin(() -> setup.hiddenReports())).extracting(HiddenReport::id)
                .doesNotContain(report);
        assertThat(problems.find(report)).isPresent();
    }

    private void assertRefused(OrganisationId utility, String code, AreaSource source, String key) {
        assertThatThrownBy(() -> SignedIn.asAdmin(() -> setup.addServiceArea(utility, "Area", "District", source,
                List.of(code)))).isInstanceOf(ProblemException.class).hasMessage(key);
    }

    private CategorySetup find(String code) {
        return SignedIn.asAdmin(() -> setup.categoriesForSetup()).stream()
                .filter(c -> c.category().code().equals(code)).findFirst().orElseThrow();
    }

    private static NewReport report(String code, double lat, double lon) {
        return new NewReport(code, lat, lon, "Amir Temur koʻchasi 1", "Quvur yorilib ketdi",
                "Hovlida suv quvuri yorilib, suv oqib yotibdi.", false, Map.of());
    }

    /** A square of side {@code 2 * half} degrees around a point, as one polygon feature in a collection. */
    private static byte[] featureCollection(double lon, double lat, double half) {
        String ring = String.format(Locale.ROOT, "[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]",
                lon - half, lat - half, lon + half, lat - half, lon + half, lat + half, lon - half, lat + half,
                lon - half, lat - half);
        return ("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private void awaitAudit(String type, String targetStart) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> dsl.fetchExists(dsl.selectOne()
                .from("audit_event").where("type = ? and target like ?", type, targetStart + "%")));
    }
}
