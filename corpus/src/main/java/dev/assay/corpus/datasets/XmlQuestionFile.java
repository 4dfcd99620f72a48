package dev.assay.corpus.datasets;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One question file of the SemEval-2013 / SAF XML family, read with StAX:
 * {@code <question id ..><questionText/><referenceAnswers><referenceAnswer ..>text</referenceAnswer>
 * </referenceAnswers><studentAnswers><studentAnswer ..>text or child elements</studentAnswer>
 * </studentAnswers></question>}. Only the structure is checked here; the readers check the fields.
 */
record XmlQuestionFile(Map<String, String> attributes, String questionText, List<Element> references,
                       List<Element> answers) {

    /**
     * A reference or student answer.
     *
     * @param attributes its XML attributes
     * @param text       its own text (child elements' text excluded), whitespace kept
     * @param children   text of each child element by tag name (SAF's response, score…)
     * @param line       1-based line of its start tag
     */
    record Element(Map<String, String> attributes, String text, Map<String, String> children, int line) {

        String attribute(String name) {
            return attributes.get(name);
        }
    }

    private static final XMLInputFactory FACTORY = newFactory();

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** Parses one file; {@code source} names it in messages (e.g. {@code x.zip!a/b.xml}). */
    static XmlQuestionFile parse(InputStream in, String source) throws DatasetFormatException {
        XMLStreamReader r = null;
        try {
            r = FACTORY.createXMLStreamReader(in);
            while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
                // skip the prolog
            }
            if (!r.isStartElement()) {
                throw new DatasetFormatException(source, "no root element <question>");
            }
            if (!r.getLocalName().equals("question")) {
                throw new DatasetFormatException(source, line(r),
                        "root element is <" + r.getLocalName() + ">, expected <question>");
            }
            Map<String, String> attributes = attributes(r);
            String questionText = null;
            List<Element> references = new ArrayList<>();
            List<Element> answers = new ArrayList<>();
            while (r.next() != XMLStreamConstants.END_ELEMENT) {
                if (!r.isStartElement()) {
                    continue;
                }
                switch (r.getLocalName()) {
                    case "questionText" -> questionText = r.getElementText();
                    case "referenceAnswers" -> readList(r, "referenceAnswer", references, source);
                    case "studentAnswers" -> readList(r, "studentAnswer", answers, source);
                    default -> skip(r);
                }
            }
            if (questionText == null) {
                throw new DatasetFormatException(source, "<question> has no <questionText>");
            }
            return new XmlQuestionFile(attributes, questionText, references, answers);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            throw new DatasetFormatException(source, line, "malformed XML: " + message(e), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // the stream itself is closed by the caller
                }
            }
        }
    }

    private static void readList(XMLStreamReader r, String itemTag, List<Element> out, String source)
            throws XMLStreamException, DatasetFormatException {
        String listTag = r.getLocalName();
        while (r.next() != XMLStreamConstants.END_ELEMENT) {
            if (!r.isStartElement()) {
                continue;
            }
            if (!r.getLocalName().equals(itemTag)) {
                throw new DatasetFormatException(source, line(r),
                        "unexpected <" + r.getLocalName() + "> in <" + listTag + ">, expected <" + itemTag + ">");
            }
            out.add(readElement(r));
        }
    }

    private static Element readElement(XMLStreamReader r) throws XMLStreamException {
        int line = line(r);
        Map<String, String> attributes = attributes(r);
        StringBuilder text = new StringBuilder();
        Map<String, String> children = new LinkedHashMap<>();
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(r.getText());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String tag = r.getLocalName();
                children.put(tag, r.getElementText());
            }
        }
        return new Element(attributes, children.isEmpty() ? text.toString() : text.toString().strip(),
                children, line);
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static Map<String, String> attributes(XMLStreamReader r) {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            a.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
        }
        return a;
    }

    private static int line(XMLStreamReader r) {
        return Math.max(0, r.getLocation().getLineNumber());
    }

    /** The parser's message without its "ParseError at [row,col]:" prefix (the line is given apart). */
    private static String message(XMLStreamException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int i = m.indexOf("Message: ");
        return i >= 0 ? m.substring(i + "Message: ".length()).strip() : m.strip();
    }
}
