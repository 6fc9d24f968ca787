package uz.muhokama.problems.internal;

/**
 * A photo ready to serve, in three sizes of JPEG without metadata, upright: the image (at most 2048 px), the medium
 * size (at most 1024 px) and the thumbnail (at most 400 px); width and height are the image's.
 */
public record ProcessedPhoto(byte[] image, byte[] medium, byte[] thumbnail, int width, int height) {
}
