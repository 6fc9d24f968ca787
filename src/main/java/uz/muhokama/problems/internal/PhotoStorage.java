package uz.muhokama.problems.internal;

import java.io.InputStream;

/**
 * Where processed photos are kept, by key. Local files by default; an S3-compatible store would implement the same
 * three operations. Keys are random, so a key is written once and never overwritten.
 */
public interface PhotoStorage {

    void put(String key, byte[] content);

    /** The photo's bytes; the caller closes the stream. */
    InputStream open(String key);

    void delete(String key);
}
