package uz.muhokama.problems.internal;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes processed photos to the storage so that a transaction that rolls back leaves no file: the files are written
 * at once (so that the rows may name them) and deleted again when the surrounding transaction does not commit.
 */
@Component
public class TransactionalPhotoWriter {

    private static final Logger log = LoggerFactory.getLogger(TransactionalPhotoWriter.class);

    private final PhotoStorage storage;

    TransactionalPhotoWriter(PhotoStorage storage) {
        this.storage = storage;
    }

    /** The keys of one stored photo: the served image, its medium size and its thumbnail. */
    public record Keys(String image, String medium, String thumbnail) {
    }

    public Keys write(ProcessedPhoto photo) {
        String key = UUID.randomUUID().toString().replace("-", "");
        Keys keys = new Keys(key, key + "-m", key + "-t");
        put(keys.image(), photo.image());
        put(keys.medium(), photo.medium());
        put(keys.thumbnail(), photo.thumbnail());
        return keys;
    }

    private void put(String key, byte[] content) {
        storage.put(key, content);
        deleteUnlessCommitted(key);
    }

    private void deleteUnlessCommitted(String key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("Photos are written inside a transaction only");
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    try {
                        storage.delete(key);
                    } catch (RuntimeException e) {
                        log.warn("Could not delete photo {} of a rolled-back transaction", key, e);
                    }
                }
            }
        });
    }
}
