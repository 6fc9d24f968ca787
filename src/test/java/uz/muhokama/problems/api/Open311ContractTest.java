package uz.muhokama.problems.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static uz.muhokama.problems.ProblemPeople.LAT;
import static uz.muhokama.problems.ProblemPeople.LON;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.GpsDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.w3c.dom.Document;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.problems.ApiKeyService;
import uz.muhokama.problems.CategoryGroup;
import uz.muhokama.problems.CategoryQuestion;
import uz.muhokama.problems.LocalizedText;
import uz.muhokama.problems.ProblemPeople;
import uz.muhokama.problems.ProblemSetupService;
import uz.muhokama.problems.TestImages;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.SignedIn;

/**
 * The Open311 endpoint as an outside client sees it: JSON checked against the published GeoReport v2 schemas, XML
 * read as XML, and the whole flow services → POST → token → request.
 */
@IntegrationTest
class Open311ContractTest {

    private static final Path SCHEMAS = Path.of("../shared/corpus/open311");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    WebApplicationContext context;

    @Autowired
    DSLContext dsl;

    @Autowired
    OrganisationService organisations;

    @Autowired
    MembershipService memberships;

    @Autowired
    ProblemSetupService setup;

    @Autowired
    ApiKeyService keys;

    MockMvc mvc;
    String category;
    String key;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        ProblemPeople people = new ProblemPeople(dsl, organisations, memberships, setup);
        category = people.category(CategoryGroup.WATER, List.of(new CategoryQuestion("where", "singlevaluelist", true,
                1, new LocalizedText("Qayerda?", "Қаерда?", "Где?", "Where?"),
                List.of(new CategoryQuestion.Choice("yard", "Hovli"), new CategoryQuestion.Choice("street", "Koʻcha")))));
        people.utility(category);
        key = SignedIn.asAdmin(() -> keys.issue("Contract test client")).key();
    }

    @Test
    void client_lists_services_posts_a_request_and_follows_it_by_token() throws Exception {
        JsonNode services = json(get("/open311/v2/services.json"), 200);
        assertValid("services.json", services);
        assertThat(services.findValuesAsText("service_code")).contains(category);

        JsonNode definition = json(get("/open311/v2/services/" + category + ".json"), 200);
        assertValid("service-definition.json", definition);
        assertThat(definition.at("/attributes/0/values/1/key").asText()).isEqualTo("street");

        MockMultipartFile photo = new MockMultipartFile("media", "photo.jpg", "image/jpeg",
                TestImages.jpegWithExif(800, 600, 6, LAT, LON));
        JsonNode created = json(multipart("/open311/v2/requests.json").file(photo)
                .param("api_key", key).param("service_code", category)
                .param("lat", String.valueOf(LAT)).param("long", String.valueOf(LON))
                .param("address_string", "Amir Temur koʻchasi 5")
                .param("description", "Hovlidagi quvurdan suv oqyapti, ikki kundan beri.")
                .param("attribute[where]", "yard")
                .param("email", "resident@example.test").param("first_name", "Anvar"), 201);
        String id = created.at("/0/service_request_id").asText();
        String token = created.at("/0/token").asText();
        assertThat(created.at("/0/service_request_id").isTextual()).isTrue();
        assertThat(token).hasSize(32);

        JsonNode byToken = json(get("/open311/v2/tokens/" + token + ".json"), 200);
        assertThat(byToken.at("/0/service_request_id").asText()).isEqualTo(id);

        JsonNode request = json(get("/open311/v2/requests/" + id + ".json"), 200);
        assertValid("requests.json", request);
        assertThat(request.at("/0/status").asText()).isEqualTo("open");
        assertThat(request.at("/0/service_code").asText()).isEqualTo(category);
        assertThat(request.at("/0/agency_responsible").isTextual()).isTrue();
        assertThat(request.at("/0/requested_datetime").asText()).endsWith("+05:00");
        String mediaUrl = request.at("/0/media_url").asText();
        assertThat(mediaUrl).contains("/problem-photos/");

        byte[] served = mvc.perform(get(mediaUrl.substring(mediaUrl.indexOf("/problem-photos/"))))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(served).isNotEmpty();
        assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(served))
                .getFirstDirectoryOfType(GpsDirectory.class)).isNull();

        JsonNode list = json(get("/open311/v2/requests.json").param("service_code", category).param("status", "open"),
                200);
        assertValid("requests.json", list);
        assertThat(list.findValuesAsText("service_request_id")).containsExactly(id);
        assertThat(json(get("/open311/v2/requests.json").param("service_code", category).param("status", "closed"),
                200)).isEmpty();
        assertThat(json(get("/open311/v2/requests.json").param("service_request_id", id + ",999999999"), 200)
                .findValuesAsText("service_request_id")).containsExactly(id);
    }

    @Test
    void xml_answers_follow_the_specification_structure() throws Exception {
        String id = postRequest().at("/0/service_request_id").asText();

        Document services = xml(get("/open311/v2/services.xml"));
        assertThat(services.getDocumentElement().getNodeName()).isEqualTo("services");
        assertThat(services.getElementsByTagName("service").getLength()).isPositive();

        Document request = xml(get("/open311/v2/requests/" + id + ".xml"));
        assertThat(request.getDocumentElement().getNodeName()).isEqualTo("service_requests");
        assertThat(request.getElementsByTagName("request").getLength()).isEqualTo(1);
        assertThat(request.getElementsByTagName("service_request_id").item(0).getTextContent()).isEqualTo(id);
        assertThat(request.getElementsByTagName("status").item(0).getTextContent()).isEqualTo("open");

        Document definition = xml(get("/open311/v2/services/" + category + ".xml"));
        assertThat(definition.getDocumentElement().getNodeName()).isEqualTo("service_definition");
        assertThat(definition.getElementsByTagName("attribute").getLength()).isEqualTo(1);
        assertThat(definition.getElementsByTagName("value").getLength()).isEqualTo(2);

        Document discovery = xml(get("/open311/v2/discovery.xml"));
        assertThat(discovery.getElementsByTagName("endpoint").getLength()).isEqualTo(1);

        MvcResult error = mvc.perform(get("/open311/v2/services/no-such-service.xml")).andReturn();
        assertThat(error.getResponse().getStatus()).isEqualTo(404);
        Document errors = parse(error.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(errors.getDocumentElement().getNodeName()).isEqualTo("errors");
        assertThat(errors.getElementsByTagName("code").item(0).getTextContent()).isEqualTo("404");
    }

    @Test
    void post_without_or_with_a_wrong_api_key_is_refused_and_nothing_is_saved() throws Exception {
        int before = countRequests();

        assertError(post("/open311/v2/requests.json").param("service_code", category).param("lat", "41.3")
                .param("long", "69.28").param("description", "Suv oqyapti hovlida").param("attribute[where]", "yard"),
                403);
        assertError(post("/open311/v2/requests.json").param("api_key", "m311-wrong-key-0000000000")
                .param("service_code", category).param("lat", "41.3").param("long", "69.28")
                .param("description", "Suv oqyapti hovlida").param("attribute[where]", "yard"), 403);

        assertThat(countRequests()).isEqualTo(before);
    }

    @Test
    void bad_requests_get_open311_errors() throws Exception {
        assertError(post("/open311/v2/requests.json").param("api_key", key).param("service_code", "no-such-service")
                .param("lat", "41.3").param("long", "69.28").param("description", "Suv oqyapti hovlida"), 400);
        assertError(post("/open311/v2/requests.json").param("api_key", key).param("service_code", category)
                .param("lat", "0").param("long", "0").param("description", "Suv oqyapti hovlida")
                .param("attribute[where]", "yard"), 400);
        assertError(post("/open311/v2/requests.json").param("api_key", key).param("service_code", category)
                .param("lat", "41.3").param("long", "69.28").param("description", "Suv <script>alert(1)</script>")
                .param("attribute[where]", "yard"), 400);
        assertError(post("/open311/v2/requests.json").param("api_key", key).param("service_code", category)
                .param("lat", "41.3").param("long", "69.28").param("description", "Suv oqyapti hovlida"), 400);
        assertError(get("/open311/v2/requests.json").param("service_code", "no-such-service"), 400);
        assertError(get("/open311/v2/requests.json").param("start_date", "yesterday"), 400);
        assertError(get("/open311/v2/requests.json").param("start_date", "2026-01-01T00:00:00Z")
                .param("end_date", "2026-06-01T00:00:00Z"), 400);
        assertError(get("/open311/v2/requests.json").param("status", "pending"), 400);
        assertError(get("/open311/v2/requests/abc.json"), 400);
        assertError(get("/open311/v2/requests/999999999.json"), 404);
        assertError(get("/open311/v2/tokens/unknown.json"), 404);
        assertError(get("/open311/v2/services/no-such-service.json"), 404);
        assertThat(countRequests()).isZero();
    }

    @Test
    void date_filters_find_requests_in_their_range() throws Exception {
        String id = postRequest().at("/0/service_request_id").asText();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(5));

        JsonNode inside = json(get("/open311/v2/requests.json").param("service_code", category)
                .param("start_date", now.minusDays(1).toString()).param("end_date", now.plusMinutes(5).toString()), 200);
        JsonNode before = json(get("/open311/v2/requests.json").param("service_code", category)
                .param("start_date", now.minusDays(10).toString()).param("end_date", now.minusDays(5).toString()), 200);

        assertThat(inside.findValuesAsText("service_request_id")).containsExactly(id);
        assertThat(before).isEmpty();
    }

    @Test
    void service_request_updates_are_posted_with_a_key_and_listed() throws Exception {
        String id = postRequest().at("/0/service_request_id").asText();

        JsonNode posted = json(post("/open311/v2/servicerequestupdates.json").param("api_key", key)
                .param("service_request_id", id).param("description", "Suv hali ham oqyapti"), 201);
        assertError(post("/open311/v2/servicerequestupdates.json").param("service_request_id", id)
                .param("description", "Kalitsiz"), 403);

        JsonNode updates = json(get("/open311/v2/servicerequestupdates.json"), 200);
        assertThat(updates.findValuesAsText("update_id")).contains(posted.at("/0/update_id").asText());
        assertThat(updates.findValuesAsText("description")).contains("Suv hali ham oqyapti");
    }

    private JsonNode postRequest() throws Exception {
        return json(post("/open311/v2/requests.json").param("api_key", key).param("service_code", category)
                .param("lat", String.valueOf(LAT)).param("long", String.valueOf(LON))
                .param("description", "Hovlidagi quvurdan suv oqyapti.").param("attribute[where]", "street"), 201);
    }

    private int countRequests() throws Exception {
        return json(get("/open311/v2/requests.json").param("service_code", category), 200).size();
    }

    private JsonNode json(RequestBuilder request, int status) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(status);
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        return JSON.readTree(body);
    }

    private void assertError(RequestBuilder request, int status) throws Exception {
        JsonNode body = json(request, status);
        assertThat(body.isArray()).isTrue();
        assertThat(body.at("/0/code").asInt()).isEqualTo(status);
        assertThat(body.at("/0/description").asText()).isNotBlank();
    }

    private Document xml(RequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith("text/xml");
        return parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertValid(String schemaFile, JsonNode json) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema schema = factory.getSchema(
                SchemaLocation.of(SCHEMAS.resolve(schemaFile).toAbsolutePath().toUri().toString()), config);
        Set<ValidationMessage> errors = schema.validate(json);
        assertThat(errors).as(schemaFile + " for " + json).isEmpty();
    }
}
