package uz.muhokama.legislation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegalTextParserTest {

    /** The real Labour Code as the national database exports it; CI has the shared corpus beside the clone. */
    private static final Path CORPUS = Path.of("..", "shared", "corpus", "legislation");

    @Test
    void the_labour_code_in_uzbek_has_its_581_articles_in_chapters_sections_and_parts() throws IOException {
        ParsedText code = LegalTextParser.parseHtml(read("labour-code-2022.uz-latn.lexuz.doc"));

        assertThat(code.title()).isEqualTo("Oʻzbekiston Respublikasining Mehnat kodeksi");
        assertThat(code.articles()).hasSize(581);
        assertThat(code.provisions()).extracting(ParsedProvision::kind, ParsedProvision::heading)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ProvisionKind.PART, "UMUMIY QISM"),
                        org.assertj.core.groups.Tuple.tuple(ProvisionKind.PART, "MAXSUS QISM"));
        ParsedProvision first = code.articles().getFirst();
        assertThat(first.eId()).isEqualTo("chp_1__art_1");
        assertThat(first.number()).isEqualTo("1");
        assertThat(first.heading()).isEqualTo("Ushbu Kodeks bilan tartibga solinadigan munosabatlar");
        assertThat(first.sourceId()).isEqualTo("-6257549");
        assertThat(first.children()).singleElement().satisfies(p -> {
            assertThat(p.eId()).isEqualTo("chp_1__art_1__para_1");
            assertThat(p.text()).startsWith("Ushbu Kodeks xodimlar, ish beruvchilar");
        });
        assertThat(code.articles().getLast().eId()).endsWith("__art_581");
        assertThat(code.publication()).singleElement().asString().contains("02/22/798/0972-son");
        assertThat(code.all().map(ParsedProvision::eId).distinct().count()).isEqualTo(code.all().count());
    }

    @Test
    void the_russian_edition_has_the_same_articles_under_the_same_eids() throws IOException {
        ParsedText uz = LegalTextParser.parseHtml(read("labour-code-2022.uz-latn.lexuz.doc"));
        ParsedText ru = LegalTextParser.parseHtml(read("labour-code-2022.ru.lexuz.doc"));

        assertThat(ru.articles()).extracting(ParsedProvision::eId)
                .isEqualTo(uz.articles().stream().map(ParsedProvision::eId).toList());
        ParsedProvision article13 = ru.byEId("chp_2__art_13").orElseThrow();
        assertThat(article13.heading()).isNotBlank();
        assertThat(ru.provisions().getFirst().heading()).isEqualTo("ОБЩАЯ ЧАСТЬ");
        assertThat(ru.provisions().getFirst().children().getFirst().kind()).isEqualTo(ProvisionKind.SECTION);
        assertThat(ru.provisions().getFirst().children().getFirst().number()).isEqualTo("I");
    }

    @Test
    void plain_uzbek_text_from_a_word_file_is_structured_by_its_headings() {
        ParsedText text = LegalTextParser.parseText("""
                Oʻzbekiston Respublikasining Qonuni
                Ushbu Qonun loyihasi jamoatchilik muhokamasi uchun.
                1-bob. Umumiy qoidalar
                1-modda. Maqsad
                Ushbu Qonunning maqsadi quyidagilardan iborat:
                1) birinchi vazifa;
                2) ikkinchi vazifa.
                Ikkinchi qism matni.
                2-modda. Asosiy tushunchalar
                Matn.
                2-bob. Yakuniy qoidalar
                3-modda. Kuchga kirishi
                Ushbu Qonun rasmiy eʼlon qilingan kundan eʼtiboran kuchga kiradi.
                """);

        assertThat(text.preamble()).containsExactly(
                "Oʻzbekiston Respublikasining Qonuni", "Ushbu Qonun loyihasi jamoatchilik muhokamasi uchun.");
        assertThat(text.articles()).extracting(ParsedProvision::eId)
                .containsExactly("chp_1__art_1", "chp_1__art_2", "chp_2__art_3");
        assertThat(text.byEId("chp_1__art_1").orElseThrow().children())
                .extracting(ParsedProvision::kind, ParsedProvision::eId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ProvisionKind.PARAGRAPH, "chp_1__art_1__para_1"),
                        org.assertj.core.groups.Tuple.tuple(ProvisionKind.POINT, "chp_1__art_1__point_1"),
                        org.assertj.core.groups.Tuple.tuple(ProvisionKind.POINT, "chp_1__art_1__point_2"),
                        org.assertj.core.groups.Tuple.tuple(ProvisionKind.PARAGRAPH, "chp_1__art_1__para_2"));
    }

    @Test
    void uzbek_cyrillic_and_russian_headings_are_recognised() {
        ParsedText cyrillic = LegalTextParser.parseText("""
                I БЎЛИМ. УМУМИЙ ҚОИДАЛАР
                1-боб. Асосий қоидалар
                1-модда. Мақсад
                Матн.
                """);
        ParsedText russian = LegalTextParser.parseText("""
                РАЗДЕЛ II. ОСОБЫЕ ПОЛОЖЕНИЯ
                Глава 3. Трудовой договор
                § 1. Общие положения
                Статья 13. Понятие трудового договора
                Трудовой договор — соглашение между работником и работодателем.
                Статья 13¹. Вставленная статья
                Текст.
                """);

        assertThat(cyrillic.provisions().getFirst().kind()).isEqualTo(ProvisionKind.SECTION);
        assertThat(cyrillic.articles()).extracting(ParsedProvision::eId).containsExactly("chp_1__art_1");
        assertThat(russian.provisions().getFirst().eId()).isEqualTo("sec_2");
        assertThat(russian.articles()).extracting(ParsedProvision::eId)
                .containsExactly("chp_3__art_13", "chp_3__art_13-1");
        assertThat(russian.articles().getFirst().heading()).isEqualTo("Понятие трудового договора");
    }

    @Test
    void a_resolution_without_articles_is_numbered_by_its_points() {
        ParsedText resolution = LegalTextParser.parseText("""
                Vazirlar Mahkamasi qaror qiladi:
                1. Ilovaga muvofiq Nizom tasdiqlansin.
                2. Mazkur qarorning ijrosini nazorat qilish vazirga yuklansin.
                """);

        assertThat(resolution.provisions()).extracting(ParsedProvision::eId)
                .containsExactly("para_1", "point_1", "point_2");
    }

    @Test
    void repeated_numbers_in_a_messy_source_still_get_unique_eids() {
        ParsedText text = LegalTextParser.parseText("""
                1-modda. Birinchi
                Matn.
                1-modda. Yana birinchi
                Matn.
                """);

        assertThat(text.articles()).extracting(ParsedProvision::eId).containsExactly("art_1", "art_1_2");
    }

    @Test
    void ordinary_html_is_read_by_its_blocks() {
        ParsedText text = LegalTextParser.parseHtml("""
                <html><body><h2>1-modda. Maqsad</h2><p>Birinchi qism.</p><p>Ikkinchi <b>qism</b>.</p>
                <p><script>alert(1)</script></p></body></html>""");

        assertThat(text.articles()).singleElement().satisfies(a -> assertThat(a.children())
                .extracting(ParsedProvision::text).containsExactly("Birinchi qism.", "Ikkinchi qism."));
    }

    @Test
    void text_without_any_structure_becomes_numbered_paragraphs() {
        ParsedText text = LegalTextParser.parseText("Birinchi.\n\nIkkinchi.\n");

        assertThat(text.preamble()).isEmpty();
        assertThat(text.documentTitle()).isEmpty();
        assertThat(text.provisions()).extracting(ParsedProvision::eId).isEqualTo(List.of("para_1", "para_2"));
    }

    private static String read(String name) throws IOException {
        return Files.readString(CORPUS.resolve(name), StandardCharsets.UTF_8);
    }
}
