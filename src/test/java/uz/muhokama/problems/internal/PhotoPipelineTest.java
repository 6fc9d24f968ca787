package uz.muhokama.problems.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import uz.muhokama.problems.ProblemException;
import uz.muhokama.problems.TestImages;

/** The pipeline as the application runs it: with libjpeg-turbo where the system has it. */
class PhotoPipelineTest {

    private final PhotoPipeline pipeline = pipeline();

    /** The pipeline under test; {@link PhotoPipelineJdkCodecTest} runs every test again with the JDK's codec. */
    PhotoPipeline pipeline() {
        return new PhotoPipeline();
    }

    @Test
    void served_photo_keeps_no_gps_camera_or_exif_at_all() throws Exception {
        byte[] upload = TestImages.jpegWithExif(800, 600, 1, 41.3111, 69.2797);
        assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(upload))
                .getFirstDirectoryOfType(GpsDirectory.class)).isNotNull();

        ProcessedPhoto photo = pipeline.process(upload);

        for (byte[] served : List.of(photo.image(), photo.medium(), photo.thumbnail())) {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(served));
            assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
            assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
            List<String> names = new ArrayList<>();
            for (Directory directory : metadata.getDirectories()) {
                names.add(directory.getName());
            }
            assertThat(names).noneMatch(n -> n.contains("Exif") || n.contains("GPS") || n.contains("XMP"));
        }
    }

    @Test
    void gps_position_is_read_for_suggesting_the_place() {
        assertThat(pipeline.location(TestImages.jpegWithExif(200, 100, 1, 41.3111, 69.2797)))
                .hasValueSatisfying(p -> {
                    assertThat(p[0]).isCloseTo(41.3111, org.assertj.core.data.Offset.offset(0.001));
                    assertThat(p[1]).isCloseTo(69.2797, org.assertj.core.data.Offset.offset(0.001));
                });
        assertThat(pipeline.location(TestImages.jpeg(200, 100))).isEmpty();
    }

    @Test
    void photo_rotated_by_exif_orientation_comes_out_upright() throws Exception {
        ProcessedPhoto photo = pipeline.process(TestImages.jpegWithExif(600, 400, 6, 41.3, 69.2));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo.image()));
        assertThat(image.getWidth()).isEqualTo(400);
        assertThat(image.getHeight()).isEqualTo(600);
        // turned a quarter clockwise: the red left half is now on top
        assertThat(redOf(image.getRGB(200, 100))).isGreaterThan(200);
        assertThat(redOf(image.getRGB(200, 500))).isLessThan(60);
    }

    @Test
    void large_photo_is_served_at_2048_1024_and_400_pixels() throws Exception {
        assertServedSizes(pipeline.process(TestImages.png(4000, 3000)));
    }

    @Test
    void very_large_photo_is_decoded_subsampled_yet_served_at_2048_pixels() throws Exception {
        assertThat(PhotoPipeline.subsampling(4000, 3000)).isEqualTo(1);
        assertThat(PhotoPipeline.subsampling(6000, 4000)).isEqualTo(2);
        assertThat(PhotoPipeline.subsampling(3000, 8000)).isEqualTo(3);

        ProcessedPhoto photo = pipeline.process(TestImages.jpegWithExif(6000, 4000, 6, 41.3, 69.2));

        assertThat(photo.width()).isEqualTo(1365);
        assertThat(photo.height()).isEqualTo(2048);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo.image()));
        assertThat(image.getHeight()).isEqualTo(2048);
        // turned a quarter clockwise: the red left half is now on top
        assertThat(redOf(image.getRGB(680, 400))).isGreaterThan(200);
        assertThat(redOf(image.getRGB(680, 1700))).isLessThan(60);
    }

    @Test
    void text_file_with_an_image_name_is_refused() {
        assertRefused("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "problems.photo.type");
        assertRefused("%PDF-1.4 not a photo".getBytes(StandardCharsets.US_ASCII), "problems.photo.type");
    }

    @Test
    void decompression_bomb_is_refused_before_decoding() {
        assertRefused(TestImages.pngBomb(), "problems.photo.tooManyPixels");
    }

    @Test
    void truncated_jpeg_is_refused() {
        assertRefused(TestImages.truncatedJpeg(), "problems.photo.unreadable");
    }

    @Test
    void jpeg_cut_short_but_closed_with_an_end_marker_is_refused() {
        assertRefused(TestImages.cutJpegWithEndMarker(), "problems.photo.unreadable");
    }

    @Test
    void served_sizes_are_made_from_a_photo_of_a_phone_camera() throws Exception {
        ProcessedPhoto photo = pipeline.process(TestImages.jpeg(4032, 3024));

        assertServedSizes(photo);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo.image()));
        assertThat(redOf(image.getRGB(500, 700))).isGreaterThan(200);
        assertThat(redOf(image.getRGB(1500, 700))).isLessThan(60);
    }

    private static void assertServedSizes(ProcessedPhoto photo) throws Exception {
        assertThat(photo.width()).isEqualTo(2048);
        assertThat(photo.height()).isEqualTo(1536);
        assertThat(ImageIO.read(new ByteArrayInputStream(photo.image())).getWidth()).isEqualTo(2048);
        BufferedImage medium = ImageIO.read(new ByteArrayInputStream(photo.medium()));
        assertThat(medium.getWidth()).isEqualTo(1024);
        assertThat(medium.getHeight()).isEqualTo(768);
        assertThat(ImageIO.read(new ByteArrayInputStream(photo.thumbnail())).getWidth()).isEqualTo(400);
    }

    @Test
    void photo_over_the_size_limit_is_refused() {
        byte[] big = new byte[(int) PhotoPipeline.MAX_BYTES + 1];
        byte[] jpeg = TestImages.jpeg(10, 10);
        System.arraycopy(jpeg, 0, big, 0, jpeg.length);
        assertRefused(big, "problems.photo.tooLarge");
    }

    @Test
    void heic_photo_is_refused_with_its_own_message() {
        byte[] heic = new byte[64];
        byte[] box = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0, 'm', 'i', 'f', '1', 'h', 'e',
                'i', 'c'};
        System.arraycopy(box, 0, heic, 0, box.length);
        assertRefused(heic, "problems.photo.heic");
    }

    @Test
    void empty_upload_is_refused() {
        assertRefused(new byte[0], "problems.photo.empty");
    }

    @Test
    void a_good_photo_passes_the_check_of_the_form() {
        pipeline.check(TestImages.jpegWithExif(1200, 900, 6, 41.3, 69.2));
        pipeline.check(TestImages.png(300, 200));
    }

    /** Refused alike when it is processed and when the form checks it as it is chosen. */
    private void assertRefused(byte[] upload, String key) {
        for (Runnable attempt : List.<Runnable>of(() -> pipeline.process(upload), () -> pipeline.check(upload))) {
            ProblemException refused = catchThrowableOfType(ProblemException.class, attempt::run);
            assertThat(refused).as("refusal").isNotNull();
            assertThat(refused.messageKey()).isEqualTo(key);
        }
    }

    private static int redOf(int rgb) {
        return (rgb >> 16) & 0xFF;
    }
}
