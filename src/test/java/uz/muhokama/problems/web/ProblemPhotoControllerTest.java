package uz.muhokama.problems.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static uz.muhokama.problems.ProblemPeople.LAT;
import static uz.muhokama.problems.ProblemPeople.LON;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.problems.CategoryGroup;
import uz.muhokama.problems.NewReport;
import uz.muhokama.problems.PhotoUpload;
import uz.muhokama.problems.ProblemPeople;
import uz.muhokama.problems.ProblemService;
import uz.muhokama.problems.ProblemSetupService;
import uz.muhokama.problems.ProblemStaffService;
import uz.muhokama.problems.ReportId;
import uz.muhokama.problems.TestImages;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.SignedIn;
import uz.muhokama.support.TestAccount;

@IntegrationTest
class ProblemPhotoControllerTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    ProblemService problems;

    @Autowired
    ProblemStaffService staff;

    @Autowired
    ProblemSetupService setup;

    @Autowired
    OrganisationService organisations;

    @Autowired
    MembershipService memberships;

    @Autowired
    DSLContext dsl;

    MockMvc mvc;
    ReportId report;
    long photo;

    @BeforeEach
    void aReportWithAPhotoFromAPhone() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        ProblemPeople people = new ProblemPeople(dsl, organisations, memberships, setup);
        String category = people.category(CategoryGroup.GAS);
        people.utility(category);
        TestAccount citizen = people.citizen();
        report = ProblemPeople.asCitizen(citizen, () -> problems.report(new NewReport(category, LAT, LON, null,
                "Gaz hidi keladi", "Yoʻlakda kuchli gaz hidi", false, Map.of()),
                List.of(new PhotoUpload("IMG_0001.jpg", TestImages.jpegWithExif(1200, 900, 6, LAT, LON)))));
        photo = problems.find(report).orElseThrow().photoIds().getFirst();
    }

    @Test
    void served_photo_is_a_jpeg_without_exif_or_gps_for_anyone() throws Exception {
        for (String path : List.of("/problem-photos/" + photo, "/problem-photos/" + photo + "/medium",
                "/problem-photos/" + photo + "/thumbnail")) {
            MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();

            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentType()).isEqualTo("image/jpeg");
            assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            Metadata metadata = ImageMetadataReader.readMetadata(
                    new ByteArrayInputStream(response.getContentAsByteArray()));
            List<String> directories = new ArrayList<>();
            for (Directory directory : metadata.getDirectories()) {
                directories.add(directory.getName());
            }
            assertThat(directories).noneMatch(n -> n.contains("Exif") || n.contains("GPS") || n.contains("XMP"));
        }
    }

    @Test
    void photo_of_a_hidden_report_and_an_unknown_photo_are_not_found() throws Exception {
        SignedIn.as("moderator@example.test", () -> {
            staff.setHidden(report, true);
            return null;
        }, "MODERATOR");

        assertThat(mvc.perform(get("/problem-photos/" + photo)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/problem-photos/" + photo + "/medium")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/problem-photos/999999999")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
