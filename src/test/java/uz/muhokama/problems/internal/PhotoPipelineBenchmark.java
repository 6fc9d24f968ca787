package uz.muhokama.problems.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import uz.muhokama.problems.TestImages;

/**
 * Time per photo of the whole pipeline (type check, dimension check, strict decode, EXIF orientation, the three
 * served sizes of 2048, 1024 and 400 px, re-encoding without metadata) on one thread, for a 12-megapixel JPEG
 * carrying EXIF (orientation 6 and GPS) and for a 48-megapixel one: as the application runs it (with libjpeg-turbo
 * where the system has it) and with the JDK's codec. The baselines of the same run are the JDK's plain
 * {@code ImageIO.read} and {@code ImageIO.write} of the same file, and libjpeg-turbo's plain full-size decode and
 * encode of it. Both wall time and the thread's CPU time are printed: on a shared machine the wall time also counts
 * the time the thread waited for a core, the CPU time is what one core spends on a photo.
 *
 * <p>Run: {@code mvn -B test -Dtest=PhotoPipelineBenchmark -Dbench=true [-Dbench.runs=15]}
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class PhotoPipelineBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final PhotoPipeline pipeline = new PhotoPipeline();
    private final PhotoPipeline jdkPipeline = new PhotoPipeline(false);
    private final Optional<TurboJpeg> turbo = TurboJpeg.load();

    @Test
    void twelve_megapixel_photo() throws Exception {
        measure("12 MP", withExif(camera(4000, 3000)), 2048);
    }

    @Test
    void forty_eight_megapixel_photo() throws Exception {
        measure("48 MP", withExif(camera(8000, 6000)), 2048);
    }

    private void measure(String label, byte[] photo, int expectedHeight) throws Exception {
        printLoad("before " + label);
        int runs = Integer.getInteger("bench.runs", 15);
        Timings pipelineTimes = new Timings(runs);
        Timings jdkPipelineTimes = new Timings(runs);
        Timings baselineTimes = new Timings(runs);
        Timings turboTimes = new Timings(runs);
        for (int i = 0; i < 3; i++) {
            pipeline.process(photo);
            jdkPipeline.process(photo);
            baseline(photo);
            turbo.ifPresent(codec -> turboBaseline(codec, photo));
        }
        for (int i = 0; i < runs; i++) {
            ProcessedPhoto processed = pipelineTimes.time(() -> pipeline.process(photo));
            assertThat(processed.height()).isEqualTo(expectedHeight);
            assertThat(ImageIO.read(new ByteArrayInputStream(processed.medium())).getHeight()).isEqualTo(1024);
            jdkPipelineTimes.time(() -> jdkPipeline.process(photo));
            baselineTimes.time(() -> baseline(photo));
            if (turbo.isPresent()) {
                turboTimes.time(() -> turboBaseline(turbo.get(), photo));
            }
        }
        System.out.printf("BENCH photo %s JPEG (%d KB, EXIF orientation 6 + GPS), %d runs on one thread, "
                + "libjpeg-turbo %s%n", label, photo.length / 1024, runs, pipeline.nativeJpeg() ? "used" : "MISSING");
        pipelineTimes.print("pipeline (check, orient, strip, 2048 + 1024 + 400 px)", baselineTimes);
        jdkPipelineTimes.print("the same pipeline with the JDK's JPEG codec", baselineTimes);
        baselineTimes.print("baseline ImageIO.read + ImageIO.write of the same file", baselineTimes);
        if (turbo.isPresent()) {
            turboTimes.print("baseline libjpeg-turbo full decode + encode of the file", baselineTimes);
        }
        printLoad("after " + label);
    }

    private static byte[] baseline(byte[] photo) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    private static byte[] turboBaseline(TurboJpeg codec, byte[] photo) {
        TurboJpeg.Header header = codec.header(photo).orElseThrow();
        return codec.encode(codec.decode(photo, header, Integer.MAX_VALUE), 85);
    }

    private static void printLoad(String when) {
        System.out.printf("BENCH load %s: %.1f on %d processors%n", when,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    /** Wall and CPU times of one kind of run. */
    private static final class Timings {

        private final long[] wall;
        private final long[] cpu;
        private int count;

        Timings(int runs) {
            wall = new long[runs];
            cpu = new long[runs];
        }

        <T> T time(ThrowingSupplier<T> work) throws Exception {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            T result = work.get();
            wall[count] = System.nanoTime() - start;
            cpu[count] = THREADS.getCurrentThreadCpuTime() - cpuStart;
            count++;
            return result;
        }

        void print(String what, Timings baseline) {
            System.out.printf("BENCH photo   %-58s CPU median %4d ms p95 %4d ms (%.2f of baseline) | "
                            + "wall median %4d ms p95 %4d ms (%.2f)%n", what, median(cpu), p95(cpu),
                    (double) median(cpu) / median(baseline.cpu), median(wall), p95(wall),
                    (double) median(wall) / median(baseline.wall));
        }

        private long median(long[] values) {
            long[] sorted = Arrays.copyOf(values, count);
            Arrays.sort(sorted);
            return sorted[count / 2] / 1_000_000;
        }

        private long p95(long[] values) {
            long[] sorted = Arrays.copyOf(values, count);
            Arrays.sort(sorted);
            return sorted[Math.min(count - 1, (int) Math.ceil(0.95 * count) - 1)] / 1_000_000;
        }
    }

    @FunctionalInterface
    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    /** A picture with gradients and grain, so that it compresses like a photograph, not like a flat test card. */
    private static byte[] camera(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((java.awt.image.DataBufferInt) image.getRaster().getDataBuffer()).getData();
        Random random = new Random(1);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int grain = random.nextInt(24);
                int r = (x * 255 / width + grain) & 0xFF;
                int g = (y * 255 / height + grain) & 0xFF;
                int b = ((x + y) * 255 / (width + height) + grain) & 0xFF;
                pixels[y * width + x] = (r << 16) | (g << 8) | b;
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
