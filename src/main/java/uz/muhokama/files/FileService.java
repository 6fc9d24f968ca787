package uz.muhokama.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uz.muhokama.files.internal.ContentStore;
import uz.muhokama.files.internal.JooqStoredFileRepository;
import uz.muhokama.files.internal.TikaInspector;

/**
 * Accepts, keeps and reads uploaded files. An upload is copied to a staging file (refused once it passes the kind's
 * size limit), its real type is detected from its bytes by Tika and checked against the kind, and only then is it
 * stored. A refused upload leaves nothing behind; so does an upload whose transaction rolls back.
 */
@Service
public class FileService {

    private final ContentStore store;
    private final TikaInspector tika;
    private final JooqStoredFileRepository files;
    private final Clock clock;

    FileService(ContentStore store, TikaInspector tika, JooqStoredFileRepository files) {
        this.store = store;
        this.tika = tika;
        this.files = files;
        this.clock = Clock.systemUTC();
    }

    /**
     * Checks and stores an upload. Callers authorise the upload itself (who may attach what); this method only
     * judges the file.
     *
     * @throws FileRejectedException {@code files.empty}, {@code files.tooLarge} or {@code files.typeNotAllowed}
     */
    @Transactional
    public StoredFile store(InputStream content, String originalName, FileKind kind, Long uploadedBy) {
        Path staged = store.newStagingFile();
        try {
            String sha256 = copyLimited(content, staged, kind.maxBytes());
            long size = Files.size(staged);
            if (size == 0) {
                throw new FileRejectedException("files.empty");
            }
            String mediaType = tika.detect(staged);
            if (!kind.accepts(mediaType)) {
                throw new FileRejectedException("files.typeNotAllowed", mediaType);
            }
            boolean written = store.put(staged, sha256);
            if (written) {
                deleteBlobIfRolledBack(sha256);
            }
            return files.insert(sha256, mediaType, size, safeName(originalName), uploadedBy,
                    clock.instant().truncatedTo(ChronoUnit.MICROS));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stage an upload", e);
        } finally {
            deleteQuietly(staged);
        }
    }

    @Transactional(readOnly = true)
    public Optional<StoredFile> find(long id) {
        return files.find(id);
    }

    /** The file's bytes; the caller closes the stream. */
    @Transactional(readOnly = true)
    public InputStream open(StoredFile file) {
        return store.open(file.sha256());
    }

    /** The text and structure of a stored file, read by Tika. */
    @Transactional(readOnly = true)
    public ExtractedText extractText(StoredFile file) {
        try (InputStream in = store.open(file.sha256())) {
            return tika.extract(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read stored file " + file.id(), e);
        }
    }

    /** The text and structure of an upload that is not to be kept (a preview before saving). */
    public ExtractedText extractText(InputStream content) {
        return tika.extract(content);
    }

    private static String copyLimited(InputStream content, Path target, long maxBytes) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(content, digest); OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw new FileRejectedException("files.tooLarge", maxBytes / (1024 * 1024));
                }
                out.write(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private void deleteBlobIfRolledBack(String sha256) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    store.delete(sha256);
                }
            }
        });
    }

    /** The last path segment, without control characters, at most 255 characters; never empty. */
    static String safeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            return "file";
        }
        return base.length() > 255 ? base.substring(base.length() - 255) : base;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover staging file is harmless; the staging folder may be emptied at any time
        }
    }
}
