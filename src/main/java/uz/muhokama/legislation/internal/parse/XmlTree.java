package uz.muhokama.legislation.internal.parse;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import uz.muhokama.legislation.LegislationException;

/**
 * A small in-memory tree of an XML document, read with the JDK's StAX parser hardened against hostile input: a
 * document type declaration is refused outright (so neither external entities nor entity expansion such as
 * "billion laughs" can happen), external entities and DTDs are switched off besides, and nesting is bounded so that the
 * recursive readers of the tree cannot overflow the stack.
 */
final class XmlTree {

    static final int MAX_DEPTH = 64;

    /** One element: its namespace and local name, attributes by local name, and children (elements or text). */
    record Element(String namespace, String name, Map<String, String> attributes, List<Object> children) {

        Optional<String> attribute(String localName) {
            return Optional.ofNullable(attributes.get(localName)).map(String::strip).filter(v -> !v.isEmpty());
        }

        List<Element> elements() {
            return children.stream().filter(Element.class::isInstance).map(Element.class::cast).toList();
        }

        Optional<Element> child(String localName) {
            return elements().stream().filter(e -> e.name.equals(localName)).findFirst();
        }

        /** The first element of that name at any depth below this one, document order. */
        Optional<Element> descendant(String localName) {
            for (Element e : elements()) {
                if (e.name.equals(localName)) {
                    return Optional.of(e);
                }
                Optional<Element> below = e.descendant(localName);
                if (below.isPresent()) {
                    return below;
                }
            }
            return Optional.empty();
        }

        /** All text below this element, leaving out the subtrees the filter rejects. */
        String text(Predicate<Element> include) {
            StringBuilder out = new StringBuilder();
            appendText(out, include);
            return out.toString();
        }

        private void appendText(StringBuilder out, Predicate<Element> include) {
            for (Object child : children) {
                if (child instanceof String s) {
                    out.append(s);
                } else if (child instanceof Element e && include.test(e)) {
                    e.appendText(out, include);
                }
            }
        }
    }

    private XmlTree() {
    }

    /**
     * Reads the document.
     *
     * @throws LegislationException {@code legislation.akn.doctype} for a document type declaration,
     *     {@code legislation.akn.malformed} for XML that is not well-formed or nests too deeply
     */
    static Element read(InputStream in) {
        XMLStreamReader xml = null;
        try {
            xml = factory().createXMLStreamReader(in);
            Deque<Element> open = new ArrayDeque<>();
            Element root = null;
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE,
                         XMLStreamConstants.ENTITY_DECLARATION ->
                            throw new LegislationException("legislation.akn.doctype");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (open.size() >= MAX_DEPTH) {
                            throw new LegislationException("legislation.akn.malformed");
                        }
                        Element element = new Element(xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI(),
                                xml.getLocalName(), attributes(xml), new ArrayList<>());
                        if (open.isEmpty()) {
                            root = element;
                        } else {
                            open.peek().children().add(element);
                        }
                        open.push(element);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.peek().children().add(xml.getText());
                        }
                    }
                    default -> {
                    }
                }
            }
            if (root == null) {
                throw new LegislationException("legislation.akn.malformed");
            }
            return root;
        } catch (XMLStreamException e) {
            throw new LegislationException("legislation.akn.malformed");
        } finally {
            close(xml);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private static Map<String, String> attributes(XMLStreamReader xml) {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            attributes.putIfAbsent(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        return attributes;
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // Closing a reader that already failed tells nothing new; the caller has its answer.
            }
        }
    }
}
