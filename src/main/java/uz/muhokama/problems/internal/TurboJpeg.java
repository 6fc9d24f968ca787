package uz.muhokama.problems.internal;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JPEG decoding and encoding by libjpeg-turbo (its TurboJPEG API, present on any Linux as {@code libturbojpeg0}),
 * called through the JDK's foreign function API. The SIMD codec decodes and encodes several times faster than the
 * JDK's own JPEG codec, and decodes straight to a reduced size (scaling in the DCT), so a 12-megapixel photo is
 * never fully decoded only to be scaled down. Every call uses its own TurboJPEG instance and its own native memory,
 * freed when the call returns; nothing is shared between threads.
 */
final class TurboJpeg {

    /** The JPEG colour spaces TurboJPEG decodes to RGB (RGB, YCbCr, grayscale); CMYK and YCCK it does not. */
    private static final int TJCS_CMYK = 3;
    private static final int TJPF_BGR = 1;
    private static final int TJSAMP_420 = 2;
    private static final int TJFLAG_NOREALLOC = 1024;
    /** A warning (such as data ending early) is an error: a truncated upload is refused, not served half grey. */
    private static final int TJFLAG_STOPONWARNING = 8192;
    /** Refuses progressive JPEGs with an absurd number of scans, which take minutes to decode. */
    private static final int TJFLAG_LIMITSCANS = 32768;
    private static final String[] NAMES = {"libturbojpeg.so.0", System.mapLibraryName("turbojpeg")};

    private static final Logger log = LoggerFactory.getLogger(TurboJpeg.class);

    private final MethodHandle initDecompress;
    private final MethodHandle initCompress;
    private final MethodHandle destroy;
    private final MethodHandle header;
    private final MethodHandle decompress;
    private final MethodHandle compress;
    private final MethodHandle bufSize;
    private final MethodHandle errorText;

    private TurboJpeg(SymbolLookup library) {
        Linker linker = Linker.nativeLinker();
        initDecompress = linker.downcallHandle(library.findOrThrow("tjInitDecompress"), FunctionDescriptor.of(ADDRESS));
        initCompress = linker.downcallHandle(library.findOrThrow("tjInitCompress"), FunctionDescriptor.of(ADDRESS));
        destroy = linker.downcallHandle(library.findOrThrow("tjDestroy"), FunctionDescriptor.of(JAVA_INT, ADDRESS));
        header = linker.downcallHandle(library.findOrThrow("tjDecompressHeader3"),
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
        decompress = linker.downcallHandle(library.findOrThrow("tjDecompress2"), FunctionDescriptor.of(JAVA_INT,
                ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
        compress = linker.downcallHandle(library.findOrThrow("tjCompress2"), FunctionDescriptor.of(JAVA_INT,
                ADDRESS, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT,
                JAVA_INT));
        bufSize = linker.downcallHandle(library.findOrThrow("tjBufSize"),
                FunctionDescriptor.of(JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_INT));
        errorText = linker.downcallHandle(library.findOrThrow("tjGetErrorStr2"),
                FunctionDescriptor.of(ADDRESS, ADDRESS));
    }

    /** The codec when the system has libjpeg-turbo's TurboJPEG library, otherwise empty. */
    static Optional<TurboJpeg> load() {
        if (Linker.nativeLinker().canonicalLayouts().get("long").byteSize() != Long.BYTES) {
            // The binding passes sizes as C's unsigned long, which is 64 bits on Linux and macOS.
            log.info("Photos are decoded and encoded by the JDK's JPEG codec on this platform");
            return Optional.empty();
        }
        for (String name : NAMES) {
            try {
                TurboJpeg codec = new TurboJpeg(SymbolLookup.libraryLookup(name, Arena.global()));
                log.info("Photos are decoded and encoded by libjpeg-turbo ({})", name);
                return Optional.of(codec);
            } catch (IllegalArgumentException | IllegalCallerException | NoSuchElementException e) {
                log.debug("No TurboJPEG library as {}: {}", name, e.getMessage());
            }
        }
        log.info("libjpeg-turbo (libturbojpeg) not found: photos are decoded and encoded by the JDK's JPEG codec");
        return Optional.empty();
    }

    /** What a JPEG's header says, read without decoding any pixel. */
    record Header(int width, int height, int colorSpace) {

        /** Whether TurboJPEG can decode it to RGB (CMYK and YCCK photos go to another decoder). */
        boolean rgb() {
            return colorSpace < TJCS_CMYK;
        }
    }

    /** The header, or empty when the bytes are not a JPEG TurboJPEG can read. */
    Optional<Header> header(byte[] jpeg) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment handle = handle(initDecompress);
            try {
                MemorySegment source = arena.allocateFrom(JAVA_BYTE, jpeg);
                MemorySegment values = arena.allocate(JAVA_INT, 4);
                int result = (int) header.invokeExact(handle, source, (long) jpeg.length, values,
                        values.asSlice(4), values.asSlice(8), values.asSlice(12));
                if (result != 0) {
                    return Optional.empty();
                }
                return Optional.of(new Header(values.getAtIndex(JAVA_INT, 0), values.getAtIndex(JAVA_INT, 1),
                        values.getAtIndex(JAVA_INT, 3)));
            } finally {
                close(handle);
            }
        } catch (Throwable e) {
            throw failure(e);
        }
    }

    /**
     * Decodes to a BGR image reduced in the DCT by the smallest of libjpeg's scales (n/8) that keeps the longer edge
     * at least {@code minEdge} px (never enlarged), so that only a last filtered step is left to the caller.
     *
     * @throws IllegalArgumentException when the data are corrupt, truncated or not decodable to RGB
     */
    BufferedImage decode(byte[] jpeg, Header header, int minEdge) {
        int eighths = eighths(Math.max(header.width(), header.height()), minEdge);
        int width = scaled(header.width(), eighths);
        int height = scaled(header.height(), eighths);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment handle = handle(initDecompress);
            try {
                MemorySegment source = arena.allocateFrom(JAVA_BYTE, jpeg);
                MemorySegment target = arena.allocate(pixels.length);
                int result = (int) decompress.invokeExact(handle, source, (long) jpeg.length, target, width,
                        width * 3, height, TJPF_BGR, TJFLAG_STOPONWARNING | TJFLAG_LIMITSCANS);
                if (result != 0) {
                    throw new IllegalArgumentException("JPEG not decoded: " + error(handle));
                }
                MemorySegment.copy(target, JAVA_BYTE, 0, pixels, 0, pixels.length);
                return image;
            } finally {
                close(handle);
            }
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Throwable e) {
            throw failure(e);
        }
    }

    /** A baseline 4:2:0 JPEG of a BGR image, with no metadata of any kind. */
    byte[] encode(BufferedImage image, int quality) {
        if (image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            throw new IllegalArgumentException("Only BGR images are encoded, not type " + image.getType());
        }
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment handle = handle(initCompress);
            try {
                long capacity = (long) bufSize.invokeExact(width, height, TJSAMP_420);
                MemorySegment source = arena.allocateFrom(JAVA_BYTE, pixels);
                MemorySegment target = arena.allocate(capacity);
                MemorySegment targetPointer = arena.allocate(ADDRESS);
                targetPointer.set(ADDRESS, 0, target);
                MemorySegment targetSize = arena.allocate(JAVA_LONG);
                targetSize.set(JAVA_LONG, 0, capacity);
                int result = (int) compress.invokeExact(handle, source, width, width * 3, height, TJPF_BGR,
                        targetPointer, targetSize, TJSAMP_420, quality, TJFLAG_NOREALLOC);
                if (result != 0) {
                    throw new IllegalStateException("JPEG not encoded: " + error(handle));
                }
                return target.asSlice(0, targetSize.get(JAVA_LONG, 0)).toArray(JAVA_BYTE);
            } finally {
                close(handle);
            }
        } catch (IllegalStateException e) {
            throw e;
        } catch (Throwable e) {
            throw failure(e);
        }
    }

    /** The number of eighths (1–8) to decode at: the fewest that keep {@code longer} at least {@code minEdge}. */
    static int eighths(int longer, int minEdge) {
        for (int n = 1; n < 8; n++) {
            if (scaled(longer, n) >= minEdge) {
                return n;
            }
        }
        return 8;
    }

    /** libjpeg's scaled size: the dimension times n/8, rounded up. */
    static int scaled(int dimension, int eighths) {
        return (dimension * eighths + 7) / 8;
    }

    private static MemorySegment handle(MethodHandle init) throws Throwable {
        MemorySegment handle = (MemorySegment) init.invokeExact();
        if (handle.equals(MemorySegment.NULL)) {
            throw new IllegalStateException("TurboJPEG could not start an instance");
        }
        return handle;
    }

    private void close(MemorySegment handle) throws Throwable {
        if ((int) destroy.invokeExact(handle) != 0) {
            log.warn("A TurboJPEG instance was not freed: {}", error(handle));
        }
    }

    private String error(MemorySegment handle) throws Throwable {
        MemorySegment text = (MemorySegment) errorText.invokeExact(handle);
        return text.equals(MemorySegment.NULL) ? "unknown error" : text.reinterpret(1024).getString(0);
    }

    private static RuntimeException failure(Throwable e) {
        return e instanceof RuntimeException runtime ? runtime : new IllegalStateException("TurboJPEG call failed", e);
    }
}
