package uz.muhokama.problems.internal;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uz.muhokama.problems.ProblemException;

/**
 * Turns an uploaded photo into what is served: the real type is read from the bytes (JPEG, PNG or WebP; HEIC is
 * refused with its own message since no decoder for it is available to the platform), the dimensions are checked
 * before decoding (a decompression bomb never reaches memory), the image is decoded strictly (a truncated file is
 * refused), turned upright by its EXIF orientation, scaled to at most {@value #MAX_EDGE} px and re-encoded as a JPEG
 * with no metadata at all, so no GPS position, camera or time survives. A medium size ({@value #MEDIUM_EDGE} px, for
 * phones) and a thumbnail ({@value #THUMB_EDGE} px) are made from that image the same way.
 *
 * <p>JPEGs are decoded and encoded by libjpeg-turbo when the system has it ({@link TurboJpeg}; a 12-megapixel photo
 * is then decoded straight to the size it is served at), and by the JDK's codec otherwise
 * ({@code muhokama.photos.native-jpeg=false} chooses the JDK's codec anyway). Both give the same checks and results.
 */
@Component
public class PhotoPipeline {

    /** The largest upload accepted. */
    public static final long MAX_BYTES = 15L * 1024 * 1024;
    static final int MAX_EDGE = 2048;
    static final int MEDIUM_EDGE = 1024;
    static final int THUMB_EDGE = 400;
    /** About 50 megapixels: any phone camera, far from a decompression bomb. */
    static final long MAX_PIXELS = 50_000_000L;
    static final int MAX_SIDE = 16_000;
    private static final int DETECT_BYTES = 64 * 1024;
    private static final int TILE = 64;

    private static final Set<String> ACCEPTED = Set.of("image/jpeg", "image/png", "image/webp");
    private static final Set<String> HEIF = Set.of("image/heic", "image/heif", "image/heic-sequence",
            "image/heif-sequence", "image/avif");

    private final Tika tika = new Tika();
    private final Optional<TurboJpeg> turbo;

    /** With libjpeg-turbo when the system has it. */
    public PhotoPipeline() {
        this(true);
    }

    @Autowired
    PhotoPipeline(@Value("${muhokama.photos.native-jpeg:true}") boolean nativeJpeg) {
        this.turbo = nativeJpeg ? NativeCodec.TURBO : Optional.empty();
    }

    /** Loaded once: the library stays mapped for the life of the process. */
    private static final class NativeCodec {
        static final Optional<TurboJpeg> TURBO = TurboJpeg.load();
    }

    /** Whether JPEGs go through libjpeg-turbo. */
    boolean nativeJpeg() {
        return turbo.isPresent();
    }

    /**
     * Checks and processes one upload.
     *
     * @throws ProblemException {@code problems.photo.empty}, {@code .tooLarge}, {@code .heic}, {@code .type},
     *                          {@code .tooManyPixels} or {@code .unreadable}
     */
    public ProcessedPhoto process(byte[] upload) {
        String type = checkType(upload);
        BufferedImage decoded = decode(upload, type);
        // Scaled before it is turned: turning the smaller image is several times cheaper.
        BufferedImage image = orient(scale(decoded, MAX_EDGE), orientation(upload, type));
        BufferedImage medium = scale(image, MEDIUM_EDGE);
        BufferedImage thumbnail = scale(medium, THUMB_EDGE);
        return new ProcessedPhoto(jpeg(image, 0.85f), jpeg(medium, 0.82f), jpeg(thumbnail, 0.8f), image.getWidth(),
                image.getHeight());
    }

    /**
     * Every check {@link #process} makes (type, size, pixels, a strict decode), without making the served sizes: for
     * refusing a bad photo as soon as it is chosen.
     *
     * @throws ProblemException as {@link #process} would
     */
    public void check(byte[] upload) {
        decode(upload, checkType(upload));
    }

    /** The GPS position a photo carries, to suggest the place of a report; the served photo never keeps it. */
    public Optional<double[]> location(byte[] upload) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(upload));
            GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
            GeoLocation location = gps == null ? null : gps.getGeoLocation();
            if (location == null || location.isZero()) {
                return Optional.empty();
            }
            return Optional.of(new double[] {location.getLatitude(), location.getLongitude()});
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private String checkType(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new ProblemException("problems.photo.empty");
        }
        if (upload.length > MAX_BYTES) {
            throw new ProblemException("problems.photo.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        // The magic numbers of image formats sit at the start; the rest of a large photo only slows detection.
        String type = tika.detect(upload.length > DETECT_BYTES ? Arrays.copyOf(upload, DETECT_BYTES) : upload);
        if (HEIF.contains(type)) {
            throw new ProblemException("problems.photo.heic");
        }
        if (!ACCEPTED.contains(type)) {
            throw new ProblemException("problems.photo.type");
        }
        return type;
    }

    private BufferedImage decode(byte[] upload, String type) {
        if ("image/jpeg".equals(type) && turbo.isPresent()) {
            TurboJpeg codec = turbo.get();
            TurboJpeg.Header header = codec.header(upload)
                    .orElseThrow(() -> new ProblemException("problems.photo.unreadable"));
            checkPixels(header.width(), header.height());
            if (header.rgb()) {
                if (!endsWithEoi(upload)) {
                    throw new ProblemException("problems.photo.unreadable");
                }
                try {
                    return codec.decode(upload, header, MAX_EDGE);
                } catch (IllegalArgumentException e) {
                    throw new ProblemException("problems.photo.unreadable");
                }
            }
        }
        return decodeWithImageIo(upload, type);
    }

    private static void checkPixels(long width, long height) {
        if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
            throw new ProblemException("problems.photo.tooManyPixels");
        }
    }

    private static BufferedImage decodeWithImageIo(byte[] upload, String type) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            ImageReader reader = readerFor(in, type);
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                checkPixels(width, height);
                List<String> warnings = new ArrayList<>();
                IIOReadWarningListener listener = (source, warning) -> warnings.add(warning);
                reader.addIIOReadWarningListener(listener);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = subsampling(width, height);
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage image = reader.read(0, param);
                if (!warnings.isEmpty() || ("image/jpeg".equals(type) && !endsWithEoi(upload))) {
                    throw new ProblemException("problems.photo.unreadable");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw new ProblemException("problems.photo.unreadable");
        }
    }

    /**
     * The largest whole step that still leaves the longer edge at least {@value #MAX_EDGE} px: the decoder then skips
     * those pixels instead of producing a huge image that is scaled down at once (a 48-megapixel photo decodes at a
     * third of its size), while the filtered scaling that follows still makes the final size.
     */
    static int subsampling(long width, long height) {
        return (int) Math.max(1, Math.max(width, height) / MAX_EDGE);
    }

    private static ImageReader readerFor(ImageInputStream in, String type) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
        if (!readers.hasNext()) {
            readers = ImageIO.getImageReaders(in);
        }
        if (!readers.hasNext()) {
            throw new ProblemException("problems.photo.unreadable");
        }
        return readers.next();
    }

    /** A complete JPEG ends with the end-of-image marker, perhaps followed by padding. */
    private static boolean endsWithEoi(byte[] data) {
        int end = data.length;
        while (end > 2 && data[end - 1] == 0) {
            end--;
        }
        return end >= 2 && (data[end - 2] & 0xFF) == 0xFF && (data[end - 1] & 0xFF) == 0xD9;
    }

    private static int orientation(byte[] upload, String type) {
        try {
            // For a JPEG only the EXIF segment is parsed, and reading stops where the pixels begin.
            Metadata metadata = "image/jpeg".equals(type)
                    ? JpegMetadataReader.readMetadata(new ByteArrayInputStream(upload), List.of(new ExifReader()))
                    : ImageMetadataReader.readMetadata(new ByteArrayInputStream(upload));
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                return exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            }
        } catch (ImageProcessingException | IOException | MetadataException | RuntimeException e) {
            return 1;
        }
        return 1;
    }

    /**
     * Applies EXIF orientation 2–8 (mirrored and rotated variants) to an RGB image; 1 and unknown values leave it as
     * it is. The pixels are copied by index in tiles, so that both the rows read and the rows written stay in the
     * cache: an affine {@code drawImage} takes Java2D's general transform path, which costs as much as the scaling
     * itself, and a plain column-by-column copy misses the cache on every pixel.
     */
    static BufferedImage orient(BufferedImage image, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        int outW = swap ? h : w;
        int outH = swap ? w : h;
        BufferedImage out = new BufferedImage(outW, outH, BufferedImage.TYPE_3BYTE_BGR);
        byte[] src = bytes(bgr(image));
        byte[] dst = bytes(out);
        for (int tileY = 0; tileY < outH; tileY += TILE) {
            for (int tileX = 0; tileX < outW; tileX += TILE) {
                for (int y = tileY; y < Math.min(outH, tileY + TILE); y++) {
                    for (int x = tileX; x < Math.min(outW, tileX + TILE); x++) {
                        int from = 3 * sourceIndex(orientation, x, y, w, h);
                        int to = 3 * (y * outW + x);
                        dst[to] = src[from];
                        dst[to + 1] = src[from + 1];
                        dst[to + 2] = src[from + 2];
                    }
                }
            }
        }
        return out;
    }

    /** Where the pixel shown at (x, y) of the upright image lies in the stored image of width w and height h. */
    private static int sourceIndex(int orientation, int x, int y, int w, int h) {
        return switch (orientation) {
            case 2 -> y * w + (w - 1 - x);
            case 3 -> (h - 1 - y) * w + (w - 1 - x);
            case 4 -> (h - 1 - y) * w + x;
            case 5 -> x * w + y;
            case 6 -> (h - 1 - x) * w + y;
            case 7 -> (h - 1 - x) * w + (w - 1 - y);
            default -> x * w + (w - 1 - y);
        };
    }

    private static BufferedImage bgr(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = copy.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return copy;
    }

    private static byte[] bytes(BufferedImage image) {
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }

    /**
     * Scales down (never up) so that the longer edge is at most {@code edge}, halving in steps for quality, onto a
     * white RGB canvas (transparent PNG areas become white, as a JPEG has no transparency).
     */
    static BufferedImage scale(BufferedImage image, int edge) {
        BufferedImage current = image;
        boolean first = true;
        while (first || Math.max(current.getWidth(), current.getHeight()) > edge) {
            int longer = Math.max(current.getWidth(), current.getHeight());
            double factor = longer <= edge ? 1 : Math.max(0.5, (double) edge / longer);
            int w = Math.max(1, (int) Math.round(current.getWidth() * factor));
            int h = Math.max(1, (int) Math.round(current.getHeight() * factor));
            // The decoder's own layout: the JPEG encoder reads it faster than packed integers.
            BufferedImage next = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
            Graphics2D g = next.createGraphics();
            if (first && image.getColorModel().hasAlpha()) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, w, h);
            }
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(current, 0, 0, w, h, null);
            g.dispose();
            current = next;
            first = false;
        }
        return current;
    }

    /** A baseline JPEG written from pixels only: no EXIF, no XMP, no comment. */
    byte[] jpeg(BufferedImage image, float quality) {
        if (turbo.isPresent() && image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return turbo.get().encode(image, Math.round(quality * 100));
        }
        return jpegWithImageIo(image, quality);
    }

    private static byte[] jpegWithImageIo(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode a photo", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
