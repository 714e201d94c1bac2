package org.resdom.io;

import java.nio.file.Path;
import java.util.Locale;
import java.io.StringReader;
import java.util.Objects;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.resdom.io.akn.AknResolutionReader;
import org.resdom.io.akn.AknResolutionWriter;
import org.resdom.io.json.JsonResolutionReader;
import org.resdom.io.json.JsonResolutionWriter;
import org.resdom.io.text.TextResolutionReader;
import org.resdom.io.text.TextResolutionWriter;
import org.resdom.io.xml.XmlResolutionReader;
import org.resdom.io.xml.XmlResolutionWriter;

/** The reader and writer of each format, with default settings, and format detection. */
public final class Formats {
    private Formats() {
    }

    /**
     * @param format a format
     * @return its reader, with default settings
     */
    public static ResolutionReader reader(Format format) {
        return switch (format) {
            case TEXT -> TextResolutionReader.create();
            case JSON -> JsonResolutionReader.create();
            case XML -> XmlResolutionReader.create();
            case AKN -> AknResolutionReader.create();
        };
    }

    /**
     * A reader that gives the nodes the positions asked for. JSON and resdom XML can carry the
     * spans of an earlier reading ({@link Positions#STORED}, their readers' default) or report where
     * each part stands in the file being read ({@link Positions#DOCUMENT}); text and Akoma Ntoso
     * readers always give positions in the file being read.
     *
     * @param format a format
     * @param positions which positions the nodes get
     * @return the reader, otherwise with default settings
     */
    public static ResolutionReader reader(Format format, Positions positions) {
        return switch (format) {
            case JSON -> JsonResolutionReader.builder().positions(positions).build();
            case XML -> XmlResolutionReader.builder().positions(positions).build();
            case TEXT, AKN -> reader(format);
        };
    }

    /**
     * @param format a format
     * @return its writer, with default settings
     */
    public static ResolutionWriter writer(Format format) {
        return switch (format) {
            case TEXT -> TextResolutionWriter.create();
            case JSON -> JsonResolutionWriter.create();
            case XML -> XmlResolutionWriter.create();
            case AKN -> AknResolutionWriter.create();
        };
    }

    /**
     * Detects a file's format from its name, then from its first characters: {@code .txt} is
     * text, {@code .json} JSON, {@code .akn.xml} Akoma Ntoso; an {@code .xml} file (or one with
     * another name) is Akoma Ntoso when its root element is {@code akomaNtoso}, resdom XML when
     * it is another element, JSON when it opens with a left curly bracket, and text otherwise.
     *
     * @param file the file's path (only its name is used)
     * @param head the file's text, or at least its start up to the root element
     * @return the format
     */
    public static Format detect(Path file, String head) {
        String name = Optional.ofNullable(file.getFileName()).map(Path::toString).orElse("")
                .toLowerCase(Locale.ROOT);
        if (name.endsWith(".akn.xml") || name.endsWith(".akn")) {
            return Format.AKN;
        }
        if (name.endsWith(".json")) {
            return Format.JSON;
        }
        if (name.endsWith(".txt")) {
            return Format.TEXT;
        }
        return detect(head);
    }

    /** The Akoma Ntoso 3.0 namespace. */
    private static final String AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    /** How many characters of an XML prolog {@link #detect(String)} reads at most, looking for the root. */
    private static final long MAX_PROLOG = 16L * 1024 * 1024;

    /**
     * Detects a format from the start of an input: JSON when it opens with a left curly bracket;
     * XML when it opens with {@code <}, then Akoma Ntoso when the root element is
     * {@code akomaNtoso} in the Akoma Ntoso 3.0 namespace (or in no namespace), resdom XML
     * otherwise; text when nothing else fits. The root is found by a streaming peek (no DTD, no
     * entity resolved) that stops at the root's start tag, so a prolog of any length (comments,
     * processing instructions) is skipped, and nothing in a comment counts.
     *
     * @param head the input, or at least its start up to the root element
     * @return the format; text when nothing else fits
     */
    public static Format detect(String head) {
        Objects.requireNonNull(head, "head must not be null");
        String h = head.stripLeading();
        if (h.startsWith("\uFEFF")) {
            h = h.substring(1).stripLeading();
        }
        if (h.startsWith("{")) {
            return Format.JSON;
        }
        if (h.startsWith("<")) {
            return isAkomaNtoso(h) ? Format.AKN : Format.XML;
        }
        return Format.TEXT;
    }

    private static boolean isAkomaNtoso(String xml) {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        XMLStreamReader r = null;
        try {
            r = f.createXMLStreamReader(new StringReader(xml.length() > MAX_PROLOG ? xml.substring(0, (int) MAX_PROLOG)
                    : xml));
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    String ns = r.getNamespaceURI();
                    return "akomaNtoso".equals(r.getLocalName()) && (ns == null || ns.isEmpty() || AKN_NS.equals(ns));
                }
            }
            return false;
        } catch (XMLStreamException | RuntimeException e) {
            // not well-formed before the root: the XML reader says why
            return false;
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing was held
                }
            }
        }
    }
}
