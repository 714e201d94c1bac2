package org.resdom.io.xml.bind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import javax.xml.namespace.NamespaceContext;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The {@link XMLStreamWriter} the marshaller writes through, so that resdom controls every
 * character written: the one namespace is the default namespace of the root; CR is written
 * {@code &#13;} in text, TAB, LF and CR as character references in attributes (so that neither
 * line-end nor attribute-value normalization alters them); {@code >} is always escaped. When
 * pretty, only element-only content is indented: whitespace never enters mixed content.
 */
public final class XmlOutput implements XMLStreamWriter {
    /** Elements whose content is mixed (text is significant): never indented inside. */
    private static final Set<String> MIXED = Set.of(
            "formula",
            "content",
            "wrapUp",
            "footnote",
            "ins",
            "del",
            "bracket",
            "heading",
            "title",
            "phrase",
            "entry",
            "unrecognized",
            "unknown",
            "instrumentCitation",
            "unResolutionCitation",
            "provisionCitation",
            "annexCitation",
            "otherCitation");

    private final Writer out;
    private final boolean pretty;
    private final Deque<Open> stack = new ArrayDeque<>();
    private boolean tagOpen;

    private static final class Open {
        final String name;
        final boolean mixed;
        boolean hasChildren;

        Open(String name, boolean mixed) {
            this.name = name;
            this.mixed = mixed;
        }
    }

    /**
     * @param out where to write
     * @param pretty whether to indent element-only content
     */
    public XmlOutput(Writer out, boolean pretty) {
        this.out = out;
        this.pretty = pretty;
    }

    private void w(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeTag() {
        if (tagOpen) {
            w(">");
            tagOpen = false;
        }
    }

    private boolean insideMixed() {
        for (Open o : stack) {
            if (o.mixed) {
                return true;
            }
        }
        return false;
    }

    private void indent(int depth) {
        StringBuilder sb = new StringBuilder("\n");
        for (int i = 0; i < depth; i++) {
            sb.append("  ");
        }
        w(sb.toString());
    }

    @Override
    public void writeStartElement(String localName) {
        closeTag();
        Open parent = stack.peek();
        boolean mixedHere = insideMixed();
        if (parent != null) {
            parent.hasChildren = true;
            if (pretty && !mixedHere) {
                indent(stack.size());
            }
        }
        w("<" + localName);
        if (parent == null) {
            w(" xmlns=\"" + XmlNames.NS + "\"");
        }
        stack.push(new Open(localName, mixedHere || MIXED.contains(localName)));
        tagOpen = true;
    }

    @Override
    public void writeStartElement(String namespaceURI, String localName) {
        writeStartElement(localName);
    }

    @Override
    public void writeStartElement(String prefix, String localName, String namespaceURI) {
        writeStartElement(localName);
    }

    @Override
    public void writeEmptyElement(String namespaceURI, String localName) {
        writeStartElement(localName);
        writeEndElement();
    }

    @Override
    public void writeEmptyElement(String prefix, String localName, String namespaceURI) {
        writeEmptyElement(namespaceURI, localName);
    }

    @Override
    public void writeEmptyElement(String localName) {
        writeEmptyElement(null, localName);
    }

    @Override
    public void writeEndElement() {
        Open o = stack.pop();
        if (tagOpen) {
            w("/>");
            tagOpen = false;
            return;
        }
        if (pretty && o.hasChildren && !o.mixed) {
            indent(stack.size());
        }
        w("</" + o.name + ">");
    }

    @Override
    public void writeEndDocument() {
        while (!stack.isEmpty()) {
            writeEndElement();
        }
        w("\n");
    }

    @Override
    public void close() {}

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void writeAttribute(String localName, String value) {
        StringBuilder sb = new StringBuilder(value.length() + localName.length() + 4);
        sb.append(' ').append(localName).append("=\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\t' -> sb.append("&#9;");
                case '\n' -> sb.append("&#10;");
                case '\r' -> sb.append("&#13;");
                default -> sb.append(c);
            }
        }
        w(sb.append('"').toString());
    }

    @Override
    public void writeAttribute(String prefix, String namespaceURI, String localName, String value) {
        writeAttribute(localName, value);
    }

    @Override
    public void writeAttribute(String namespaceURI, String localName, String value) {
        writeAttribute(localName, value);
    }

    @Override
    public void writeNamespace(String prefix, String namespaceURI) {
        // The only namespace is declared as the default one on the root.
    }

    @Override
    public void writeDefaultNamespace(String namespaceURI) {
        // Declared on the root.
    }

    @Override
    public void writeComment(String data) {
        closeTag();
        w("<!--" + data + "-->");
    }

    @Override
    public void writeProcessingInstruction(String target) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void writeProcessingInstruction(String target, String data) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void writeCData(String data) {
        writeCharacters(data);
    }

    @Override
    public void writeDTD(String dtd) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void writeEntityRef(String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void writeStartDocument() {
        w("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    @Override
    public void writeStartDocument(String version) {
        writeStartDocument();
    }

    @Override
    public void writeStartDocument(String encoding, String version) {
        writeStartDocument();
    }

    @Override
    public void writeCharacters(String text) {
        writeCharacters(text.toCharArray(), 0, text.length());
    }

    @Override
    public void writeCharacters(char[] text, int start, int len) {
        if (len == 0) {
            return;
        }
        closeTag();
        StringBuilder sb = new StringBuilder(len + 16);
        for (int i = start; i < start + len; i++) {
            char c = text[i];
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '\r' -> sb.append("&#13;");
                default -> sb.append(c);
            }
        }
        w(sb.toString());
    }

    @Override
    public String getPrefix(String uri) {
        return XmlNames.NS.equals(uri) ? "" : null;
    }

    @Override
    public void setPrefix(String prefix, String uri) {}

    @Override
    public void setDefaultNamespace(String uri) {}

    @Override
    public void setNamespaceContext(NamespaceContext context) throws XMLStreamException {}

    @Override
    public NamespaceContext getNamespaceContext() {
        return null;
    }

    @Override
    public Object getProperty(String name) {
        throw new IllegalArgumentException(name);
    }
}
