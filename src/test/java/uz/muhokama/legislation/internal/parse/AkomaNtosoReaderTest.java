package uz.muhokama.legislation.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uz.muhokama.legislation.LegislationException;
import uz.muhokama.legislation.ParsedProvision;
import uz.muhokama.legislation.ProvisionKind;

class AkomaNtosoReaderTest {

    private static final String NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    @Test
    void a_document_from_another_system_gives_its_metadata_and_hierarchy_with_eids_kept_or_made() {
        AkomaNtosoDocument document = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <akomaNtoso xmlns="%s">
                  <act name="act" contains="originalVersion">
                    <meta>
                      <identification source="#somebody">
                        <FRBRWork>
                          <FRBRthis value="/akn/uz/act/2020/123/!main"/>
                          <FRBRuri value="/akn/uz/act/2020/123"/>
                          <FRBRdate date="2020-03-05" name="Generation"/>
                          <FRBRauthor href="#parliament"/>
                          <FRBRcountry value="uz"/>
                        </FRBRWork>
                        <FRBRExpression>
                          <FRBRthis value="/akn/uz/act/2020/123/rus@2020-04-01/!main"/>
                          <FRBRuri value="/akn/uz/act/2020/123/rus@2020-04-01"/>
                          <FRBRdate date="2020-04-01" name="Generation"/>
                          <FRBRauthor href="#parliament"/>
                          <FRBRlanguage language="rus"/>
                        </FRBRExpression>
                      </identification>
                      <publication date="2020-03-06" name="lex.uz" showAs="Национальная база, 06.03.2020 г., № 03/20/123/0256" number="03/20/123/0256"/>
                    </meta>
                    <preface><longTitle><p>Закон <docTitle>Об образцах</docTitle></p></longTitle></preface>
                    <preamble><p>Настоящий Закон регулирует
                       отношения.</p></preamble>
                    <body>
                      <chapter eId="chp_1">
                        <num>Глава 1.</num>
                        <heading>Общие положения</heading>
                        <article eId="chp_1__art_1">
                          <num>Статья 1.</num>
                          <heading>Цель</heading>
                          <paragraph>
                            <num>1.</num>
                            <content><p>Целью является порядок<authorialNote><p>В редакции Закона ЗРУ-1.</p></authorialNote>.</p></content>
                          </paragraph>
                          <paragraph eId="chp_1__art_1__para_2">
                            <intro><p>Понятия:</p></intro>
                            <list>
                              <point><num>а)</num><content><p>первое;</p></content></point>
                              <point><num>б)</num><content><p>второе.</p></content></point>
                            </list>
                          </paragraph>
                        </article>
                        <hcontainer name="transitional">
                          <article eId="bad id with spaces"><num>2</num><content><p>Переход.</p></content></article>
                        </hcontainer>
                      </chapter>
                    </body>
                  </act>
                </akomaNtoso>
                """.formatted(NS));

        assertThat(document.workUri()).isEqualTo("/akn/uz/act/2020/123");
        assertThat(document.workDate()).isEqualTo(LocalDate.of(2020, 3, 5));
        assertThat(document.expressionDate()).isEqualTo(LocalDate.of(2020, 4, 1));
        assertThat(document.language()).isEqualTo("rus");
        assertThat(document.documentType()).isEqualTo("act");
        assertThat(document.publicationNumber()).isEqualTo("03/20/123/0256");
        assertThat(document.text().title()).isEqualTo("Об образцах");
        assertThat(document.text().preamble()).containsExactly("Настоящий Закон регулирует отношения.");
        assertThat(document.text().all())
                .extracting(ParsedProvision::kind, ParsedProvision::number, ParsedProvision::eId,
                        ParsedProvision::heading, ParsedProvision::text)
                .containsExactly(
                        tuple(ProvisionKind.CHAPTER, "1", "chp_1", "Общие положения", ""),
                        tuple(ProvisionKind.ARTICLE, "1", "chp_1__art_1", "Цель", ""),
                        tuple(ProvisionKind.PARAGRAPH, "1", "chp_1__art_1__para_1", "", "Целью является порядок."),
                        tuple(ProvisionKind.PARAGRAPH, "", "chp_1__art_1__para_2", "", "Понятия:"),
                        tuple(ProvisionKind.POINT, "а", "chp_1__art_1__para_2__point_а", "", "первое;"),
                        tuple(ProvisionKind.POINT, "б", "chp_1__art_1__para_2__point_б", "", "второе."),
                        tuple(ProvisionKind.ARTICLE, "2", "chp_1__art_2", "", "Переход."));
        assertThat(document.text().byEId("chp_1__art_1__para_1")).map(ParsedProvision::notes)
                .contains(java.util.List.of("В редакции Закона ЗРУ-1."));
    }

    @Test
    void text_with_inline_elements_stays_one_paragraph_and_a_note_in_the_content_is_a_note() {
        AkomaNtosoDocument document = read(akn("<article eId=\"art_1\"><num>1</num><content>Amal <ref href=\"/x\">"
                + "PQ-1</ref> boʻyicha.<authorialNote><p>Tahrir.</p></authorialNote></content><wrapUp/></article>"));

        assertThat(document.text().all()).extracting(ParsedProvision::text).containsExactly("Amal PQ-1 boʻyicha.");
        assertThat(document.text().all()).extracting(ParsedProvision::notes)
                .containsExactly(java.util.List.of("Tahrir."));
    }

    @Test
    void a_repeated_eid_is_kept_once_and_the_second_provision_gets_its_own() {
        AkomaNtosoDocument document = read(akn("""
                <article eId="art_1"><num>1</num><content><p>A.</p></content></article>
                <article eId="art_1"><num>1</num><content><p>B.</p></content></article>
                """));

        assertThat(document.text().all()).extracting(ParsedProvision::eId).containsExactly("art_1", "art_1_2");
    }

    @Test
    void a_body_without_levels_becomes_paragraphs_without_articles() {
        AkomaNtosoDocument document = read(akn("<content><p>Birinchi.</p><p>Ikkinchi.</p></content>"));

        assertThat(document.text().articles()).isEmpty();
        assertThat(document.text().all()).extracting(ParsedProvision::text)
                .containsExactly("Birinchi.\nIkkinchi.");
    }

    @Test
    void a_document_without_a_body_is_refused() {
        assertThatThrownBy(() -> read("<akomaNtoso xmlns=\"" + NS + "\"><act><meta/></act></akomaNtoso>"))
                .isInstanceOf(LegislationException.class).hasMessage("legislation.akn.noBody");
        assertThatThrownBy(() -> read(akn("")))
                .isInstanceOf(LegislationException.class).hasMessage("legislation.akn.noBody");
    }

    @Test
    void an_external_entity_is_refused_before_anything_is_read() {
        assertThatThrownBy(() -> read("""
                <?xml version="1.0"?>
                <!DOCTYPE akomaNtoso [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <akomaNtoso xmlns="%s"><act><body><article><num>&xxe;</num></article></body></act></akomaNtoso>
                """.formatted(NS)))
                .isInstanceOf(LegislationException.class).hasMessage("legislation.akn.doctype");
    }

    @Test
    void entity_expansion_is_refused() {
        assertThatThrownBy(() -> read("""
                <?xml version="1.0"?>
                <!DOCTYPE lolz [
                 <!ENTITY lol "lol">
                 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                ]>
                <akomaNtoso xmlns="%s"><act><body><p>&lol3;</p></body></act></akomaNtoso>
                """.formatted(NS)))
                .isInstanceOf(LegislationException.class).hasMessage("legislation.akn.doctype");
    }

    @Test
    void malformed_or_too_deep_xml_is_refused() {
        assertThatThrownBy(() -> read("<akomaNtoso xmlns=\"" + NS + "\"><act><body><article>"))
                .isInstanceOf(LegislationException.class).hasMessage("legislation.akn.malformed");
        assertThatThrownBy(() -> read(""))
                .isInstanceOf(LegislationException.class).hasMessage("legislation.akn.malformed");
        String deep = "<hcontainer>".repeat(100) + "</hcontainer>".repeat(100);
        assertThatThrownBy(() -> read(akn(deep)))
                .isInstanceOf(LegislationException.class).hasMessage("legislation.akn.malformed");
    }

    @Test
    void xml_of_another_kind_is_not_akoma_ntoso() {
        Optional<AkomaNtosoDocument> document = StructureParsing.akomaNtoso(stream("<doc><p>1-modda.</p></doc>"));

        assertThat(document).isEmpty();
    }

    @Test
    void numbers_lose_their_labels_and_punctuation() {
        assertThat(AkomaNtosoReader.number("13")).isEqualTo("13");
        assertThat(AkomaNtosoReader.number("Статья 13.")).isEqualTo("13");
        assertThat(AkomaNtosoReader.number("13-modda")).isEqualTo("13");
        assertThat(AkomaNtosoReader.number("Article 5")).isEqualTo("5");
        assertThat(AkomaNtosoReader.number("а)")).isEqualTo("а");
        assertThat(AkomaNtosoReader.number("13¹")).isEqualTo("13¹");
        assertThat(AkomaNtosoReader.number("I")).isEqualTo("I");
    }

    private static String akn(String body) {
        return "<akomaNtoso xmlns=\"" + NS + "\"><act><meta/><body>" + body + "</body></act></akomaNtoso>";
    }

    private static AkomaNtosoDocument read(String xml) {
        return StructureParsing.akomaNtoso(stream(xml)).orElseThrow();
    }

    private static ByteArrayInputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
