package uz.muhokama.drafts.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.muhokama_db.Tables.DRAFT;
import static uz.muhokama_db.Tables.DRAFT_COMMENT;
import static uz.muhokama_db.Tables.DRAFT_COMMENT_REPORT;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.OrganisationType;
import uz.muhokama.drafts.CommentId;
import uz.muhokama.drafts.CommentService;
import uz.muhokama.drafts.DraftActType;
import uz.muhokama.drafts.DraftFields;
import uz.muhokama.drafts.DraftId;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.drafts.NewComment;
import uz.muhokama.drafts.internal.ParticipationFactsCache;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.SignedIn;
import uz.muhokama.support.TestAccount;
import uz.muhokama.support.TestOrganisations;
import uz.muhokama.support.TestUsers;

@IntegrationTest
class CommentViewsTest extends SpringBrowserlessTest {

    static final String TEXT = """
            1-bob. Umumiy qoidalar
            1-modda. Maqsad
            Ushbu Qonunning maqsadi mehnat munosabatlarini tartibga solishdir.
            2-bob. Yakuniy qoidalar
            3-modda. Kuchga kirishi
            Ushbu Qonun rasmiy eʼlon qilingan kundan eʼtiboran kuchga kiradi.
            """;
    static final String ARTICLE_3 = "chp_2__art_3";
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Autowired
    DraftService drafts;

    @Autowired
    ParticipationFactsCache facts;

    @Autowired
    CommentService comments;

    @Autowired
    OrganisationService organisations;

    @Autowired
    DSLContext dsl;

    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> strategies;


    @AfterEach
    void signOut() {
        strategy().clearContext();
    }

    @Test
    void a_citizen_opens_article_3_from_its_button_and_posts_a_new_wording_shown_as_a_difference() {
        DraftId draft = published();
        signIn(citizen());
        DraftView view = open(draft);
        String text = $(Html.class).id("draft-text").getElement().getOuterHTML();
        assertThat(text).contains("data-comment-eid=\"" + ARTICLE_3 + "\"", "id=\"comment-open-" + ARTICLE_3 + "\"");

        view.openComments(ARTICLE_3);
        Dialog sheet = $(Dialog.class).id("comment-sheet");
        test($(TextArea.class, sheet).id("comment-sheet-form-body")).setValue("Muddat juda qisqa.");
        test($(Checkbox.class, sheet).id("comment-sheet-form-propose")).click();
        TextArea wording = $(TextArea.class, sheet).id("comment-sheet-form-wording");
        assertThat(wording.getValue()).isEqualTo("Ushbu Qonun rasmiy eʼlon qilingan kundan eʼtiboran kuchga kiradi.");
        test(wording).setValue("Ushbu Qonun rasmiy eʼlon qilingan kundan keyin uch oy oʻtgach kuchga kiradi.");
        test($(Button.class, sheet).id("comment-sheet-form-send")).click();

        CommentId id = comments.topLevel(draft, uz.muhokama.drafts.CommentScope.all(),
                uz.muhokama.drafts.CommentOrder.NEWEST, 0, 1).getFirst().id();
        Div posted = $(Div.class, sheet).id("comment-sheet-list-" + id.value() + "-wording");
        assertThat(posted.getElement().getOuterHTML())
                .contains("<del>eʼtiboran</del>", "<ins>keyin uch oy oʻtgach</ins>");
        assertThat($(TextArea.class, sheet).id("comment-sheet-form-body").getValue()).isEmpty();
    }

    @Test
    void replies_offer_a_reply_only_above_the_third_level() {
        DraftId draft = published();
        TestAccount first = citizen();
        TestAccount second = citizen();
        CommentId top = as(first, () -> comments.post(NewComment.on(draft, null, "Umumiy fikr.")));
        CommentId reply = as(second, () -> comments.post(NewComment.replyTo(draft, top, "Nega?")));
        CommentId deepest = as(first, () -> comments.post(NewComment.replyTo(draft, reply, "Chunki.")));
        signIn(second);
        open(draft);

        assertThat($(Button.class).withId("comment-all-" + top.value() + "-reply").exists()).isTrue();
        assertThat($(Button.class).withId("comment-all-" + reply.value() + "-reply").exists()).isTrue();
        assertThat($(Button.class).withId("comment-all-" + deepest.value() + "-reply").exists()).isFalse();

        test($(Button.class).id("comment-all-" + reply.value() + "-reply")).click();
        test($(TextArea.class).id("comment-all-" + reply.value() + "-reply-form-body")).setValue("Aniqroq yozing.");
        test($(Button.class).id("comment-all-" + reply.value() + "-reply-form-send")).click();
        assertThat(comments.replies(List.of(top))).hasSize(3);
    }

    @Test
    void a_comment_is_editable_by_its_author_for_fifteen_minutes_only() {
        DraftId draft = published();
        TestAccount author = citizen();
        CommentId fresh = as(author, () -> comments.post(NewComment.on(draft, null, "Yangi izoh.")));
        CommentId old = as(author, () -> comments.post(NewComment.on(draft, null, "Eski izoh.")));
        dsl.update(DRAFT_COMMENT).set(DRAFT_COMMENT.CREATED_AT, Instant.now().minusSeconds(16 * 60)
                .atOffset(ZoneOffset.UTC)).where(DRAFT_COMMENT.ID.eq(old.value())).execute();
        signIn(author);
        open(draft);

        assertThat($(Button.class).withId("comment-all-" + old.value() + "-edit").exists()).isFalse();
        test($(Button.class).id("comment-all-" + fresh.value() + "-edit")).click();
        test($(TextArea.class).id("comment-all-" + fresh.value() + "-edit-form-body")).setValue("Tuzatilgan izoh.");
        test($(Button.class).id("comment-all-" + fresh.value() + "-edit-form-send")).click();

        assertThat(comments.find(fresh).orElseThrow().body()).isEqualTo("Tuzatilgan izoh.");
        assertThat(comments.find(fresh).orElseThrow().editedAt()).isNotNull();
    }

    @Test
    void a_reader_reports_another_persons_comment_with_a_reason() {
        DraftId draft = published();
        CommentId other = as(citizen(), () -> comments.post(NewComment.on(draft, null, "Haqoratli gap.")));
        signIn(citizen());
        open(draft);

        test($(Button.class).id("comment-all-" + other.value() + "-report")).click();
        Dialog dialog = $(Dialog.class).id("comment-report-dialog");
        test($(Button.class, dialog).id("comment-report-send")).click();
        assertThat($(TextArea.class, dialog).id("comment-report-reason").isInvalid()).isTrue();
        test($(TextArea.class, dialog).id("comment-report-reason")).setValue("Haqorat");
        test($(Button.class, dialog).id("comment-report-send")).click();

        assertThat(dsl.fetchCount(DRAFT_COMMENT_REPORT, DRAFT_COMMENT_REPORT.COMMENT_ID.eq(other.value()))).isOne();
    }

    @Test
    void a_hidden_comment_shows_the_moderators_reason_instead_of_its_text() {
        DraftId draft = published();
        CommentId hidden = as(citizen(), () -> comments.post(NewComment.on(draft, null, "Reklama: https://x.test")));
        dsl.update(DRAFT_COMMENT).set(DRAFT_COMMENT.HIDDEN_REASON, "Reklama")
                .set(DRAFT_COMMENT.HIDDEN_AT, Instant.now().atOffset(ZoneOffset.UTC))
                .where(DRAFT_COMMENT.ID.eq(hidden.value())).execute();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        open(draft);

        assertThat($(Paragraph.class).id("comment-all-" + hidden.value() + "-hidden").getText())
                .isEqualTo("Hidden by the moderator: Reklama");
        assertThat($(Div.class).withId("comment-all-" + hidden.value() + "-body").exists()).isFalse();
    }

    @Test
    void an_anonymous_visitor_reads_comments_with_clickable_links_and_is_asked_to_sign_in() {
        DraftId draft = published();
        CommentId id = as(citizen(), () -> comments.post(NewComment.on(draft, null,
                "Batafsil: https://lex.uz/docs/123. <b>qalin</b> javascript:alert(1)")));
        open(draft);

        assertThat($(Anchor.class).id("comment-sign-in").getHref())
                .as("returns to the draft after signing in").isEqualTo("sign-in?continue=%2Fdrafts%2F" + draft.value());
        assertThat($(Div.class).withId("comment-form").exists()).isFalse();
        assertThat($(Button.class).id("comment-all-" + id.value() + "-up").isEnabled()).isFalse();
        assertThat($(Button.class).withId("comment-all-" + id.value() + "-report").exists()).isFalse();
        Div body = $(Div.class).id("comment-all-" + id.value() + "-body");
        String html = body.getElement().getOuterHTML();
        assertThat(html).contains("href=\"https://lex.uz/docs/123\"", "rel=\"nofollow ugc noopener\"",
                "&lt;b&gt;qalin&lt;/b&gt;").doesNotContain("<b>", "href=\"javascript");
    }

    @Test
    void a_comment_sent_after_the_deadline_from_a_page_opened_before_is_refused_and_the_text_stays() {
        DraftId draft = published();
        signIn(citizen());
        open(draft);
        dsl.update(DRAFT).set(DRAFT.DISCUSSION_START, Instant.now().minusSeconds(16 * 86_400).atOffset(ZoneOffset.UTC))
                .set(DRAFT.DISCUSSION_END, Instant.now().minusSeconds(1).atOffset(ZoneOffset.UTC))
                .where(DRAFT.ID.eq(draft.value())).execute();
        facts.changed(draft);

        test($(TextArea.class).id("comment-form-body")).setValue("Kech qolgan izoh.");
        test($(Button.class).id("comment-form-send")).click();

        assertThat($(TextArea.class).id("comment-form-body").getValue()).isEqualTo("Kech qolgan izoh.");
        assertThat(comments.count(draft, uz.muhokama.drafts.CommentScope.all())).isZero();
    }

    @Test
    void a_file_that_is_not_what_its_name_says_is_refused_in_the_readers_language_and_a_picture_is_attached() {
        DraftId draft = published();
        signIn(citizen());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        open(draft);

        test($(TextArea.class).id("comment-form-body")).setValue("Ilova bilan izoh.");
        test($(Upload.class).id("comment-form-upload")).upload("hujjat.pdf", "application/pdf",
                "bu PDF emas".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        test($(Button.class).id("comment-form-send")).click();

        assertThat($(Span.class).id("comment-form-upload-error").getText()).startsWith("Files of this type are not");
        assertThat($(TextArea.class).id("comment-form-body").getValue()).isEqualTo("Ilova bilan izoh.");
        assertThat(comments.count(draft, uz.muhokama.drafts.CommentScope.all())).isZero();

        test($(Upload.class).id("comment-form-upload")).upload("chizma.png", "image/png", PNG);
        test($(Button.class).id("comment-form-send")).click();

        CommentId id = comments.topLevel(draft, uz.muhokama.drafts.CommentScope.all(),
                uz.muhokama.drafts.CommentOrder.NEWEST, 0, 1).getFirst().id();
        Anchor file = $(Anchor.class).id("comment-all-" + id.value() + "-attachment");
        assertThat(file.getHref()).isEqualTo("/draft-comment-files/" + id.value());
        assertThat(file.getText()).isEqualTo("chizma.png");
    }

    private DraftView open(DraftId draft) {
        return navigate("drafts/" + draft.value(), DraftView.class);
    }

    private DraftId published() {
        OrganisationId ministry = TestOrganisations.create(organisations, OrganisationType.MINISTRY, null);
        return SignedIn.asAdmin(() -> {
            DraftId id = drafts.create(new DraftFields(ministry, DraftActType.LAW, null, "Izohli loyiha", "Проект",
                    "Mazmuni", "Содержание"));
            drafts.setTypedText(id, drafts.find(id).orElseThrow().version(), TEXT);
            drafts.publish(id, drafts.find(id).orElseThrow().version(), drafts.defaultLastDay(DraftActType.LAW));
            return id;
        });
    }

    private TestAccount citizen() {
        TestUsers.Created user = new TestUsers(dsl).create("commenter", "Fuqaro " + System.nanoTime() % 10_000);
        return new TestAccount(user.id(), user.email(), user.displayName());
    }

    private void signIn(TestAccount citizen) {
        strategy().setContext(context(citizen));
    }

    private <T> T as(TestAccount citizen, Supplier<T> action) {
        SecurityContext previous = strategy().getContext();
        strategy().setContext(context(citizen));
        try {
            return action.get();
        } finally {
            strategy().setContext(previous);
        }
    }

    private static SecurityContext context(TestAccount citizen) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(citizen, null,
                List.of(new SimpleGrantedAuthority("ROLE_CITIZEN"))));
        return context;
    }

    private SecurityContextHolderStrategy strategy() {
        return strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }
}
