package uz.muhokama.files.internal;

import static uz.muhokama_db.Tables.STORED_FILE;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import uz.muhokama.files.StoredFile;

/** The rows of stored files. */
@Repository
public class JooqStoredFileRepository {

    private final DSLContext dsl;

    JooqStoredFileRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public StoredFile insert(String sha256, String mediaType, long size, String name, Long uploadedBy, Instant at) {
        long id = dsl.insertInto(STORED_FILE)
                .set(STORED_FILE.SHA256, sha256)
                .set(STORED_FILE.MEDIA_TYPE, mediaType)
                .set(STORED_FILE.SIZE_BYTES, size)
                .set(STORED_FILE.ORIGINAL_NAME, name)
                .set(STORED_FILE.UPLOADED_BY, uploadedBy)
                .set(STORED_FILE.UPLOADED_AT, at.atOffset(java.time.ZoneOffset.UTC))
                .returning(STORED_FILE.ID)
                .fetchSingle(STORED_FILE.ID);
        return new StoredFile(id, sha256, mediaType, size, name, at);
    }

    public Optional<StoredFile> find(long id) {
        return dsl.select(STORED_FILE.ID, STORED_FILE.SHA256, STORED_FILE.MEDIA_TYPE, STORED_FILE.SIZE_BYTES,
                        STORED_FILE.ORIGINAL_NAME, STORED_FILE.UPLOADED_AT)
                .from(STORED_FILE)
                .where(STORED_FILE.ID.eq(id))
                .fetchOptional(Records.mapping((fileId, sha, type, size, name, at) ->
                        new StoredFile(fileId, sha, type, size, name, at.toInstant())));
    }

    public boolean isReferenced(String sha256) {
        return dsl.fetchExists(STORED_FILE, STORED_FILE.SHA256.eq(sha256));
    }
}
