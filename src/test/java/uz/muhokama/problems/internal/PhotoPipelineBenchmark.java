package uz.muhokama.problems.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import uz.muhokama.problems.TestImages;

/**
 * Time per photo of the whole pipeline (type check, dimension check, strict decode, EXIF orientation, scaling to
 * 2048 px and a thumbnail, re-encoding without metadata) on a 12-megapixel JPEG with EXIF, on one thread.
 *
 * <p>Run: {@code mvn -B test -Dtest=PhotoPipelineBenchmark -Dbench=true}
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class PhotoPipelineBenchmark {

    @Test
    void twelve_megapixel_photo() throws Exception {
        byte[] photo = withExif(camera(4000, 3000));
        PhotoPipeline pipeline = new PhotoPipeline();
        for (int i = 0; i < 3; i++) {
            pipeline.process(photo);
        }
        int runs = Integer.getInteger("bench.runs", 10);
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            ProcessedPhoto processed = pipeline.process(photo);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            assertThat(processed.height()).isEqualTo(2048);
        }
        Arrays.sort(millis);
        System.out.printf("Photo pipeline, 12 MP JPEG of %d KB: median %d ms, worst %d ms over %d runs%n",
                photo.length / 1024, millis[runs / 2], millis[runs - 1], runs);
    }

    /** A picture with gradients and grain, so that it compresses like a photograph, not like a flat test card. */
    private static byte[] camera(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(1);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int grain = random.nextInt(24);
                int r = (x * 255 / width + grain) & 0xFF;
                int g = (y * 255 / height + grain) & 0xFF;
                int b = ((x + y) * 255 / (width + height) + grain) & 0xFF;
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    private static byte[] withExif(byte[] jpeg) {
        byte[] exif = TestImages.jpegWithExif(8, 8, 6, 41.3, 69.2);
        int segment = ((exif[4] & 0xFF) << 8 | (exif[5] & 0xFF)) + 2;
        byte[] out = new byte[jpeg.length + segment];
        out[0] = jpeg[0];
        out[1] = jpeg[1];
        System.arraycopy(exif, 2, out, 2, segment);
        System.arraycopy(jpeg, 2, out, 2 + segment, jpeg.length - 2);
        return out;
    }
}
