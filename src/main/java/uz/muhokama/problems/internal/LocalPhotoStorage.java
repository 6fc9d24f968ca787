package uz.muhokama.problems.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Photos as files under a folder, two levels of sub-folders by the key's first characters. */
@Component
class LocalPhotoStorage implements PhotoStorage {

    private final Path root;

    LocalPhotoStorage(@Value("${muhokama.problems.photo-dir:${muhokama.files.dir:./data/files}-problem-photos}") String root) {
        this.root = Path.of(root).toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, byte[] content) {
        Path target = pathOf(key);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, content, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store photo " + key, e);
        }
    }

    @Override
    public InputStream open(String key) {
        try {
            return Files.newInputStream(pathOf(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read photo " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(pathOf(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete photo " + key, e);
        }
    }

    Path pathOf(String key) {
        if (!key.matches("[0-9a-f]{32}(-[mt])?")) {
            throw new IllegalArgumentException("Not a photo key: " + key);
        }
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key + ".jpg");
    }
}
