package uz.muhokama.problems.internal;

/** A photo ready to serve: JPEG without metadata, upright, at most 2048 px, and its thumbnail. */
public record ProcessedPhoto(byte[] image, byte[] thumbnail, int width, int height) {
}
