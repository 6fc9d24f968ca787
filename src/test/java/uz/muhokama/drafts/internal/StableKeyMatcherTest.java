package uz.muhokama.drafts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uz.muhokama.drafts.DraftProvision;
import uz.muhokama.legislation.ProvisionKind;

class StableKeyMatcherTest {

    private static final String PURPOSE = "Ushbu Qonunning maqsadi mehnat munosabatlarini tartibga solishdan iborat.";
    private static final String TERMS = "Ushbu Qonunda quyidagi asosiy tushunchalar qoʻllaniladi: ish beruvchi va xodim.";
    private static final String RIGHTS = "Xodim mehnat haqini oʻz vaqtida va toʻliq olish huquqiga ega.";
    private static final String FORCE = "Ushbu Qonun rasmiy eʼlon qilingan kundan eʼtiboran kuchga kiradi.";
    private static final String NEW = "Ish beruvchi xodimlarni kasbiy tayyorlash dasturlarini moliyalashtiradi.";

    /** Version 1: four articles, keyed by their eIds as a first version is. */
    private static final List<DraftProvision> V1 = List.of(
            article(1, "Maqsad", PURPOSE, "art_1"),
            article(2, "Asosiy tushunchalar", TERMS, "art_2"),
            article(3, "Xodimning huquqlari", RIGHTS, "art_3"),
            article(4, "Kuchga kirishi", FORCE, "art_4"));

    @Test
    void unchanged_articles_keep_their_keys() {
        assertThat(keys(match(V1.stream().map(p -> article(Integer.parseInt(p.number()), p.heading(), p.text(),
                "ignored")).toList()))).containsExactly("art_1", "art_2", "art_3", "art_4");
    }

    @Test
    void an_article_inserted_in_the_middle_gets_a_fresh_key_and_the_renumbered_ones_keep_theirs() {
        List<DraftProvision> v2 = List.of(
                article(1, "Maqsad", PURPOSE, ""),
                article(2, "Asosiy tushunchalar", TERMS, ""),
                article(3, "Kasbiy tayyorlash", NEW, ""),
                article(4, "Xodimning huquqlari", RIGHTS, ""),
                article(5, "Kuchga kirishi", FORCE, ""));

        List<DraftProvision> matched = match(v2);

        assertThat(byEId(matched)).containsEntry("art_1", "art_1").containsEntry("art_2", "art_2")
                .containsEntry("art_4", "art_3").containsEntry("art_5", "art_4");
        assertThat(byEId(matched).get("art_3")).isNotIn("art_1", "art_2", "art_3", "art_4");
    }

    @Test
    void after_a_deleted_article_the_following_ones_keep_their_keys_under_new_numbers() {
        List<DraftProvision> v2 = List.of(
                article(1, "Maqsad", PURPOSE, ""),
                article(2, "Xodimning huquqlari", RIGHTS, ""),
                article(3, "Kuchga kirishi", FORCE, ""));

        assertThat(keys(match(v2))).containsExactly("art_1", "art_3", "art_4");
    }

    @Test
    void renumbered_and_lightly_edited_articles_are_found_by_their_text() {
        List<DraftProvision> v2 = List.of(
                article(1, "Kuchga kirishi", FORCE.replace("rasmiy", "rasman"), ""),
                article(2, "Maqsad", PURPOSE, ""),
                article(3, "Asosiy tushunchalar", TERMS + " Boshqa tushunchalar ham.", ""),
                article(4, "Xodimning huquqlari", RIGHTS, ""));

        assertThat(keys(match(v2))).containsExactly("art_4", "art_1", "art_2", "art_3");
    }

    @Test
    void a_heavily_rewritten_article_in_its_place_keeps_its_key() {
        List<DraftProvision> v2 = new ArrayList<>(V1);
        v2.set(2, article(3, "Xodimning huquqlari", "Har bir ishchi adolatli ish haqi, dam olish va xavfsiz "
                + "sharoitlarga loyiq.", ""));

        assertThat(keys(match(v2))).containsExactly("art_1", "art_2", "art_3", "art_4");
    }

    @Test
    void an_unrelated_article_replacing_a_deleted_one_gets_a_fresh_key_that_no_version_used() {
        List<DraftProvision> v2 = new ArrayList<>(V1);
        v2.set(2, article(3, "Kasbiy tayyorlash", NEW, ""));

        List<DraftProvision> matched = StableKeyMatcher.carryKeys(V1, v2, 3, Set.of("art_3-v3"));

        assertThat(keys(matched).get(2)).isNotIn("art_3", "art_3-v3").startsWith("art_3");
        assertThat(keys(matched)).doesNotHaveDuplicates();
    }

    @Test
    void paragraphs_move_with_their_article() {
        List<DraftProvision> v1 = List.of(
                article(1, "Maqsad", "", "art_1"),
                paragraph("art_1__para_1", PURPOSE, "art_1__para_1"),
                article(2, "Kuchga kirishi", "", "art_2"),
                paragraph("art_2__para_1", FORCE, "art_2__para_1"));
        List<DraftProvision> v2 = List.of(
                article(1, "Maqsad", "", ""),
                paragraph("art_1__para_1", PURPOSE, ""),
                article(2, "Kasbiy tayyorlash", "", ""),
                paragraph("art_2__para_1", NEW, ""),
                article(3, "Kuchga kirishi", "", ""),
                paragraph("art_3__para_1", FORCE, ""));

        List<DraftProvision> matched = StableKeyMatcher.carryKeys(v1, v2, 2, Set.of());

        assertThat(byEId(matched)).containsEntry("art_3", "art_2").containsEntry("art_3__para_1", "art_2__para_1")
                .containsEntry("art_1", "art_1");
        assertThat(byEId(matched).get("art_2")).isNotEqualTo("art_2");
    }

    private static List<DraftProvision> match(List<DraftProvision> next) {
        return StableKeyMatcher.carryKeys(V1, next, 2, Set.of("art_1", "art_2", "art_3", "art_4"));
    }

    private static List<String> keys(List<DraftProvision> provisions) {
        return provisions.stream().map(DraftProvision::stableKey).toList();
    }

    private static Map<String, String> byEId(List<DraftProvision> provisions) {
        return provisions.stream().collect(Collectors.toMap(DraftProvision::eId, DraftProvision::stableKey));
    }

    private static DraftProvision article(int number, String heading, String text, String key) {
        return new DraftProvision(ProvisionKind.ARTICLE, String.valueOf(number), heading, text, "art_" + number, key);
    }

    private static DraftProvision paragraph(String eId, String text, String key) {
        return new DraftProvision(ProvisionKind.PARAGRAPH, "1", "", text, eId, key);
    }
}
