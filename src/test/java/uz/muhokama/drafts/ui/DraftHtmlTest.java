package uz.muhokama.drafts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import uz.muhokama.drafts.DraftProvision;
import uz.muhokama.legislation.ProvisionKind;

class DraftHtmlTest {

    static final BiFunction<ProvisionKind, String, String> LABELS = (kind, number) -> number + "-modda.";

    static DraftProvision article(String number, String heading) {
        return new DraftProvision(ProvisionKind.ARTICLE, number, heading, "", "art_" + number, "art_" + number);
    }

    static DraftProvision paragraph(String article, String text) {
        return new DraftProvision(ProvisionKind.PARAGRAPH, "1", "", text, "art_" + article + "__para_1",
                "art_" + article + "__para_1");
    }

    @Test
    void markup_in_a_text_is_shown_as_text() {
        String html = DraftHtml.text(List.of(article("1", "<b>Maqsad</b>"), paragraph("1", "<script>x()</script>")),
                "drafts/7", LABELS, null);

        assertThat(html).contains("&lt;b&gt;Maqsad&lt;/b&gt;", "&lt;script&gt;x()&lt;/script&gt;")
                .doesNotContain("<script>", "<b>");
    }

    @Test
    void every_article_ends_with_its_comment_button_and_count_found_by_stable_key() {
        DraftProvision renumbered = new DraftProvision(ProvisionKind.ARTICLE, "4", "Kuchga kirishi", "", "art_4",
                "art_3");
        String html = DraftHtml.text(List.of(article("1", "Maqsad"), paragraph("1", "Matn."), renumbered),
                "drafts/7", LABELS, null, new DraftHtml.CommentButtons("Izoh", label -> "Izohlar: " + label,
                        java.util.Map.of("art_3", 2)));

        assertThat(html).contains("<p class=\"draft-p-paragraph\" id=\"art_1__para_1\">Matn.</p>"
                        + "<button type=\"button\" class=\"comment-open\" id=\"comment-open-art_1\" "
                        + "data-comment-eid=\"art_1\"",
                "class=\"comment-open has-comments\" id=\"comment-open-art_4\" data-comment-eid=\"art_4\" "
                        + "title=\"Izohlar: 4-modda. Kuchga kirishi\"",
                "<span class=\"comment-open-count\">2</span></button></section>");
    }

    @Test
    void an_article_that_only_changed_its_number_is_listed_with_its_former_number() {
        DraftProvision before = article("2", "Kuchga kirishi");
        DraftProvision after = new DraftProvision(ProvisionKind.ARTICLE, "3", "Kuchga kirishi", "", "art_3", "art_2");

        String html = DraftHtml.diff(List.of(before), List.of(after), LABELS, "none", was -> "(avval: " + was + ")");

        assertThat(html).contains("<div class=\"draft-diff-row renumbered\" id=\"diff-art_3\">",
                "3-modda. (avval: 2-modda.)").doesNotContain("<ins>", "<del>");
    }

    @Test
    void the_difference_lists_changed_added_and_dropped_provisions_only() {
        List<DraftProvision> older = List.of(article("1", "Maqsad"), paragraph("1", "Eski matn."),
                article("2", "Oʻchirilgan modda"));
        List<DraftProvision> newer = List.of(article("1", "Maqsad"), paragraph("1", "Yangi matn."),
                article("3", "Yangi modda"));

        String html = DraftHtml.diff(older, newer, LABELS, "none");

        assertThat(html).contains("<del>Eski</del> <ins>Yangi</ins> matn.", "<ins>Yangi modda</ins>",
                "<del>Oʻchirilgan modda</del>").doesNotContain("Maqsad", "none");
        assertThat(DraftHtml.diff(older, older, LABELS, "none")).contains("none");
    }
}
