package uz.muhokama.files;

import java.time.Instant;

/**
 * An accepted upload.
 *
 * @param id the row's id, to refer to the file from other modules
 * @param sha256 the content's hash, hex; equal content is stored once
 * @param mediaType the type Tika detected from the content
 * @param sizeBytes the size
 * @param originalName the name it was uploaded under, made safe for a download header
 * @param uploadedAt when
 */
public record StoredFile(long id, String sha256, String mediaType, long sizeBytes, String originalName,
                         Instant uploadedAt) {
}
