package uz.muhokama.legislation.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The last few PDFs laid out, by what they show (edition, language of the labels, the facts line): laying out a code
 * of six hundred pages takes seconds, and an edition's text never changes once saved.
 */
@Component
class PdfCache {

    private static final int ENTRIES = 8;

    private final Map<String, byte[]> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > ENTRIES;
        }
    };

    byte[] get(String key, Supplier<byte[]> layout) {
        synchronized (recent) {
            byte[] known = recent.get(key);
            if (known != null) {
                return known;
            }
        }
        byte[] pdf = layout.get();
        synchronized (recent) {
            recent.put(key, pdf);
        }
        return pdf;
    }
}
