package uz.muhokama.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Content-addressed storage on disk: a blob's path is derived from its SHA-256, so equal content is kept once and a
 * blob never changes. Uploads land in a staging folder first and are moved in atomically.
 */
@Component
public class ContentStore {

    private final Path root;

    ContentStore(@Value("${muhokama.files.dir:./data/files}") String root) {
        this.root = Path.of(root).toAbsolutePath().normalize();
    }

    /** A fresh file in the staging folder, on the same file system as the store so that the move is atomic. */
    public Path newStagingFile() {
        try {
            Path staging = Files.createDirectories(root.resolve("staging"));
            return Files.createTempFile(staging, "upload-", ".bin");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a staging file", e);
        }
    }

    /** Moves a staged file into the store under its hash; returns whether a new blob was written. */
    public boolean put(Path staged, String sha256) {
        Path target = pathOf(sha256);
        try {
            if (Files.exists(target)) {
                Files.deleteIfExists(staged);
                return false;
            }
            Files.createDirectories(target.getParent());
            try {
                Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store blob " + sha256, e);
        }
    }

    public InputStream open(String sha256) {
        try {
            return Files.newInputStream(pathOf(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read blob " + sha256, e);
        }
    }

    public boolean exists(String sha256) {
        return Files.exists(pathOf(sha256));
    }

    public void delete(String sha256) {
        try {
            Files.deleteIfExists(pathOf(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete blob " + sha256, e);
        }
    }

    private Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }
}
