package uz.muhokama.drafts.api;

import static uz.muhokama_db.Tables.APP_USER;
import static uz.muhokama_db.Tables.DRAFT;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.OrganisationType;
import uz.muhokama.drafts.DraftActType;
import uz.muhokama.drafts.DraftFields;
import uz.muhokama.drafts.DraftId;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.drafts.internal.ParticipationFactsCache;
import uz.muhokama.support.SignedIn;
import uz.muhokama.support.TestOrganisations;
import uz.muhokama.support.TestUsers;

/** Published drafts and people who sign in to the API with a password, each one fresh. */
final class ApiFixtures {

    static final String TEXT = """
            1-bob. Umumiy qoidalar
            1-modda. Maqsad
            Ushbu Qonunning maqsadi mehnat munosabatlarini tartibga solishdir.
            2-bob. Yakuniy qoidalar
            2-modda. Kuchga kirishi
            Ushbu Qonun rasmiy eʼlon qilingan kundan eʼtiboran kuchga kiradi.
            """;
    static final String ARTICLE_2 = "chp_2__art_2";
    static final String PASSWORD = "Sinov-parol-2026!";

    private final DraftService drafts;
    private final OrganisationService organisations;
    private final DSLContext dsl;
    private final PasswordEncoder passwords;
    private final ParticipationFactsCache facts;

    ApiFixtures(DraftService drafts, OrganisationService organisations, DSLContext dsl, PasswordEncoder passwords,
                ParticipationFactsCache facts) {
        this.drafts = drafts;
        this.organisations = organisations;
        this.dsl = dsl;
        this.passwords = passwords;
        this.facts = facts;
    }

    record Published(DraftId id, OrganisationId agency) {
    }

    Published draft(String title) {
        OrganisationId ministry = TestOrganisations.create(organisations, OrganisationType.MINISTRY, null);
        DraftId id = SignedIn.asAdmin(() -> {
            DraftId created = drafts.create(new DraftFields(ministry, DraftActType.LAW, "API-" + System.nanoTime(),
                    title, "Проект " + title, "Qisqacha", "Кратко"));
            drafts.setTypedText(created, drafts.find(created).orElseThrow().version(), TEXT);
            drafts.publish(created, drafts.find(created).orElseThrow().version(),
                    drafts.defaultLastDay(DraftActType.LAW));
            return created;
        });
        return new Published(id, ministry);
    }

    /** A confirmed account with {@link #PASSWORD}; returns its e-mail. */
    String person() {
        TestUsers.Created user = new TestUsers(dsl).create("api", "Api Person");
        dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, passwords.encode(PASSWORD))
                .set(APP_USER.EMAIL_CONFIRMED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .where(APP_USER.ID.eq(user.id())).execute();
        return user.email();
    }

    void deadlinePasses(DraftId id) {
        Instant now = Instant.now();
        dsl.update(DRAFT).set(DRAFT.DISCUSSION_START, now.minusSeconds(16 * 86_400).atOffset(ZoneOffset.UTC))
                .set(DRAFT.DISCUSSION_END, now.minusSeconds(1).atOffset(ZoneOffset.UTC))
                .where(DRAFT.ID.eq(id.value())).execute();
        facts.changed(id);
    }
}
