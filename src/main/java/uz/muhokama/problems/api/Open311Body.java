package uz.muhokama.problems.api;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One Open311 answer, written as JSON (through Spring's converter, from maps and lists) or as the specification's
 * XML. Times are ISO 8601 with the Tashkent offset; a list field's XML items are named by {@link #ITEM_NAMES}.
 */
final class Open311Body {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final Map<String, String> ITEM_NAMES = Map.of("attributes", "attribute", "values", "value",
            "endpoints", "endpoint", "formats", "format");

    private Open311Body() {
    }

    /** A map that keeps the specification's field order. */
    static Map<String, Object> fields() {
        return new LinkedHashMap<>();
    }

    static String time(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME
                .format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(TASHKENT).toOffsetDateTime());
    }

    /** A list answer: {@code <root><item>…</item>…</root>}. */
    static String xmlList(String root, String item, List<Map<String, Object>> items) {
        return write(w -> {
            w.writeStartElement(root);
            for (Map<String, Object> fields : items) {
                element(w, item, fields);
            }
            w.writeEndElement();
        });
    }

    /** A single object answer: {@code <root>…</root>}. */
    static String xmlObject(String root, Map<String, Object> fields) {
        return write(w -> element(w, root, fields));
    }

    private interface Writing {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static String write(Writing writing) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("utf-8", "1.0");
            writing.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write Open311 XML", e);
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static void element(XMLStreamWriter w, String name, Map<String, Object> fields) throws XMLStreamException {
        w.writeStartElement(name);
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            Object value = field.getValue();
            if (value instanceof List<?> list) {
                w.writeStartElement(field.getKey());
                String item = ITEM_NAMES.getOrDefault(field.getKey(), "item");
                for (Object entry : list) {
                    if (entry instanceof Map<?, ?> map) {
                        element(w, item, (Map<String, Object>) map);
                    } else {
                        w.writeStartElement(item);
                        w.writeCharacters(String.valueOf(entry));
                        w.writeEndElement();
                    }
                }
                w.writeEndElement();
            } else if (value == null) {
                w.writeEmptyElement(field.getKey());
            } else {
                w.writeStartElement(field.getKey());
                w.writeCharacters(String.valueOf(value));
                w.writeEndElement();
            }
        }
        w.writeEndElement();
    }
}
