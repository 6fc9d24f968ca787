package uz.muhokama.problems;

/** A photo as uploaded, before any check; the name is only for messages, the type is read from the bytes. */
public record PhotoUpload(String fileName, byte[] content) {
}
