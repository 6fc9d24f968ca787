package uz.muhokama.problems;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Images for photo tests, made in memory: plain ones, one with EXIF GPS and orientation, and hostile ones. */
public final class TestImages {

    private TestImages() {
    }

    /** A JPEG of the given size: left half red, right half blue, so orientation can be checked. */
    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return encode(picture(width, height), "png");
    }

    /**
     * A JPEG carrying an EXIF block with an orientation and a GPS position, as a phone writes it.
     */
    public static byte[] jpegWithExif(int width, int height, int orientation, double lat, double lon) {
        byte[] plain = jpeg(width, height);
        byte[] app1 = exif(orientation, lat, lon);
        byte[] out = new byte[plain.length + app1.length];
        out[0] = plain[0];
        out[1] = plain[1];
        System.arraycopy(app1, 0, out, 2, app1.length);
        System.arraycopy(plain, 2, out, 2 + app1.length, plain.length - 2);
        return out;
    }

    /** A valid small PNG whose header claims 30,000 × 30,000 pixels. */
    public static byte[] pngBomb() {
        byte[] png = png(8, 8);
        ByteBuffer buffer = ByteBuffer.wrap(png);
        buffer.putInt(16, 30_000);
        buffer.putInt(20, 30_000);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        buffer.putInt(29, (int) crc.getValue());
        return png;
    }

    /** The first half of a JPEG. */
    public static byte[] truncatedJpeg() {
        byte[] jpeg = jpeg(600, 400);
        return Arrays.copyOf(jpeg, jpeg.length / 2);
    }

    /** Cut in the middle of its pixel data but closed with an end-of-image marker, as a careless tool would. */
    public static byte[] cutJpegWithEndMarker() {
        byte[] jpeg = jpeg(600, 400);
        byte[] cut = Arrays.copyOf(jpeg, jpeg.length / 2 + 2);
        cut[cut.length - 2] = (byte) 0xFF;
        cut[cut.length - 1] = (byte) 0xD9;
        return cut;
    }

    private static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An APP1 segment: big-endian TIFF with IFD0 (orientation, GPS pointer) and a GPS IFD (latitude, longitude). */
    private static byte[] exif(int orientation, double lat, double lon) {
        ByteBuffer tiff = ByteBuffer.allocate(256).order(ByteOrder.BIG_ENDIAN);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        // IFD0 at 8: two entries
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        int gpsIfd = 8 + 2 + 2 * 12 + 4;
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
        tiff.putInt(0);
        // GPS IFD: four entries, then the rationals
        int values = gpsIfd + 2 + 4 * 12 + 4;
        tiff.putShort((short) 4);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(values);
        tiff.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[] {'E', 0, 0, 0});
        tiff.putShort((short) 4).putShort((short) 5).putInt(3).putInt(values + 24);
        tiff.putInt(0);
        putDegrees(tiff, lat);
        putDegrees(tiff, lon);
        int tiffLength = tiff.position();
        ByteBuffer segment = ByteBuffer.allocate(4 + 6 + tiffLength).order(ByteOrder.BIG_ENDIAN);
        segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiffLength));
        segment.put(new byte[] {'E', 'x', 'i', 'f', 0, 0});
        segment.put(tiff.array(), 0, tiffLength);
        return segment.array();
    }

    private static void putDegrees(ByteBuffer tiff, double value) {
        int degrees = (int) value;
        double minutesFull = (value - degrees) * 60;
        int minutes = (int) minutesFull;
        int seconds = (int) Math.round((minutesFull - minutes) * 60 * 1000);
        tiff.putInt(degrees).putInt(1).putInt(minutes).putInt(1).putInt(seconds).putInt(1000);
    }
}
