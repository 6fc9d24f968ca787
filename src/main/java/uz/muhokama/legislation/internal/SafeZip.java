package uz.muhokama.legislation.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import uz.muhokama.legislation.LegislationException;

/**
 * Unpacks an uploaded archive into a folder without trusting it: at most {@link #MAX_ENTRIES} entries and
 * {@link #MAX_TOTAL_BYTES} in all, every entry counted as it is inflated (the sizes in its headers may lie), and an
 * entry that inflates far beyond what it took in the archive stops the whole archive. Nothing is imported from an
 * archive that breaks a limit, so a bomb leaves nothing behind.
 */
public final class SafeZip {

    public static final int MAX_ENTRIES = 1_000;
    public static final long MAX_TOTAL_BYTES = 200L * 1024 * 1024;
    public static final long MAX_ENTRY_BYTES = 50L * 1024 * 1024;
    /** Legal texts compress well, about 10:1; a hundredfold and more is a bomb, not a document. */
    public static final int MAX_RATIO = 100;
    /** Small entries of repeated markup compress beyond the ratio legitimately; the ratio applies above this. */
    private static final long RATIO_SLACK = 1024 * 1024;
    private static final Set<String> ARCHIVES = Set.of(".zip", ".jar", ".rar", ".7z", ".tar", ".gz", ".tgz", ".bz2",
            ".xz");

    /**
     * One unpacked file, or one that was left out.
     *
     * @param name its name in the archive
     * @param file where it was unpacked, or {@code null} when it was skipped
     * @param skipReason the message key saying why it was skipped, or {@code null}
     */
    public record Entry(String name, Path file, String skipReason) {
    }

    private SafeZip() {
    }

    /** Whether the bytes start like a zip archive. */
    public static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    /**
     * Unpacks the archive into the folder.
     *
     * @throws LegislationException {@code legislation.bulk.tooManyEntries}, {@code legislation.bulk.tooLarge},
     *     {@code legislation.bulk.bomb} or {@code legislation.bulk.corrupt}
     */
    public static List<Entry> unpack(InputStream archive, Path folder) throws IOException {
        CountingStream raw = new CountingStream(archive);
        List<Entry> entries = new ArrayList<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (entries.size() >= MAX_ENTRIES) {
                    throw new LegislationException("legislation.bulk.tooManyEntries");
                }
                String name = baseName(entry.getName());
                if (name.isEmpty() || name.startsWith(".")) {
                    continue;
                }
                if (isArchive(name)) {
                    entries.add(new Entry(name, null, "legislation.bulk.nestedArchive"));
                    continue;
                }
                Path target = folder.resolve(String.format(Locale.ROOT, "%04d.bin", entries.size()));
                total += copy(zip, raw, target, MAX_TOTAL_BYTES - total);
                entries.add(new Entry(name, target, null));
            }
        } catch (ZipException e) {
            throw new LegislationException("legislation.bulk.corrupt");
        }
        return entries;
    }

    private static long copy(InputStream zip, CountingStream raw, Path target, long allowance) throws IOException {
        long rawAtStart = raw.count;
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = zip.read(buffer)) > 0) {
                written += n;
                if (written > allowance) {
                    throw new LegislationException("legislation.bulk.tooLarge");
                }
                if (written > MAX_ENTRY_BYTES
                        || written > RATIO_SLACK && written > (long) MAX_RATIO * (raw.count - rawAtStart + 1)) {
                    throw new LegislationException("legislation.bulk.bomb");
                }
                out.write(buffer, 0, n);
            }
        }
        return written;
    }

    static boolean isArchive(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return ARCHIVES.stream().anyMatch(lower::endsWith);
    }

    private static String baseName(String path) {
        String name = path.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1).strip();
    }

    /** Counts the compressed bytes the inflater has taken, which no header can misstate. */
    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
