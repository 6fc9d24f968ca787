package uz.muhokama.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;
import static uz.muhokama.problems.ProblemPeople.LAT;
import static uz.muhokama.problems.ProblemPeople.LON;
import static uz.muhokama.problems.ProblemPeople.asCitizen;
import static uz.muhokama.problems.ProblemPeople.asStaff;
import static uz.muhokama.problems.SubscriptionFixtures.polygon;
import static uz.muhokama.problems.SubscriptionFixtures.square;
import static uz.muhokama_db.Tables.PROBLEM_UPDATE;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.shared.SupportedLocale;
import uz.muhokama.shared.i18n.Translations;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.Mails;
import uz.muhokama.support.TestAccount;

@IntegrationTest
class ProblemSubscriptionServiceTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern STOP_LINK = Pattern.compile("/problems/subscriptions/stop/([A-Za-z0-9_-]+)");

    @Autowired
    ProblemService problems;

    @Autowired
    ProblemStaffService staff;

    @Autowired
    ProblemSubscriptionService subscriptions;

    @Autowired
    ProblemSetupService setup;

    @Autowired
    OrganisationService organisations;

    @Autowired
    MembershipService memberships;

    @Autowired
    Translations translations;

    @Autowired
    DSLContext dsl;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    ProblemPeople people;
    SubscriptionFixtures fixtures;
    String category;
    ProblemPeople.Utility utility;
    TestAccount reporter;

    @BeforeEach
    void setUp() {
        people = new ProblemPeople(dsl, organisations, memberships, setup);
        fixtures = new SubscriptionFixtures(dsl, people);
        category = people.category(CategoryGroup.WATER);
        utility = people.utility(category);
        reporter = people.citizen();
    }

    private ReportId reportAt(String categoryCode, double lat, double lon) {
        return asCitizen(reporter, () -> problems.report(new NewReport(categoryCode, lat, lon, "Bunyodkor 5",
                "Quvur yorildi", "Hovlida suv oqib yotibdi", false, Map.of()), List.of()));
    }

    private ProblemSubscription subscribe(TestAccount person, String categoryCode, String district,
                                          String area, boolean statusChanges) {
        return asCitizen(person, () -> subscriptions.subscribe(new NewProblemSubscription(categoryCode, district, area,
                statusChanges)));
    }

    private MimeMessage[] mailsOf(TestAccount person) {
        return smtp.getReceivedMessagesForDomain(person.email());
    }

    @Test
    void new_report_inside_a_drawn_area_is_mailed_and_one_outside_is_not() throws Exception {
        TestAccount inside = fixtures.subscriber("uz-Latn");
        TestAccount elsewhere = fixtures.subscriber("uz-Latn");
        subscribe(inside, category, null, square(LAT, LON, 0.005), false);
        subscribe(elsewhere, category, null, square(39.65, 66.96, 0.02), false);

        ReportId id = reportAt(category, LAT, LON);

        await().atMost(WAIT).until(() -> mailsOf(inside).length == 1);
        assertThat(mailsOf(inside)[0].getSubject()).contains("Quvur yorildi");
        assertThat(Mails.text(mailsOf(inside)[0])).contains("/problems/" + id.value());
        assertThat(mailsOf(elsewhere)).isEmpty();
    }

    @Test
    void place_in_the_bounding_box_but_outside_the_polygon_is_not_mailed() {
        TestAccount around = fixtures.subscriber("uz-Latn");
        TestAccount over = fixtures.subscriber("uz-Latn");
        subscribe(around, category, null, SubscriptionFixtures.aroundButNotOver(LAT, LON), false);
        subscribe(over, category, null, square(LAT, LON, 0.002), false);

        reportAt(category, LAT, LON);

        await().atMost(WAIT).until(() -> mailsOf(over).length == 1);
        assertThat(mailsOf(around)).isEmpty();
    }

    @Test
    void district_and_category_subscriptions_match_only_their_own() {
        String otherCategory = people.category(CategoryGroup.WASTE);
        TestAccount byDistrict = fixtures.subscriber("uz-Latn");
        TestAccount byCategory = fixtures.subscriber("uz-Latn");
        TestAccount byOtherCategory = fixtures.subscriber("uz-Latn");
        TestAccount categoryInDistrict = fixtures.subscriber("uz-Latn");
        subscribe(byDistrict, null, "Test district", null, false);
        subscribe(byCategory, category, null, null, false);
        subscribe(byOtherCategory, otherCategory, null, null, false);
        subscribe(categoryInDistrict, otherCategory, "Test district", null, false);

        reportAt(category, LAT, LON);

        await().atMost(WAIT).until(() -> mailsOf(byDistrict).length >= 1 && mailsOf(byCategory).length == 1);
        assertThat(mailsOf(byOtherCategory)).isEmpty();
        assertThat(mailsOf(categoryInDistrict)).isEmpty();
    }

    @Test
    void mail_is_in_the_subscriber_language_with_one_click_unsubscribe_that_works_without_signing_in()
            throws Exception {
        TestAccount russian = fixtures.subscriber("ru");
        subscribe(russian, category, null, null, false);

        reportAt(category, LAT, LON);

        await().atMost(WAIT).until(() -> mailsOf(russian).length == 1);
        MimeMessage mail = mailsOf(russian)[0];
        assertThat(mail.getSubject()).isEqualTo(translations.get(SupportedLocale.RU,
                "problems.subscription.mail.newSubject", "Quvur yorildi"));
        String text = Mails.text(mail);
        assertThat(text).contains("Новое обращение по вашей подписке").contains("Тест " + category);
        Matcher stop = STOP_LINK.matcher(text);
        assertThat(stop.find()).isTrue();
        assertThat(mail.getHeader("List-Unsubscribe")[0])
                .isEqualTo("<http://localhost:8080/problems/subscriptions/unsubscribe/" + stop.group(1) + ">");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");

        assertThat(subscriptions.byUnsubscribeToken(stop.group(1))).isPresent();
        assertThat(subscriptions.unsubscribe(stop.group(1))).isTrue();

        assertThat(fixtures.subscriptionsOf(russian)).isZero();
        assertThat(subscriptions.unsubscribe(stop.group(1))).isFalse();
    }

    @Test
    void reporter_is_not_told_of_their_own_report() {
        reporter = fixtures.subscriber("en");
        TestAccount other = fixtures.subscriber("en");
        subscribe(reporter, category, null, null, false);
        subscribe(other, category, null, null, false);

        reportAt(category, LAT, LON);

        await().atMost(WAIT).until(() -> mailsOf(other).length == 1);
        assertThat(mailsOf(reporter)).isEmpty();
    }

    @Test
    void status_changes_are_mailed_only_to_those_who_asked() throws Exception {
        TestAccount wantsChanges = fixtures.subscriber("en");
        TestAccount onlyNew = fixtures.subscriber("en");
        subscribe(wantsChanges, category, null, null, true);
        subscribe(onlyNew, category, null, null, false);
        ReportId id = reportAt(category, LAT, LON);
        await().atMost(WAIT).until(() -> mailsOf(wantsChanges).length == 1 && mailsOf(onlyNew).length == 1);

        asStaff(utility, () -> {
            staff.changeStatus(id, ProblemStatus.IN_PROGRESS, "Usta yuborildi", List.of());
            return null;
        });

        await().atMost(WAIT).until(() -> mailsOf(wantsChanges).length == 2);
        assertThat(mailsOf(wantsChanges)[1].getSubject()).isEqualTo("Quvur yorildi: In progress");
        assertThat(mailsOf(onlyNew)).hasSize(1);
    }

    @Test
    void events_delivered_again_mail_nobody_twice() {
        TestAccount first = fixtures.subscriber("en");
        subscribe(first, category, null, null, true);
        ReportId id = reportAt(category, LAT, LON);
        await().atMost(WAIT).until(() -> mailsOf(first).length == 1);
        asStaff(utility, () -> {
            staff.changeStatus(id, ProblemStatus.IN_PROGRESS, "Usta yuborildi", List.of());
            return null;
        });
        await().atMost(WAIT).until(() -> mailsOf(first).length == 2);
        long update = dsl.select(DSL.max(PROBLEM_UPDATE.ID)).from(PROBLEM_UPDATE)
                .where(PROBLEM_UPDATE.REPORT_ID.eq(id.value())).fetchSingle().value1();
        TestAccount later = fixtures.subscriber("en");
        subscribe(later, category, null, null, true);

        // As after a crash between the mails' commit and the publications being marked complete.
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(new ProblemReported(id, category, null));
            events.publishEvent(new ProblemStatusChanged(id, ProblemStatus.NEW, ProblemStatus.IN_PROGRESS, update));
        });

        await().atMost(WAIT).until(() -> mailsOf(later).length == 2);
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> mailsOf(first).length == 2);
    }

    @Test
    void bad_areas_are_refused_with_translated_reasons_and_nothing_is_saved() {
        TestAccount person = fixtures.subscriber("uz-Latn");
        String bowTie = polygon(LON - 0.01, LAT - 0.01, LON + 0.01, LAT + 0.01, LON + 0.01, LAT - 0.01,
                LON - 0.01, LAT + 0.01);
        String huge = polygon(64.0, 39.0, 68.0, 39.0, 68.0, 42.0, 64.0, 42.0);
        String moscow = square(55.75, 37.62, 0.05);
        double[] many = new double[2 * 150];
        for (int i = 0; i < 150; i++) {
            many[2 * i] = LON + 0.01 * Math.cos(2 * Math.PI * i / 150);
            many[2 * i + 1] = LAT + 0.01 * Math.sin(2 * Math.PI * i / 150);
        }
        String line = polygon(LON, LAT, LON + 0.01, LAT);

        assertRefused(() -> subscribe(person, null, null, bowTie, false), "problems.subscription.error.areaInvalid");
        assertRefused(() -> subscribe(person, null, null, huge, false), "problems.subscription.error.areaTooLarge");
        assertRefused(() -> subscribe(person, null, null, moscow, false), "problems.subscription.error.areaOutside");
        assertRefused(() -> subscribe(person, null, null, polygon(many), false),
                "problems.subscription.error.areaCorners");
        assertRefused(() -> subscribe(person, null, null, line, false), "problems.subscription.error.area");
        assertRefused(() -> subscribe(person, null, null, "<svg/>", false), "problems.subscription.error.area");
        assertRefused(() -> subscribe(person, null, null, "{\"type\":\"Point\",\"coordinates\":[69.2,41.3]}", false),
                "problems.subscription.error.area");
        assertThat(fixtures.subscriptionsOf(person)).isZero();
    }

    @Test
    void unknown_district_or_category_and_empty_or_double_choices_are_refused() {
        TestAccount person = fixtures.subscriber("uz-Latn");

        assertRefused(() -> subscribe(person, "no-such-category", null, null, false),
                "problems.subscription.error.category");
        assertRefused(() -> subscribe(person, null, "Atlantis", null, false), "problems.subscription.error.district");
        assertRefused(() -> subscribe(person, null, " ", "", false), "problems.subscription.error.empty");
        assertRefused(() -> subscribe(person, null, "Test district", square(LAT, LON, 0.01), false),
                "problems.subscription.error.districtAndArea");
        subscribe(person, category, null, null, false);
        assertRefused(() -> subscribe(person, category, null, null, true), "problems.subscription.error.duplicate");
        assertThat(fixtures.subscriptionsOf(person)).isEqualTo(1);
    }

    @Test
    void nobody_removes_someone_else_subscription_and_the_public_subscribes_to_nothing() {
        TestAccount owner = fixtures.subscriber("uz-Latn");
        TestAccount intruder = fixtures.subscriber("uz-Latn");
        ProblemSubscription mine = subscribe(owner, category, null, null, false);

        ProblemForbiddenException refused = catchThrowableOfType(ProblemForbiddenException.class,
                () -> asCitizen(intruder, () -> {
                    subscriptions.remove(mine.id());
                    return null;
                }));

        assertThat(refused.messageKey()).isEqualTo("problems.subscription.error.notYours");
        assertThat(fixtures.subscriptionsOf(owner)).isEqualTo(1);
        assertThat(asCitizen(intruder, subscriptions::mine)).isEmpty();
        assertThat(catchThrowableOfType(AuthenticationCredentialsNotFoundException.class,
                () -> subscriptions.subscribe(new NewProblemSubscription(category, null, null, false)))).isNotNull();

        asCitizen(owner, () -> {
            subscriptions.remove(mine.id());
            return null;
        });
        assertThat(fixtures.subscriptionsOf(owner)).isZero();
    }

    @Test
    void a_person_may_keep_twenty_subscriptions() {
        TestAccount person = fixtures.subscriber("uz-Latn");
        for (int i = 0; i < ProblemSubscriptionService.MAX_PER_PERSON; i++) {
            subscribe(person, null, null, square(LAT, LON, 0.001 * (i + 1)), false);
        }

        assertRefused(() -> subscribe(person, category, null, null, false), "problems.subscription.error.tooMany");
        assertThat(asCitizen(person, subscriptions::mine)).hasSize(ProblemSubscriptionService.MAX_PER_PERSON)
                .allSatisfy(s -> assertThat(s.hasArea()).isTrue());
    }

    private void assertRefused(Supplier<?> action, String key) {
        ProblemException refused = catchThrowableOfType(ProblemException.class, action::get);
        assertThat(refused).as(key).isNotNull();
        assertThat(refused.messageKey()).isEqualTo(key);
        for (SupportedLocale language : SupportedLocale.values()) {
            assertThat(translations.get(language, key, refused.arguments())).as(key).isNotEqualTo(key)
                    .doesNotContain("{0}");
        }
    }
}
