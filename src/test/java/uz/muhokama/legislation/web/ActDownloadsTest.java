package uz.muhokama.legislation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import uz.muhokama.legislation.ActMetadata;
import uz.muhokama.legislation.ActStatus;
import uz.muhokama.legislation.ActType;
import uz.muhokama.legislation.ImportPreview;
import uz.muhokama.legislation.LegislationImportService;
import uz.muhokama.support.AsAdmin;
import uz.muhokama.support.IntegrationTest;

/** Anonymous downloads of an act (Akoma Ntoso XML, DOCX; PDF in {@link ActPdfDownloadTest}) and the Atom feed, through the security filter chain. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActDownloadsTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpus", "legislation");
    private static final LocalDate ADOPTED = LocalDate.of(2022, 10, 28);

    @Autowired
    WebApplicationContext context;

    @Autowired
    LegislationImportService imports;

    MockMvc mvc;
    String uri;

    @BeforeAll
    void the_labour_code_is_imported() {
        int number = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        uri = AsAdmin.run(() -> {
            try (InputStream in = Files.newInputStream(CORPUS.resolve("labour-code-2022.uz-latn.lexuz.doc"))) {
                ImportPreview preview = imports.preview(in, "labour-code.doc");
                return imports.importEdition(preview.fileId(), new ActMetadata(ActType.CODE, "OʻRQ-" + number,
                        ADOPTED, null, null, null, null, ActStatus.IN_FORCE, null, null, null), "uz-Latn", ADOPTED,
                        preview.title()).uri();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void akoma_ntoso_xml_is_well_formed_with_frbr_identification_and_article_eids() throws Exception {
        MockHttpServletResponse response = mvc.perform(get(uri + "/akn.xml")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray()));
        var xpath = XPathFactory.newInstance().newXPath();
        assertThat(xpath.evaluate("/akomaNtoso/act/meta/identification/FRBRWork/FRBRuri/@value", xml))
                .isEqualTo(uri);
        assertThat(xpath.evaluate("/akomaNtoso/act/meta/identification/FRBRExpression/FRBRuri/@value", xml))
                .isEqualTo(uri + "/uz-Latn@" + ADOPTED);
        assertThat(xpath.evaluate("//article[@eId='chp_2__art_13']/num", xml)).isEqualTo("13");
        assertThat(xpath.evaluate("//article[@eId='chp_2__art_13']/heading", xml))
                .contains("oʻzaro nisbati");
        assertThat(xpath.evaluate("//chapter[article/@eId='chp_2__art_13']/@eId", xml)).isEqualTo("chp_2");
        NodeList paragraphs = (NodeList) xpath.evaluate("//article[@eId='chp_2__art_13']/paragraph/content/p", xml,
                XPathConstants.NODESET);
        assertThat(paragraphs.getLength()).isPositive();
    }

    @Test
    void docx_opens_in_poi_and_holds_article_13_heading() throws Exception {
        MockHttpServletResponse response = mvc.perform(get(uri + "/text.docx")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains(".docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            assertThat(document.getParagraphs()).map(XWPFParagraph::getText)
                    .anySatisfy(text -> assertThat(text).startsWith("13-modda").contains("oʻzaro nisbati"));
        }
    }

    @Test
    void the_print_view_links_the_articles_the_code_cites_of_itself() throws Exception {
        String html = mvc.perform(get(uri + "/print")).andReturn().getResponse().getContentAsString();

        assertThat(html).containsPattern("<a class=\"citation\" href=\"" + uri
                + "/chp_\\d+__art_46\">ushbu Kodeksning 46-moddasi");
    }

    @Test
    void an_unknown_act_is_not_found() throws Exception {
        assertThat(mvc.perform(get("/act/uz/code/1900/1/akn.xml")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void the_atom_feed_lists_the_act_newest_first_with_a_link() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/legislation/feed.atom")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray()));
        var xpath = XPathFactory.newInstance().newXPath();
        NodeList entries = (NodeList) xpath.evaluate("/feed/entry", xml, XPathConstants.NODESET);
        assertThat(entries.getLength()).isBetween(1, 50);
        assertThat(xpath.evaluate("/feed/entry[1]/link/@href", xml)).endsWith(uri + "?lang=uz-Latn");
    }
}
