package uz.muhokama.legislation.internal;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import uz.muhokama.legislation.ActSummary;
import uz.muhokama.legislation.EditionText;
import uz.muhokama.legislation.ProvisionKind;
import uz.muhokama.legislation.ProvisionView;

/**
 * Writes an edition as Akoma Ntoso 3.0 XML: the FRBR work (the act, by its stable address) and expression (the
 * language and the date the edition is valid from), and the body as nested {@code part/section/chapter/article/
 * paragraph/point} elements carrying the same eIds as the permalinks. The XML writer escapes every text.
 */
public final class ActAkomaNtoso {

    public static final String NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    private ActAkomaNtoso() {
    }

    public static String write(ActSummary act, EditionText text, LocalDate generatedOn) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("akomaNtoso");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement("act");
            xml.writeAttribute("name", act.type().uriSegment());
            meta(xml, act, text, generatedOn);
            xml.writeStartElement("preface");
            xml.writeStartElement("p");
            xml.writeStartElement("docTitle");
            xml.writeCharacters(xmlSafe(act.title(text.edition().language())));
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            body(xml, text.provisions());
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void meta(XMLStreamWriter xml, ActSummary act, EditionText text, LocalDate generatedOn)
            throws XMLStreamException {
        String work = act.uri();
        String expression = work + "/" + text.edition().language() + "@" + text.edition().validFrom();
        xml.writeStartElement("meta");
        xml.writeStartElement("identification");
        xml.writeAttribute("source", "#muhokama");
        xml.writeStartElement("FRBRWork");
        empty(xml, "FRBRthis", "value", work + "/!main");
        empty(xml, "FRBRuri", "value", work);
        date(xml, act.adoptedOn(), "adoption");
        empty(xml, "FRBRauthor", "href", "#issuer");
        empty(xml, "FRBRcountry", "value", "uz");
        empty(xml, "FRBRnumber", "value", act.number());
        xml.writeEndElement();
        xml.writeStartElement("FRBRExpression");
        empty(xml, "FRBRthis", "value", expression + "/!main");
        empty(xml, "FRBRuri", "value", expression);
        date(xml, text.edition().validFrom(), "validFrom");
        empty(xml, "FRBRauthor", "href", "#issuer");
        empty(xml, "FRBRlanguage", "language", text.edition().language());
        xml.writeEndElement();
        xml.writeStartElement("FRBRManifestation");
        empty(xml, "FRBRthis", "value", expression + "/!main.xml");
        empty(xml, "FRBRuri", "value", expression + ".akn");
        date(xml, generatedOn, "generation");
        empty(xml, "FRBRauthor", "href", "#muhokama");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void body(XMLStreamWriter xml, List<ProvisionView> provisions) throws XMLStreamException {
        xml.writeStartElement("body");
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < provisions.size(); i++) {
            ProvisionView p = provisions.get(i);
            while (!open.isEmpty() && open.peek() >= p.depth()) {
                xml.writeEndElement();
                open.pop();
            }
            xml.writeStartElement(element(p.kind()));
            xml.writeAttribute("eId", p.eId());
            open.push(p.depth());
            if (!p.number().isBlank()) {
                text(xml, "num", p.number());
            }
            if (!p.heading().isBlank()) {
                text(xml, "heading", p.heading());
            }
            if (!p.text().isBlank()) {
                boolean hasChildren = i + 1 < provisions.size() && provisions.get(i + 1).depth() > p.depth();
                xml.writeStartElement(hasChildren ? "intro" : "content");
                text(xml, "p", p.text());
                xml.writeEndElement();
            }
        }
        while (!open.isEmpty()) {
            xml.writeEndElement();
            open.pop();
        }
        xml.writeEndElement();
    }

    /** Control characters that a Word export may carry cannot appear in XML 1.0 at all, not even escaped. */
    static String xmlSafe(String text) {
        return text == null ? "" : text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }

    private static String element(ProvisionKind kind) {
        return switch (kind) {
            case PART -> "part";
            case SECTION -> "section";
            case CHAPTER -> "chapter";
            case SUBCHAPTER -> "subchapter";
            case ARTICLE -> "article";
            case PARAGRAPH -> "paragraph";
            case POINT -> "point";
        };
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(xmlSafe(value));
        xml.writeEndElement();
    }

    private static void empty(XMLStreamWriter xml, String element, String attribute, String value)
            throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute(attribute, xmlSafe(value));
    }

    private static void date(XMLStreamWriter xml, LocalDate date, String name) throws XMLStreamException {
        xml.writeEmptyElement("FRBRdate");
        xml.writeAttribute("date", date.toString());
        xml.writeAttribute("name", name);
    }
}
