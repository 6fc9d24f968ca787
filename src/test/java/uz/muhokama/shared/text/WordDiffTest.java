package uz.muhokama.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void a_replaced_word_is_shown_removed_and_added() {
        assertThat(WordDiff.html("Ish vaqti haftasiga 40 soat.", "Ish vaqti haftasiga 36 soat."))
                .isEqualTo("Ish vaqti haftasiga <del>40</del> <ins>36</ins> soat.");
    }

    @Test
    void added_and_removed_words_are_marked_alone() {
        assertThat(WordDiff.html("Xodim ariza beradi.", "Xodim yozma ariza beradi."))
                .isEqualTo("Xodim <ins>yozma</ins> ariza beradi.");
        assertThat(WordDiff.html("Xodim yozma ariza beradi.", "Xodim ariza beradi."))
                .isEqualTo("Xodim <del>yozma</del> ariza beradi.");
    }

    @Test
    void text_is_escaped_so_markup_in_a_proposal_stays_inert() {
        assertThat(WordDiff.html("a <b>", "a <script>alert(1)</script>"))
                .doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void spacing_alone_is_no_difference() {
        assertThat(WordDiff.differ("bir  ikki", "bir ikki")).isFalse();
        assertThat(WordDiff.differ("bir ikki", "bir uch")).isTrue();
        assertThat(WordDiff.html("bir ikki", "bir ikki")).isEqualTo("bir ikki");
    }
}
