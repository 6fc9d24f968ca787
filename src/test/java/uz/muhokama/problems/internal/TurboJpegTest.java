package uz.muhokama.problems.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import uz.muhokama.problems.TestImages;

class TurboJpegTest {

    @Test
    void decoding_scale_is_the_smallest_eighth_that_keeps_the_served_size() {
        assertThat(TurboJpeg.eighths(4000, 2048)).isEqualTo(5);
        assertThat(TurboJpeg.scaled(4000, 5)).isEqualTo(2500);
        assertThat(TurboJpeg.eighths(4096, 2048)).isEqualTo(4);
        assertThat(TurboJpeg.eighths(16000, 2048)).isEqualTo(2);
        assertThat(TurboJpeg.eighths(2000, 2048)).isEqualTo(8);
        assertThat(TurboJpeg.eighths(300, 2048)).isEqualTo(8);
        assertThat(TurboJpeg.scaled(3001, 5)).isEqualTo(1876);
    }

    @Test
    void header_is_read_without_decoding_and_garbage_has_none() {
        TurboJpeg codec = codec();

        assertThat(codec.header(TestImages.jpeg(640, 480)))
                .hasValueSatisfying(h -> {
                    assertThat(h.width()).isEqualTo(640);
                    assertThat(h.height()).isEqualTo(480);
                    assertThat(h.rgb()).isTrue();
                });
        assertThat(codec.header("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(codec.header(new byte[0])).isEmpty();
    }

    @Test
    void large_photo_is_decoded_straight_to_a_reduced_size() {
        TurboJpeg codec = codec();
        byte[] jpeg = TestImages.jpeg(4000, 3000);

        BufferedImage image = codec.decode(jpeg, codec.header(jpeg).orElseThrow(), 2048);

        assertThat(image.getWidth()).isEqualTo(2500);
        assertThat(image.getHeight()).isEqualTo(1875);
        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
        // red left half, blue right half, in the byte order B, G, R
        assertThat((image.getRGB(100, 900) >> 16) & 0xFF).isGreaterThan(200);
        assertThat(image.getRGB(2400, 900) & 0xFF).isGreaterThan(200);
    }

    @Test
    void corrupt_data_is_an_error_not_a_half_grey_picture() {
        TurboJpeg codec = codec();
        byte[] cut = TestImages.cutJpegWithEndMarker();

        assertThatThrownBy(() -> codec.decode(cut, codec.header(cut).orElseThrow(), 2048))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void encoded_jpeg_carries_pixels_only() throws Exception {
        TurboJpeg codec = codec();
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_3BYTE_BGR);
        image.getRaster().setPixel(10, 10, new int[] {0, 0, 255});

        byte[] jpeg = codec.encode(image, 85);

        BufferedImage back = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(back.getWidth()).isEqualTo(320);
        assertThat(back.getHeight()).isEqualTo(200);
        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(jpeg));
        assertThat(metadata.getDirectories()).noneMatch(d -> d.getName().contains("Exif")
                || d.getName().contains("XMP") || d.getName().contains("GPS") || d.getName().contains("Comment"));
    }

    private static TurboJpeg codec() {
        var codec = TurboJpeg.load();
        assumeTrue(codec.isPresent(), "libjpeg-turbo (libturbojpeg) is not installed");
        return codec.get();
    }
}
