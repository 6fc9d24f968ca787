package uz.muhokama.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ToXMLContentHandler;
import org.apache.tika.sax.TeeContentHandler;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;
import uz.muhokama.files.ExtractedText;
import uz.muhokama.files.FileRejectedException;

/**
 * Apache Tika, used two ways: to detect a file's real type from its bytes (the name is deliberately not given to the
 * detector, so a renamed file cannot pass as another type), and to extract its text and structure.
 */
@Component
public class TikaInspector {

    /** Enough for the longest codes (the Labour Code is about 1.2 million characters in Russian). */
    static final int TEXT_LIMIT = 5_000_000;

    private final Detector detector;
    private final AutoDetectParser parser;

    TikaInspector() {
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.detector = config.getDetector();
        this.parser = new AutoDetectParser(config);
    }

    /** The media type of the file's content, without parameters ({@code text/html}, not {@code text/html; charset=…}). */
    public String detect(Path file) {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            MediaType type = detector.detect(in, new Metadata());
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** The text and XHTML of a file; a file Tika cannot read is rejected with {@code files.unreadable}. */
    public ExtractedText extract(InputStream content) {
        try (TikaInputStream in = TikaInputStream.get(content)) {
            Metadata metadata = new Metadata();
            ToXMLContentHandler xhtml = new ToXMLContentHandler();
            BodyContentHandler text = new BodyContentHandler(TEXT_LIMIT);
            boolean truncated = false;
            try {
                parser.parse(in, new TeeContentHandler(xhtml, text), metadata, new ParseContext());
            } catch (SAXException e) {
                if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                    throw new FileRejectedException("files.unreadable");
                }
                truncated = true;
            }
            String type = MediaType.parse(metadata.get(Metadata.CONTENT_TYPE)).getBaseType().toString();
            return new ExtractedText(type, text.toString(), xhtml.toString(), truncated);
        } catch (TikaException | IOException e) {
            throw new FileRejectedException("files.unreadable");
        }
    }
}
