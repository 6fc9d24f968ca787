package uz.muhokama.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static uz.muhokama.problems.ProblemPeople.LAT;
import static uz.muhokama.problems.ProblemPeople.LON;
import static uz.muhokama.problems.ProblemPeople.asCitizen;
import static uz.muhokama.problems.ProblemPeople.asStaff;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.Mails;
import uz.muhokama.support.TestAccount;

@IntegrationTest
class ProblemServiceTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ProblemService problems;

    @Autowired
    ProblemStaffService staff;

    @Autowired
    ProblemSetupService setup;

    @Autowired
    OrganisationService organisations;

    @Autowired
    MembershipService memberships;

    @Autowired
    DSLContext dsl;

    @Value("${muhokama.problems.photo-dir:${muhokama.files.dir:./data/files}-problem-photos}")
    String photoDir;

    ProblemPeople people;
    String category;
    ProblemPeople.Utility utility;
    TestAccount citizen;

    @BeforeEach
    void setUp() {
        people = new ProblemPeople(dsl, organisations, memberships, setup);
        category = people.category(CategoryGroup.WATER);
        utility = people.utility(category);
        citizen = people.citizen();
    }

    NewReport report(double lat, double lon) {
        return new NewReport(category, lat, lon, "Amir Temur koʻchasi 1", "Quvur yorilib ketdi",
                "Hovlida suv quvuri yorilib, suv oqib yotibdi.", false, Map.of());
    }

    ReportId reported() {
        return asCitizen(citizen, () -> problems.report(report(LAT, LON), List.of()));
    }

    @Test
    void report_goes_to_the_organisation_whose_area_covers_the_place() {
        ReportId id = reported();

        ReportDetails details = problems.find(id).orElseThrow();
        assertThat(details.organisation()).isEqualTo(utility.id());
        assertThat(details.status()).isEqualTo(ProblemStatus.NEW);
        assertThat(details.district()).isEqualTo("Test district");
        assertThat(details.history()).extracting(ReportUpdate::status).containsExactly(ProblemStatus.NEW);
        assertThat(Duration.between(details.createdAt(), details.deadline()).toDays()).isBetween(15L, 16L);
    }

    @Test
    void report_where_no_area_covers_the_category_goes_to_triage() {
        Routing routing = problems.route(category, 40.1, 65.4);
        assertThat(routing.isTriage()).isTrue();

        ReportId id = asCitizen(citizen, () -> problems.report(report(40.1, 65.4), List.of()));

        assertThat(problems.find(id).orElseThrow().organisation()).isNull();
        assertThat(problems.list(new ReportFilter(category, null, null, null, null, null, false, true), 0, 10))
                .extracting(ReportSummary::id).containsExactly(id);
    }

    @Test
    void public_sees_a_resident_and_staff_see_the_reporter() {
        ReportId id = reported();

        assertThat(problems.find(id).orElseThrow().reporterName()).isNull();
        assertThat(problems.find(id).orElseThrow().reporterEmail()).isNull();
        ReportDetails forStaff = asStaff(utility, () -> problems.find(id).orElseThrow());
        assertThat(forStaff.reporterName()).isEqualTo("Citizen Name");
        assertThat(forStaff.reporterEmail()).isEqualTo(citizen.email());
    }

    @Test
    void place_outside_the_country_or_at_zero_is_refused() {
        assertRefused(() -> reportAt(0, 0), "problems.error.outsideCountry");
        assertRefused(() -> reportAt(55.75, 37.62), "problems.error.outsideCountry");
        assertRefused(() -> reportAt(Double.NaN, 69.2), "problems.error.outsideCountry");
        assertRefused(() -> reportAt(91, 69.2), "problems.error.outsideCountry");
        assertThat(countReports()).isZero();
    }

    @Test
    void unknown_category_is_refused() {
        NewReport unknown = new NewReport("no-such-category", LAT, LON, null, "Quvur yorildi", "Suv oqib yotibdi",
                false, Map.of());
        assertRefused(() -> asCitizen(citizen, () -> problems.report(unknown, List.of())),
                "problems.error.unknownCategory");
    }

    @Test
    void description_of_ten_thousand_characters_is_refused() {
        NewReport longOne = new NewReport(category, LAT, LON, null, "Quvur yorildi", "a".repeat(10_000), false,
                Map.of());
        assertRefused(() -> asCitizen(citizen, () -> problems.report(longOne, List.of())),
                "problems.error.descriptionLength");
        assertThat(countReports()).isZero();
    }

    @Test
    void script_tags_in_text_are_refused() {
        NewReport script = new NewReport(category, LAT, LON, null, "Quvur <script>alert(1)</script>",
                "Suv oqib yotibdi", false, Map.of());
        assertRefused(() -> asCitizen(citizen, () -> problems.report(script, List.of())), "problems.error.markup");
        NewReport inDescription = new NewReport(category, LAT, LON, null, "Quvur yorildi",
                "Suv <img src=x onerror=alert(1)> oqib yotibdi", false, Map.of());
        assertRefused(() -> asCitizen(citizen, () -> problems.report(inDescription, List.of())),
                "problems.error.markup");
        assertThat(countReports()).isZero();
    }

    @Test
    void anonymous_caller_cannot_report() {
        Throwable refused = catchThrowableOfType(AuthenticationCredentialsNotFoundException.class,
                () -> problems.report(report(LAT, LON), List.of()));
        assertThat(refused).isNotNull();
    }

    @Test
    void report_with_two_photos_keeps_them_cleaned() throws IOException {
        List<PhotoUpload> photos = List.of(
                new PhotoUpload("a.jpg", TestImages.jpegWithExif(900, 600, 1, LAT, LON)),
                new PhotoUpload("b.png", TestImages.png(300, 300)));

        ReportId id = asCitizen(citizen, () -> problems.report(report(LAT, LON), photos));

        ReportDetails details = problems.find(id).orElseThrow();
        assertThat(details.photoIds()).hasSize(2);
        try (InputStream served = problems.photo(details.photoIds().getFirst(), PhotoSize.IMAGE).orElseThrow()) {
            byte[] bytes = served.readAllBytes();
            assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
        }
        assertThat(problems.photo(details.photoIds().getFirst(), PhotoSize.THUMBNAIL)).isPresent();
        assertThat(problems.photo(details.photoIds().getFirst(), PhotoSize.MEDIUM)).isPresent();
    }

    @Test
    void sixth_photo_is_refused_and_nothing_is_kept() throws IOException {
        long filesBefore = photoFiles();
        List<PhotoUpload> six = Stream.generate(() -> new PhotoUpload("p.jpg", TestImages.jpeg(100, 80))).limit(6)
                .toList();

        assertRefused(() -> asCitizen(citizen, () -> problems.report(report(LAT, LON), six)), "problems.photo.tooMany");

        assertThat(countReports()).isZero();
        assertThat(photoFiles()).isEqualTo(filesBefore);
    }

    @Test
    void hostile_photo_among_good_ones_refuses_the_whole_report() throws IOException {
        long filesBefore = photoFiles();
        List<PhotoUpload> photos = List.of(new PhotoUpload("good.jpg", TestImages.jpeg(200, 100)),
                new PhotoUpload("bomb.png", TestImages.pngBomb()));

        assertRefused(() -> asCitizen(citizen, () -> problems.report(report(LAT, LON), photos)),
                "problems.photo.tooManyPixels");
        assertRefused(() -> asCitizen(citizen, () -> problems.report(report(LAT, LON),
                List.of(new PhotoUpload("photo.jpg", "not an image".getBytes())))), "problems.photo.type");
        assertRefused(() -> asCitizen(citizen, () -> problems.report(report(LAT, LON),
                List.of(new PhotoUpload("cut.jpg", TestImages.truncatedJpeg())))), "problems.photo.unreadable");

        assertThat(countReports()).isZero();
        assertThat(photoFiles()).isEqualTo(filesBefore);
    }

    @Test
    void photo_files_of_a_rolled_back_report_are_deleted() throws IOException {
        String required = people.category(CategoryGroup.WATER, List.of(new CategoryQuestion("floor", "number", true, 1,
                new LocalizedText("Qavat", "Қават", "Этаж", "Floor"), List.of())));
        long filesBefore = photoFiles();
        NewReport missingAnswer = new NewReport(required, LAT, LON, null, "Quvur yorildi", "Suv oqib yotibdi",
                false, Map.of());

        assertRefused(() -> asCitizen(citizen, () -> problems.report(missingAnswer,
                List.of(new PhotoUpload("a.jpg", TestImages.jpeg(200, 100))))), "problems.error.answerRequired");

        assertThat(photoFiles()).isEqualTo(filesBefore);
    }

    @Test
    void same_category_within_250_metres_is_offered_as_a_duplicate() {
        ReportId near = reported();
        ReportId far = asCitizen(citizen, () -> problems.report(report(LAT + 0.005, LON), List.of()));

        List<ReportSummary> duplicates = problems.nearbyDuplicates(category, LAT + 0.001, LON);

        assertThat(duplicates).extracting(ReportSummary::id).containsExactly(near).doesNotContain(far);
        String other = people.category(CategoryGroup.WATER);
        assertThat(problems.nearbyDuplicates(other, LAT, LON)).isEmpty();
    }

    @Test
    void me_too_counts_each_person_once() {
        ReportId id = reported();
        TestAccount neighbour = people.citizen();

        asCitizen(neighbour, () -> {
            problems.meToo(id);
            problems.meToo(id);
            return null;
        });

        assertThat(problems.find(id).orElseThrow().supporters()).isEqualTo(1);
        assertThat(asCitizen(neighbour, () -> problems.involvement(id)).following()).isTrue();
    }

    @Test
    void staff_acknowledge_and_fix_with_a_photo_and_the_reporter_is_told() {
        ReportId id = reported();

        asStaff(utility, () -> {
            staff.acknowledge(id);
            staff.changeStatus(id, ProblemStatus.FIXED, "Quvur almashtirildi",
                    List.of(new PhotoUpload("after.jpg", TestImages.jpeg(400, 300))));
            return null;
        });

        ReportDetails details = problems.find(id).orElseThrow();
        assertThat(details.status()).isEqualTo(ProblemStatus.FIXED);
        assertThat(details.history()).extracting(ReportUpdate::status)
                .containsExactly(ProblemStatus.NEW, ProblemStatus.ACKNOWLEDGED, ProblemStatus.FIXED);
        assertThat(details.history().getLast().photoIds()).hasSize(1);
        assertThat(details.history().getLast().authorKind()).isEqualTo(ReportUpdate.AuthorKind.STAFF);
        assertThat(smtp.getReceivedMessagesForDomain(citizen.email())).hasSize(2);
    }

    @Test
    void staff_of_another_organisation_cannot_change_the_status() {
        ReportId id = reported();
        ProblemPeople.Utility other = people.utility(people.category(CategoryGroup.POWER));

        ProblemForbiddenException refused = catchThrowableOfType(ProblemForbiddenException.class,
                () -> asStaff(other, () -> {
                    staff.changeStatus(id, ProblemStatus.FIXED, "Tuzatildi", List.of());
                    return null;
                }));

        assertThat(refused).isNotNull();
        assertThat(refused.messageKey()).isEqualTo("problems.error.notYourOrganisation");
        assertThat(problems.find(id).orElseThrow().status()).isEqualTo(ProblemStatus.NEW);
        assertThat(catchThrowableOfType(ProblemForbiddenException.class, () -> asStaff(other,
                () -> staff.queue(ReportFilter.ALL.withOrganisation(utility.id()), 0, 10)))).isNotNull();
    }

    @Test
    void citizen_cannot_close_someone_elses_report() {
        ReportId id = reported();
        asStaff(utility, () -> {
            staff.changeStatus(id, ProblemStatus.FIXED, "Tuzatildi", List.of());
            return null;
        });
        TestAccount stranger = people.citizen();

        ProblemForbiddenException refused = catchThrowableOfType(ProblemForbiddenException.class,
                () -> asCitizen(stranger, () -> {
                    problems.confirmFixed(id);
                    return null;
                }));

        assertThat(refused.messageKey()).isEqualTo("problems.error.notReporter");
        assertThat(problems.find(id).orElseThrow().status()).isEqualTo(ProblemStatus.FIXED);
    }

    @Test
    void reporter_confirms_the_fix_and_the_report_closes() {
        ReportId id = reported();
        asStaff(utility, () -> {
            staff.changeStatus(id, ProblemStatus.FIXED, "Tuzatildi", List.of());
            return null;
        });

        asCitizen(citizen, () -> {
            problems.confirmFixed(id);
            return null;
        });

        assertThat(problems.find(id).orElseThrow().status()).isEqualTo(ProblemStatus.CLOSED);
    }

    @Test
    void dispute_reopens_the_report_and_mails_the_organisation() {
        ReportId id = reported();
        asStaff(utility, () -> {
            staff.changeStatus(id, ProblemStatus.FIXED, "Tuzatildi", List.of());
            return null;
        });

        asCitizen(citizen, () -> {
            problems.dispute(id, "Suv hali ham oqyapti");
            return null;
        });

        assertThat(problems.find(id).orElseThrow().status()).isEqualTo(ProblemStatus.REOPENED);
        String notices = "notices-" + utility.id().value() + "@utility.test";
        assertThat(smtp.getReceivedMessagesForDomain(notices)).hasSize(1);
        assertThat(Mails.text(smtp.getReceivedMessagesForDomain(notices)[0])).contains("/problems/" + id.value())
                .contains("Suv hali ham oqyapti");
        assertThat(smtp.getReceivedMessagesForDomain(utility.staff().email())).hasSize(1);
    }

    @Test
    void dispute_of_an_open_report_is_refused() {
        ReportId id = reported();
        assertRefused(() -> asCitizen(citizen, () -> {
            problems.dispute(id, "Tuzatilmagan");
            return null;
        }), "problems.error.status");
    }

    @Test
    void deadline_is_extended_once_to_a_month_with_a_reason() {
        ReportId id = reported();
        ReportDetails before = problems.find(id).orElseThrow();

        asStaff(utility, () -> {
            staff.extendDeadline(id, "Quvurni almashtirish uchun qoʻshimcha oʻrganish kerak");
            return null;
        });

        ReportDetails after = problems.find(id).orElseThrow();
        assertThat(after.extended()).isTrue();
        assertThat(after.deadline()).isAfter(before.deadline());
        assertThat(Duration.between(after.createdAt(), after.deadline()).toDays()).isBetween(28L, 32L);
        assertRefused(() -> asStaff(utility, () -> {
            staff.extendDeadline(id, "Yana bir bor");
            return null;
        }), "problems.error.alreadyExtended");
    }

    @Test
    void duplicate_is_merged_into_the_first_report() {
        ReportId first = reported();
        ReportId second = reported();

        asStaff(utility, () -> {
            staff.merge(second, first, "Bir xil muammo");
            return null;
        });

        ReportDetails merged = problems.find(second).orElseThrow();
        assertThat(merged.status()).isEqualTo(ProblemStatus.DUPLICATE);
        assertThat(merged.mergedInto()).isEqualTo(first);
        assertRefused(() -> asStaff(utility, () -> {
            staff.changeStatus(second, ProblemStatus.FIXED, "x", List.of());
            return null;
        }), "problems.error.status");
    }

    @Test
    void reassigned_report_moves_to_the_other_queue_with_the_reason_in_public() {
        ReportId id = reported();
        ProblemPeople.Utility other = people.utility(people.category(CategoryGroup.POWER));

        asStaff(utility, () -> {
            staff.reassign(id, other.id(), "Bu elektr tarmoqlari masalasi");
            return null;
        });

        ReportDetails details = problems.find(id).orElseThrow();
        assertThat(details.organisation()).isEqualTo(other.id());
        assertThat(details.history().getLast().note()).isEqualTo("Bu elektr tarmoqlari masalasi");
        assertThat(asStaff(other, () -> staff.queue(ReportFilter.ALL.withOrganisation(other.id()), 0, 10)))
                .extracting(ReportSummary::id).contains(id);
    }

    @Test
    void overdue_reports_are_marked() {
        ReportId id = reported();
        dsl.execute("update problem_report set deadline_at = created_at - interval '1' day where id = " + id.value());

        assertThat(problems.find(id).orElseThrow().overdue()).isTrue();
        assertThat(asStaff(utility, () -> staff.queue(new ReportFilter(null, null, null, utility.id(), null, null,
                true, false), 0, 10))).extracting(ReportSummary::id).containsExactly(id);
    }

    @Test
    void staff_actions_are_audited() {
        ReportId id = reported();
        asStaff(utility, () -> {
            staff.acknowledge(id);
            return null;
        });

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> dsl.fetchCount(
                dsl.selectFrom("audit_event").where("type = 'PROBLEM_ACKNOWLEDGED' and target = 'problem:"
                        + id.value() + "'")) == 1);
    }

    private void reportAt(double lat, double lon) {
        asCitizen(citizen, () -> problems.report(report(lat, lon), List.of()));
    }

    private int countReports() {
        return problems.count(new ReportFilter(category, null, null, null, null, null, false, false));
    }

    private long photoFiles() throws IOException {
        Path root = Path.of(photoDir);
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static void assertRefused(Runnable action, String key) {
        ProblemException refused = catchThrowableOfType(ProblemException.class, action::run);
        assertThat(refused).as("refused with " + key).isNotNull();
        assertThat(refused.messageKey()).isEqualTo(key);
    }
}
