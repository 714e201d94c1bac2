package org.resdom.io.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A pull parser for XML 1.0 in UTF-8 held in a byte array, giving the events the JDK's StAX
 * parser gives when it is namespace-aware, coalescing and without DTD support: the same kinds
 * (text and CDATA sections as one {@code CHARACTERS} event, comments, processing instructions;
 * white space outside the root element not reported), names, namespaces, attribute values
 * (normalised as the XML specification says for attributes without a declared type), text, and
 * the same line and column after each event. Markup is scanned as bytes; text and attribute
 * values are decoded only when asked for.
 *
 * <p>Secure by construction: it knows the five predefined entities and character references
 * only, never reads anything external, and does not take a document type declaration at all.
 * Names longer than {@link XmlNameLimit#MAX} characters and elements with more than
 * {@value #MAX_ATTRIBUTES} attributes are refused, as the JDK's parser refuses them.
 *
 * <p>It takes only what it reads exactly like the JDK's parser. Everything else makes
 * {@link #next()} throw an {@link XMLStreamException} with the line and column, and
 * {@link #supported()} tells whether that is a well-formedness error of the document or only
 * something this parser leaves to the JDK's (a DOCTYPE, a name with characters outside ASCII, an
 * XML declaration other than version 1.0 in UTF-8, a CR without LF before a location asked for, after which
 * the JDK's parser counts columns its own way): a caller can then read the input again with
 * StAX and lose nothing. {@link #open(byte[], int)} gives no parser at all for a byte order mark
 * or a declared encoding other than UTF-8. Bytes that are not well-formed UTF-8 are left to the
 * JDK's path too, when the parser reaches them.
 */
public final class Utf8XmlReader implements XMLStreamReader {

    /** The most attributes on one element, namespace declarations included (the JDK parser's default limit). */
    public static final int MAX_ATTRIBUTES = 10_000;

    private static final String XML_NS = XMLConstants.XML_NS_URI;
    private static final String XMLNS_NS = XMLConstants.XMLNS_ATTRIBUTE_NS_URI;

    /** ASCII name characters: 1 may start a name, 2 may continue one. */
    private static final byte[] NAME = new byte[128];

    static {
        for (int c = 'a'; c <= 'z'; c++) {
            NAME[c] = 1;
            NAME[c - 32] = 1;
        }
        NAME['_'] = 1;
        for (int c = '0'; c <= '9'; c++) {
            NAME[c] = 2;
        }
        NAME['-'] = 2;
        NAME['.'] = 2;
    }

    private final byte[] b;
    private final int len;
    private int pos;
    private int event = START_DOCUMENT;
    /** Where the location of the current event stands (a byte index), -1 at the end of the document. */
    private int at;

    private boolean rootSeen;
    private boolean rootClosed;
    private boolean unsupported;
    /** A CR without LF was met in working out a location: the JDK's parser gives other columns after it. */
    private boolean loneCr;

    // open elements
    private int depth;
    private int[] qStart = new int[16];
    private int[] qEnd = new int[16];
    private String[] ePrefix = new String[16];
    private String[] eLocal = new String[16];
    private String[] eNs = new String[16];
    /** For each open element, the size of the namespace binding stack before its declarations. */
    private int[] nsMark = new int[16];

    // namespace bindings in scope ("" is the default namespace)
    private String[] bPrefix = new String[16];
    private String[] bUri = new String[16];
    private int bindings;
    /** The declarations of the current start or end element: bindings [declFrom, declTo). */
    private int declFrom;

    private int declTo;
    /** An end element whose bindings are still to be dropped at the next event. */
    private boolean popPending;
    /** The current start element was written {@code <a/>}: its end element comes next. */
    private boolean emptyPending;

    // the current element's name
    private String prefix;
    private String local;
    private String ns;

    // the current start element's attributes
    private int attrs;
    private String[] aPrefix = new String[8];
    private String[] aLocal = new String[8];
    private String[] aNs = new String[8];
    private int[] aStart = new int[8];
    private int[] aEnd = new int[8];
    private boolean[] aPlain = new boolean[8];
    private String[] aValue = new String[8];
    private int[] aQStart = new int[8];
    private int[] aQEnd = new int[8];

    // the current text, comment or processing instruction: bytes [tStart, tEnd); plain: decodes as it stands
    private int tStart;
    private int tEnd;
    private boolean tPlain;
    private String text;
    private String piTarget;
    private char[] cbuf = new char[256];
    /** Where text is decoded. */
    private char[] dbuf = new char[256];

    private int clen;

    // where the location was last worked out
    private int scanPos;
    private int scanLine = 1;
    private int scanCol = 1;
    private int scanOffset;
    private boolean scanCr;

    private final String[] names = new String[512];
    private final boolean standalone;
    private final boolean standaloneSet;
    private final String declaredEncoding;
    private final boolean declared;

    private Utf8XmlReader(byte[] b, int len, int start, String encoding, int standalone) {
        this.b = b;
        this.len = len;
        this.pos = start;
        this.at = start;
        this.declaredEncoding = encoding;
        this.declared = start > 0;
        this.standaloneSet = standalone >= 0;
        this.standalone = standalone == 1;
    }

    /**
     * A parser over UTF-8 bytes, positioned at the start of the document, after the XML
     * declaration.
     *
     * @param bytes the document in UTF-8
     * @param length how many of the bytes hold it
     * @return the parser, or null when the document opens with a byte order mark or an XML
     *     declaration this parser does not take (another version than 1.0, another encoding than
     *     UTF-8, anything unusual): read it with the JDK's parser
     */
    public static Utf8XmlReader open(byte[] bytes, int length) {
        Objects.checkFromIndexSize(0, length, bytes.length);
        if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return null;
        }
        if (!startsWith(bytes, length, 0, "<?xml") || length < 6 || !space(bytes[5])) {
            return new Utf8XmlReader(bytes, length, 0, null, -1);
        }
        // <?xml S version Eq 1.0 (S encoding Eq UTF-8)? (S standalone Eq yes|no)? S? ?>, values quoted
        int p = 5;
        String[] names = {"version", "encoding", "standalone"};
        String[] values = new String[3];
        int next = 0;
        while (true) {
            int s = p;
            while (p < length && space(bytes[p])) {
                p++;
            }
            if (startsWith(bytes, length, p, "?>")) {
                p += 2;
                break;
            }
            if (p == s) {
                return null;
            }
            int k = next;
            while (k < 3 && !startsWith(bytes, length, p, names[k])) {
                k++;
            }
            if (k == 3) {
                return null;
            }
            p += names[k].length();
            while (p < length && space(bytes[p])) {
                p++;
            }
            if (p >= length || bytes[p] != '=') {
                return null;
            }
            p++;
            while (p < length && space(bytes[p])) {
                p++;
            }
            if (p >= length || bytes[p] != '"' && bytes[p] != '\'') {
                return null;
            }
            byte q = bytes[p];
            int v = ++p;
            while (p < length && bytes[p] != q && bytes[p] > ' ' && bytes[p] < 0x7F) {
                p++;
            }
            if (p >= length || bytes[p] != q) {
                return null;
            }
            values[k] = new String(bytes, v, p - v, StandardCharsets.ISO_8859_1);
            p++;
            next = k + 1;
        }
        if (!"1.0".equals(values[0])
                || values[1] != null && !values[1].equalsIgnoreCase(StandardCharsets.UTF_8.name())
                || values[2] != null && !values[2].equals("yes") && !values[2].equals("no")) {
            return null;
        }
        return new Utf8XmlReader(bytes, length, p, values[1], values[2] == null ? -1 : values[2].equals("yes") ? 1 : 0);
    }

    /**
     * @return whether what the parser threw (if anything) is a well-formedness error of the
     *     document, not something it leaves to the JDK's parser
     */
    public boolean supported() {
        return !unsupported && !loneCr;
    }

    /**
     * @return the index of the first byte not read yet: every byte before it has been checked
     *     (UTF-8 and XML characters)
     */
    public int position() {
        return pos;
    }

    // ---------------------------------------------------------------- events

    @Override
    public int next() throws XMLStreamException {
        if (event == END_DOCUMENT) {
            throw new NoSuchElementException("the end of the document was reached");
        }
        if (loneCr) {
            throw unsupported(pos, "a CR without LF: the JDK's parser counts the columns after it its own way");
        }
        text = null;
        piTarget = null;
        attrs = 0;
        if (popPending) {
            popPending = false;
            bindings = nsMark[depth];
        }
        if (emptyPending) {
            emptyPending = false;
            endElement();
            return event = END_ELEMENT;
        }
        while (true) {
            if (pos >= len) {
                if (depth > 0) {
                    throw error(pos, "XML document structures must start and end within the same entity.");
                }
                if (!rootSeen) {
                    throw error(pos, "Premature end of file.");
                }
                at = -1;
                return event = END_DOCUMENT;
            }
            byte c = b[pos];
            if (c == '<') {
                byte d = pos + 1 < len ? b[pos + 1] : 0;
                if (d == '/') {
                    endTag();
                    return event = END_ELEMENT;
                }
                if (d == '?') {
                    pi();
                    return event = PROCESSING_INSTRUCTION;
                }
                if (d == '!') {
                    if (startsWith(b, len, pos, "<!--")) {
                        comment();
                        return event = COMMENT;
                    }
                    if (depth > 0 && startsWith(b, len, pos, "<![CDATA[")) {
                        text();
                        return event = CHARACTERS;
                    }
                    if (!rootSeen && startsWith(b, len, pos, "<!DOCTYPE")) {
                        throw unsupported(pos, "a DOCTYPE is left to the JDK's parser");
                    }
                    throw error(pos + 2, "Markup not recognized.");
                }
                if (rootClosed) {
                    throw error(pos + 1, "The markup in the document following the root element must be well-formed.");
                }
                startTag();
                return event = START_ELEMENT;
            }
            if (depth > 0) {
                text();
                return event = CHARACTERS;
            }
            if (!space(c)) {
                throw error(
                        pos,
                        rootSeen ? "Content is not allowed in trailing section." : "Content is not allowed in prolog.");
            }
            pos++;
        }
    }

    private void startTag() throws XMLStreamException {
        int p = pos + 1;
        int q0 = p;
        int q1 = name(p, true);
        int colon = colon(q0, q1);
        p = q1;
        int mark = bindings;
        attrs = 0;
        int specs = 0;
        while (true) {
            int s = p;
            while (p < len && space(b[p])) {
                p++;
            }
            if (p >= len) {
                throw error(p, "XML document structures must start and end within the same entity.");
            }
            if (b[p] == '>' || b[p] == '/') {
                break;
            }
            if (p == s) {
                throw error(
                        p,
                        "Element type \"" + ascii(q0, q1) + "\" must be followed by either attribute"
                                + " specifications, \">\" or \"/>\".");
            }
            if (++specs > MAX_ATTRIBUTES) {
                throw unsupported(p, "more than " + MAX_ATTRIBUTES + " attributes");
            }
            int n0 = p;
            int n1 = name(p, true);
            int acolon = colon(n0, n1);
            p = n1;
            while (p < len && space(b[p])) {
                p++;
            }
            if (p >= len || b[p] != '=') {
                throw error(
                        p,
                        "Attribute name \"" + ascii(n0, n1) + "\" associated with an element type \"" + ascii(q0, q1)
                                + "\" must be followed by the ' = ' character.");
            }
            p++;
            while (p < len && space(b[p])) {
                p++;
            }
            if (p >= len || b[p] != '"' && b[p] != '\'') {
                throw error(
                        p,
                        "Open quote is expected for attribute \"" + ascii(n0, n1)
                                + "\" associated with an  element type  \"" + ascii(q0, q1) + "\".");
            }
            byte quote = b[p];
            int v0 = ++p;
            boolean plain = true;
            long quotes = ONES * quote;
            while (true) {
                if (p + 8 <= len && plainValue((long) LONGS.get(b, p), quotes)) {
                    p += 8;
                    continue;
                }
                if (p >= len) {
                    throw error(p, "XML document structures must start and end within the same entity.");
                }
                int x = b[p];
                if (x == quote) {
                    break;
                }
                if (x >= 0) {
                    if (x < 0x20) {
                        if (x != '\t' && x != '\n' && x != '\r') {
                            throw invalidChar(p, x, "attribute value");
                        }
                        plain = false;
                    } else if (x == '<') {
                        throw error(
                                p,
                                "The value of attribute \"" + ascii(n0, n1) + "\" associated with an element"
                                        + " type \"" + ascii(q0, q1) + "\" must not contain the '<' character.");
                    } else if (x == '&') {
                        p = reference(p, null);
                        plain = false;
                        continue;
                    }
                    p++;
                } else {
                    p = multibyte(p, "attribute value");
                }
            }
            int v1 = p++;
            boolean xmlns = false;
            if (acolon < 0 ? is(n0, n1, "xmlns") : is(n0, acolon, "xmlns")) {
                String declared = acolon < 0 ? "" : name(acolon + 1, n1);
                String uri = value(v0, v1, plain);
                if (declared.equals("xml") || declared.equals("xmlns") || uri.equals(XML_NS) || uri.equals(XMLNS_NS)) {
                    throw unsupported(n0, "a declaration of the xml or xmlns namespace");
                }
                if (!declared.isEmpty() && uri.isEmpty()) {
                    throw error(v1 + 1, "a namespace prefix bound to the empty name");
                }
                for (int i = mark; i < bindings; i++) {
                    if (bPrefix[i].equals(declared)) {
                        throw error(
                                v1 + 1,
                                "Attribute \"" + ascii(n0, n1) + "\" was already specified for element \""
                                        + ascii(q0, q1) + "\".");
                    }
                }
                bind(declared, uri);
                xmlns = true;
            }
            if (!xmlns) {
                addAttribute(n0, n1, acolon, v0, v1, plain);
            }
        }
        boolean empty = b[p] == '/';
        if (empty) {
            if (p + 1 >= len || b[p + 1] != '>') {
                throw error(
                        p + 1,
                        "Element type \"" + ascii(q0, q1) + "\" must be followed by either attribute"
                                + " specifications, \">\" or \"/>\".");
            }
            p++;
        }
        pos = p + 1;
        at = pos;
        // the element's name and the attributes' namespaces, now that all declarations are known
        if (colon < 0) {
            prefix = "";
            local = name(q0, q1);
            ns = lookup("");
        } else {
            prefix = name(q0, colon);
            local = name(colon + 1, q1);
            if (prefix.equals("xmlns")) {
                throw unsupported(q0, "an element in the xmlns namespace");
            }
            ns = prefix.equals("xml") ? XML_NS : lookup(prefix);
            if (ns == null) {
                throw error(pos, "The prefix \"" + prefix + "\" for element \"" + ascii(q0, q1) + "\" is not bound.");
            }
        }
        for (int i = 0; i < attrs; i++) {
            String ap = aPrefix[i];
            if (!ap.isEmpty()) {
                String u = ap.equals("xml") ? XML_NS : lookup(ap);
                if (u == null || u.isEmpty()) {
                    throw error(
                            pos,
                            "The prefix \"" + ap + "\" for attribute \"" + ap + ":" + aLocal[i]
                                    + "\" associated with an element type \"" + ascii(q0, q1) + "\" is not bound.");
                }
                aNs[i] = u;
            }
        }
        uniqueAttributes();
        declFrom = mark;
        declTo = bindings;
        if (depth == qStart.length) {
            grow();
        }
        qStart[depth] = q0;
        qEnd[depth] = q1;
        ePrefix[depth] = prefix;
        eLocal[depth] = local;
        eNs[depth] = ns;
        nsMark[depth] = mark;
        depth++;
        rootSeen = true;
        emptyPending = empty;
    }

    private void addAttribute(int n0, int n1, int colon, int v0, int v1, boolean plain) {
        if (attrs == aLocal.length) {
            int n = attrs * 2;
            aPrefix = Arrays.copyOf(aPrefix, n);
            aLocal = Arrays.copyOf(aLocal, n);
            aNs = Arrays.copyOf(aNs, n);
            aStart = Arrays.copyOf(aStart, n);
            aEnd = Arrays.copyOf(aEnd, n);
            aPlain = Arrays.copyOf(aPlain, n);
            aValue = Arrays.copyOf(aValue, n);
            aQStart = Arrays.copyOf(aQStart, n);
            aQEnd = Arrays.copyOf(aQEnd, n);
        }
        int i = attrs++;
        aPrefix[i] = colon < 0 ? "" : name(n0, colon);
        aLocal[i] = colon < 0 ? name(n0, n1) : name(colon + 1, n1);
        aNs[i] = null;
        aStart[i] = v0;
        aEnd[i] = v1;
        aPlain[i] = plain;
        aValue[i] = null;
        aQStart[i] = n0;
        aQEnd[i] = n1;
    }

    /** No two attributes with the same name, nor the same local name in the same namespace. */
    private void uniqueAttributes() throws XMLStreamException {
        if (attrs < 2) {
            return;
        }
        if (attrs <= 16) {
            for (int i = 1; i < attrs; i++) {
                for (int j = 0; j < i; j++) {
                    if (aLocal[i].equals(aLocal[j])
                            && (aPrefix[i].equals(aPrefix[j]) || Objects.equals(aNs[i], aNs[j]))) {
                        throw error(
                                pos,
                                "Attribute \"" + aLocal[i] + "\" was already specified for element \"" + local + "\".");
                    }
                }
            }
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < attrs; i++) {
            boolean fresh = seen.add(aPrefix[i] + ":" + aLocal[i]);
            if (fresh && aNs[i] != null) {
                fresh = seen.add("{" + aNs[i] + "}" + aLocal[i]);
            }
            if (!fresh) {
                throw error(
                        pos, "Attribute \"" + aLocal[i] + "\" was already specified for element \"" + local + "\".");
            }
        }
    }

    private void bind(String p, String uri) {
        if (bindings == bPrefix.length) {
            bPrefix = Arrays.copyOf(bPrefix, bindings * 2);
            bUri = Arrays.copyOf(bUri, bindings * 2);
        }
        bPrefix[bindings] = p;
        bUri[bindings] = uri;
        bindings++;
    }

    /** @return the namespace bound to a prefix, null for none (the default namespace undeclared: null too) */
    private String lookup(String p) {
        for (int i = bindings - 1; i >= 0; i--) {
            if (bPrefix[i].equals(p)) {
                String u = bUri[i];
                return u.isEmpty() ? null : u;
            }
        }
        return null;
    }

    private void grow() {
        int n = depth * 2;
        qStart = Arrays.copyOf(qStart, n);
        qEnd = Arrays.copyOf(qEnd, n);
        ePrefix = Arrays.copyOf(ePrefix, n);
        eLocal = Arrays.copyOf(eLocal, n);
        eNs = Arrays.copyOf(eNs, n);
        nsMark = Arrays.copyOf(nsMark, n);
    }

    private void endTag() throws XMLStreamException {
        int p = pos + 2;
        if (depth == 0) {
            throw error(p, "The markup in the document following the root element must be well-formed.");
        }
        int q0 = qStart[depth - 1];
        int q1 = qEnd[depth - 1];
        int n = q1 - q0;
        if (p + n > len || !Arrays.equals(b, p, p + n, b, q0, q1) || p + n < len && nameChar(b[p + n])) {
            throw error(
                    p,
                    "The element type \"" + ascii(q0, q1) + "\" must be terminated by the matching end-tag \"</"
                            + ascii(q0, q1) + ">\".");
        }
        p += n;
        while (p < len && space(b[p])) {
            p++;
        }
        if (p >= len || b[p] != '>') {
            throw error(p, "The end-tag for element type \"" + ascii(q0, q1) + "\" must end with a '>' delimiter.");
        }
        pos = p + 1;
        at = pos;
        endElement();
    }

    private void endElement() {
        depth--;
        prefix = ePrefix[depth];
        local = eLocal[depth];
        ns = eNs[depth];
        declFrom = nsMark[depth];
        declTo = bindings;
        popPending = true;
        if (depth == 0) {
            rootClosed = true;
        }
    }

    private void comment() throws XMLStreamException {
        int p = pos + 4;
        tStart = p;
        tPlain = true;
        while (true) {
            if (p >= len) {
                throw error(p, "XML document structures must start and end within the same entity.");
            }
            int x = b[p];
            if (x == '-' && p + 1 < len && b[p + 1] == '-') {
                if (p + 2 < len && b[p + 2] == '>') {
                    break;
                }
                throw error(p + 2, "The string \"--\" is not permitted within comments.");
            }
            if (x >= 0) {
                if (x < 0x20) {
                    if (x != '\t' && x != '\n' && x != '\r') {
                        throw invalidChar(p, x, "comment");
                    }
                    if (x == '\r') {
                        tPlain = false;
                    }
                }
                p++;
            } else {
                p = multibyte(p, "comment");
            }
        }
        tEnd = p;
        pos = p + 3;
        at = pos;
    }

    private void pi() throws XMLStreamException {
        int p = pos + 2;
        int n0 = p;
        int n1 = name(p, false);
        if (n1 - n0 == 3 && (b[n0] | 0x20) == 'x' && (b[n0 + 1] | 0x20) == 'm' && (b[n0 + 2] | 0x20) == 'l') {
            throw error(n1, "The processing instruction target matching \"[xX][mM][lL]\" is not allowed.");
        }
        piTarget = name(n0, n1);
        p = n1;
        if (startsWith(b, len, p, "?>")) {
            tStart = p;
            tEnd = p;
        } else {
            if (p >= len || !space(b[p])) {
                throw error(p, "White space is required between the processing instruction target and data.");
            }
            while (p < len && space(b[p])) {
                p++;
            }
            tStart = p;
            tPlain = true;
            while (true) {
                if (p >= len) {
                    throw error(p, "XML document structures must start and end within the same entity.");
                }
                int x = b[p];
                if (x == '?' && p + 1 < len && b[p + 1] == '>') {
                    break;
                }
                if (x >= 0) {
                    if (x < 0x20) {
                        if (x != '\t' && x != '\n' && x != '\r') {
                            throw invalidChar(p, x, "processing instruction");
                        }
                        if (x == '\r') {
                            tPlain = false;
                        }
                    }
                    p++;
                } else {
                    p = multibyte(p, "processing instruction");
                }
            }
            tEnd = p;
        }
        tPlain = tPlain || tStart == tEnd;
        pos = tEnd + 2;
        at = pos;
    }

    /** Character data and CDATA sections up to the next markup, checked; decoded when asked for. */
    private void text() throws XMLStreamException {
        int p = pos;
        tStart = p;
        boolean plain = true;
        while (true) {
            if (p + 8 <= len && plainText((long) LONGS.get(b, p))) {
                p += 8;
                continue;
            }
            if (p >= len) {
                throw error(p, "XML document structures must start and end within the same entity.");
            }
            int x = b[p];
            if (x >= 0) {
                if (x == '<') {
                    if (startsWith(b, len, p, "<![CDATA[")) {
                        plain = false;
                        p = cdata(p + 9);
                        continue;
                    }
                    break;
                }
                if (x == '&') {
                    plain = false;
                    p = reference(p, null);
                    continue;
                }
                if (x < 0x20) {
                    if (x == '\r') {
                        plain = false;
                    } else if (x != '\t' && x != '\n') {
                        throw invalidChar(p, x, "element content");
                    }
                } else if (x == '>' && p >= 2 && b[p - 1] == ']' && b[p - 2] == ']') {
                    throw error(
                            p,
                            "The character sequence \"]]>\" must not appear in content unless used to mark"
                                    + " the end of a CDATA section.");
                }
                p++;
            } else {
                p = multibyte(p, "element content");
            }
        }
        tEnd = p;
        tPlain = plain;
        pos = p;
        // where the JDK's parser stands after text: past what it read of the markup that ends it
        byte d = p + 1 < len ? b[p + 1] : 0;
        at = d == '/' || d == '?' ? p + 2 : startsWith(b, len, p, "<!--") ? p + 4 : p + 1;
    }

    /** @return the index after the CDATA section's {@code ]]>} */
    private int cdata(int p) throws XMLStreamException {
        while (true) {
            if (p >= len) {
                throw error(p, "The CDATA section must end with \"]]>\".");
            }
            int x = b[p];
            if (x >= 0) {
                if (x == ']' && p + 2 < len && b[p + 1] == ']' && b[p + 2] == '>') {
                    return p + 3;
                }
                if (x < 0x20 && x != '\t' && x != '\n' && x != '\r') {
                    throw invalidChar(p, x, "CDATA section");
                }
                p++;
            } else {
                p = multibyte(p, "CDATA section");
            }
        }
    }

    /**
     * Checks a reference at {@code p} ({@code &}) and, with {@code out}, appends its character.
     *
     * @return the index after its {@code ;}
     */
    private int reference(int p, StringBuilder out) throws XMLStreamException {
        int q = p + 1;
        if (q < len && b[q] == '#') {
            q++;
            int radix = 10;
            if (q < len && b[q] == 'x') {
                radix = 16;
                q++;
            }
            int cp = 0;
            int digits = 0;
            while (q < len && Character.digit(b[q], radix) >= 0 && b[q] > 0) {
                cp = digits > 7 ? Integer.MAX_VALUE : cp * radix + Character.digit(b[q], radix);
                digits++;
                q++;
            }
            if (q >= len || b[q] != ';' || digits == 0) {
                throw error(q, "The character reference must end with the ';' delimiter.");
            }
            if (!(cp == 0x9
                    || cp == 0xA
                    || cp == 0xD
                    || cp >= 0x20 && cp <= 0xD7FF
                    || cp >= 0xE000 && cp <= 0xFFFD
                    || cp >= 0x10000 && cp <= 0x10FFFF)) {
                throw error(q + 1, "Character reference \"" + ascii(p, q) + "\" is an invalid XML character.");
            }
            if (out != null) {
                out.appendCodePoint(cp);
            }
            return q + 1;
        }
        int n1 = name(q, false);
        if (n1 >= len || b[n1] != ';') {
            throw error(n1, "The reference to entity \"" + ascii(q, n1) + "\" must end with the ';' delimiter.");
        }
        char c;
        if (is(q, n1, "amp")) {
            c = '&';
        } else if (is(q, n1, "lt")) {
            c = '<';
        } else if (is(q, n1, "gt")) {
            c = '>';
        } else if (is(q, n1, "quot")) {
            c = '"';
        } else if (is(q, n1, "apos")) {
            c = '\'';
        } else {
            throw error(n1 + 1, "The entity \"" + ascii(q, n1) + "\" was referenced, but not declared.");
        }
        if (out != null) {
            out.append(c);
        }
        return n1 + 1;
    }

    /**
     * Checks a character of two to four bytes at {@code p}: well-formed UTF-8 (bytes that are not
     * are left to the JDK's path, which reports them as it always has) and an XML character.
     */
    private int multibyte(int p, String where) throws XMLStreamException {
        int b0 = b[p] & 0xFF;
        int need = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2;
        if (b0 < 0xC2 || b0 > 0xF4 || p + need > len) {
            throw unsupported(p, "bytes that are not UTF-8");
        }
        int b1 = b[p + 1] & 0xFF;
        if ((b1 & 0xC0) != 0x80) {
            throw unsupported(p, "bytes that are not UTF-8");
        }
        if (need == 2) {
            return p + 2;
        }
        int b2 = b[p + 2] & 0xFF;
        if ((b2 & 0xC0) != 0x80
                || b0 == 0xE0 && b1 < 0xA0
                || b0 == 0xED && b1 > 0x9F
                || b0 == 0xF0 && b1 < 0x90
                || b0 == 0xF4 && b1 > 0x8F) {
            throw unsupported(p, "bytes that are not UTF-8");
        }
        if (need == 3) {
            // U+FFFE and U+FFFF are not XML characters
            if (b0 == 0xEF && b1 == 0xBF && b2 >= 0xBE) {
                throw invalidChar(p, b2 == 0xBE ? 0xFFFE : 0xFFFF, where);
            }
            return p + 3;
        }
        if ((b[p + 3] & 0xC0) != 0x80) {
            throw unsupported(p, "bytes that are not UTF-8");
        }
        return p + 4;
    }

    /**
     * A name at {@code p}: ASCII name characters (a name with any other character is left to the
     * JDK's parser); with {@code qualified}, at most {@link XmlNameLimit#MAX} long.
     *
     * @return the index after it
     */
    private int name(int p, boolean qualified) throws XMLStreamException {
        int q = p;
        if (q < len && b[q] >= 0 && (NAME[b[q]] == 1 || b[q] == ':')) {
            q++;
            while (q < len && b[q] >= 0 && (NAME[b[q]] != 0 || b[q] == ':')) {
                q++;
            }
        }
        if (q < len && b[q] < 0) {
            throw unsupported(q, "a name with a character outside ASCII");
        }
        if (q == p) {
            throw error(p, "a name was expected");
        }
        if (q - p > XmlNameLimit.MAX) {
            throw unsupported(p, XmlMessages.nameTooLong());
        }
        return q;
    }

    private static boolean nameChar(byte c) {
        return c < 0 || NAME[c] != 0 || c == ':';
    }

    /** @return the index of the one colon of a qualified name, -1 for none (two, or one at an end: refused) */
    private int colon(int from, int to) throws XMLStreamException {
        int c = -1;
        for (int i = from; i < to; i++) {
            if (b[i] == ':') {
                if (c >= 0 || i == from || i == to - 1) {
                    throw unsupported(i, "a name with more than one colon, or one at an end");
                }
                c = i;
            }
        }
        return c;
    }

    /** A name as a string, the same string for the same name. */
    private String name(int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        int slot = (h ^ h >>> 9) & (names.length - 1);
        String s = names[slot];
        if (s != null && s.length() == to - from) {
            boolean same = true;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) != b[from + i]) {
                    same = false;
                    break;
                }
            }
            if (same) {
                return s;
            }
        }
        s = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        names[slot] = s;
        return s;
    }

    private boolean is(int from, int to, String s) {
        if (to - from != s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[from + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private String ascii(int from, int to) {
        return new String(b, from, Math.max(0, Math.min(to, len) - from), StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] b, int len, int p, String s) {
        if (p + s.length() > len) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[p + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean space(byte c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    // ---------------------------------------------------------------- decoding

    /** An attribute value: line ends and white space characters become spaces, references are replaced. */
    private String value(int from, int to, boolean plain) throws XMLStreamException {
        if (plain) {
            return string(from, to);
        }
        StringBuilder sb = new StringBuilder(to - from);
        int p = from;
        while (p < to) {
            int x = b[p];
            if (x == '&') {
                p = reference(p, sb);
                continue;
            }
            if (x == '\r') {
                sb.append(' ');
                p += p + 1 < to && b[p + 1] == '\n' ? 2 : 1;
                continue;
            }
            if (x == '\n' || x == '\t') {
                sb.append(' ');
                p++;
                continue;
            }
            int e = p + 1;
            while (e < to && b[e] != '&' && b[e] != '\r' && b[e] != '\n' && b[e] != '\t') {
                e++;
            }
            append(sb, p, e);
            p = e;
        }
        return sb.toString();
    }

    /** Text with line ends made LF, references replaced and CDATA markers dropped. */
    private String decodeText() throws XMLStreamException {
        if (tPlain) {
            return string(tStart, tEnd);
        }
        StringBuilder sb = new StringBuilder(tEnd - tStart);
        int p = tStart;
        int to = tEnd;
        boolean references = event == CHARACTERS;
        while (p < to) {
            int x = b[p];
            if (x == '&' && references) {
                p = reference(p, sb);
                continue;
            }
            if (x == '\r') {
                sb.append('\n');
                p += p + 1 < to && b[p + 1] == '\n' ? 2 : 1;
                continue;
            }
            if (x == '<' && references) {
                // a CDATA section: its content as it stands, but for line ends
                int e = p + 9;
                int end = e;
                while (!(b[end] == ']' && b[end + 1] == ']' && b[end + 2] == '>')) {
                    end++;
                }
                appendLines(sb, e, end);
                p = end + 3;
                continue;
            }
            int e = p + 1;
            while (e < to && b[e] != '&' && b[e] != '\r' && b[e] != '<') {
                e++;
            }
            append(sb, p, e);
            p = e;
        }
        return sb.toString();
    }

    /**
     * Well-formed UTF-8 as a string: ASCII copied once; else decoded into a buffer (the JDK's
     * decoder would allocate two bytes a byte, then trim).
     */
    private String string(int from, int to) {
        int i = from;
        while (i + 8 <= to && ((long) LONGS.get(b, i) & HIGH) == 0) {
            i += 8;
        }
        while (i < to && b[i] >= 0) {
            i++;
        }
        if (i == to) {
            return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        }
        int n = decode(from, to);
        return new String(dbuf, 0, n);
    }

    private void append(StringBuilder sb, int from, int to) {
        int n = decode(from, to);
        sb.append(dbuf, 0, n);
    }

    /** Decodes well-formed UTF-8 into {@link #dbuf}. @return how many characters */
    private int decode(int from, int to) {
        if (dbuf.length < to - from) {
            dbuf = new char[Math.max(to - from, dbuf.length * 2)];
        }
        char[] out = dbuf;
        int k = 0;
        int p = from;
        while (p < to) {
            int b0 = b[p];
            if (b0 >= 0) {
                out[k++] = (char) b0;
                p++;
            } else if ((b0 & 0xE0) == 0xC0) {
                out[k++] = (char) ((b0 & 0x1F) << 6 | b[p + 1] & 0x3F);
                p += 2;
            } else if ((b0 & 0xF0) == 0xE0) {
                out[k++] = (char) ((b0 & 0x0F) << 12 | (b[p + 1] & 0x3F) << 6 | b[p + 2] & 0x3F);
                p += 3;
            } else {
                int cp = (b0 & 0x07) << 18 | (b[p + 1] & 0x3F) << 12 | (b[p + 2] & 0x3F) << 6 | b[p + 3] & 0x3F;
                out[k++] = Character.highSurrogate(cp);
                out[k++] = Character.lowSurrogate(cp);
                p += 4;
            }
        }
        return k;
    }

    private void appendLines(StringBuilder sb, int from, int to) {
        int p = from;
        while (p < to) {
            int e = p;
            while (e < to && b[e] != '\r') {
                e++;
            }
            append(sb, p, e);
            if (e < to) {
                sb.append('\n');
                e += e + 1 < to && b[e + 1] == '\n' ? 2 : 1;
            }
            p = e;
        }
    }

    // ---------------------------------------------------------------- errors and locations

    private XMLStreamException error(int p, String message) {
        return new XMLStreamException(message, location(p));
    }

    private XMLStreamException unsupported(int p, String message) {
        unsupported = true;
        return new XMLStreamException(message, location(p));
    }

    private XMLStreamException invalidChar(int p, int c, String where) {
        return error(
                p,
                "An invalid XML character (Unicode: 0x" + Integer.toHexString(c) + ") was found in the " + where
                        + (where.equals("element content") ? " of the document." : "."));
    }

    /** A position as a location: line, column (in UTF-16 units) and character offset. */
    private Location location(int p) {
        if (p < 0) {
            return new Loc(-1, -1, -1);
        }
        p = Math.min(p, len);
        if (p < scanPos) {
            scanPos = 0;
            scanLine = 1;
            scanCol = 1;
            scanOffset = 0;
            scanCr = false;
        }
        int line = scanLine;
        int col = scanCol;
        int off = scanOffset;
        boolean cr = scanCr;
        for (int i = scanPos; i < p; i++) {
            // eight bytes at a time while they hold no CR (and do not follow one): the characters
            // are the bytes that do not continue one (two units for a four-byte one), the lines the LFs
            while (i + 8 <= p && !cr) {
                long w = (long) LONGS.get(b, i);
                if (zero(w ^ CRS)) {
                    break;
                }
                long starts = nonZeroBytes((w & TOP2) ^ HIGH);
                long fours = ~nonZeroBytes((w & TOP4) ^ TOP4) & HIGH;
                long lfs = ~nonZeroBytes(w ^ LFS) & HIGH;
                int units = Long.bitCount(starts) + Long.bitCount(fours);
                off += units;
                if (lfs == 0) {
                    col += units;
                } else {
                    line += Long.bitCount(lfs);
                    // the units after the last LF
                    int last = (63 - Long.numberOfLeadingZeros(lfs)) >>> 3;
                    long after = last == 7 ? 0 : -1L << ((last + 1) << 3);
                    col = 1 + Long.bitCount(starts & after) + Long.bitCount(fours & after);
                }
                i += 8;
            }
            if (i >= p) {
                break;
            }
            int x = b[i];
            if (x >= 0) {
                off++;
                if (x == '\n') {
                    if (!cr) {
                        line++;
                    }
                    col = 1;
                    cr = false;
                } else if (x == '\r') {
                    line++;
                    col = 1;
                    cr = true;
                    if (i + 1 >= len || b[i + 1] != '\n') {
                        // the JDK's parser counts the columns after a CR without LF its own way
                        loneCr = true;
                    }
                } else {
                    col++;
                    cr = false;
                }
            } else {
                cr = false;
                if ((x & 0xC0) != 0x80) {
                    int units = (x & 0xFF) >= 0xF0 ? 2 : 1;
                    off += units;
                    col += units;
                }
            }
        }
        scanPos = p;
        scanLine = line;
        scanCol = col;
        scanOffset = off;
        scanCr = cr;
        return new Loc(line, col, off);
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH = 0x8080808080808080L;
    private static final long ONES = 0x0101010101010101L;
    private static final long LFS = ONES * '\n';
    private static final long CRS = ONES * '\r';

    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final long TOP2 = 0xC0C0C0C0C0C0C0C0L;
    private static final long TOP4 = 0xF0F0F0F0F0F0F0F0L;

    /** @return the high bit of each byte of {@code w} that is not zero, the other bits clear (exact, unlike {@link #zero}) */
    private static long nonZeroBytes(long w) {
        return ((w & LOW7) + LOW7 | w) & HIGH;
    }

    private static final long LTS = ONES * '<';
    private static final long AMPS = ONES * '&';
    private static final long GTS = ONES * '>';
    private static final long TABS = ONES * '\t';
    private static final long TOP3 = 0xE0E0E0E0E0E0E0E0L;

    /**
     * @return whether eight bytes of text are ASCII that needs no look: no markup, reference or
     *     {@code >} (which may close {@code ]]>}), and no control character but TAB and LF
     */
    private static boolean plainText(long w) {
        if ((w & HIGH) != 0 || zero(w ^ LTS) || zero(w ^ AMPS) || zero(w ^ GTS)) {
            return false;
        }
        long controls = ~nonZeroBytes(w & TOP3) & HIGH;
        return controls == 0 || controls == ((~nonZeroBytes(w ^ LFS) | ~nonZeroBytes(w ^ TABS)) & HIGH);
    }

    /**
     * @return whether eight bytes of an attribute value are ASCII that needs no look: no quote
     *     ({@code quotes}: the quote in every byte), markup, reference or control character
     */
    private static boolean plainValue(long w, long quotes) {
        return (w & HIGH) == 0
                && !zero(w ^ quotes)
                && !zero(w ^ LTS)
                && !zero(w ^ AMPS)
                && (~nonZeroBytes(w & TOP3) & HIGH) == 0;
    }

    /** @return whether a byte of {@code w} is zero */
    private static boolean zero(long w) {
        return ((w - ONES) & ~w & HIGH) != 0;
    }

    private record Loc(int line, int column, int offset) implements Location {
        @Override
        public int getLineNumber() {
            return line;
        }

        @Override
        public int getColumnNumber() {
            return column;
        }

        @Override
        public int getCharacterOffset() {
            return offset;
        }

        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public String getSystemId() {
            return null;
        }
    }

    @Override
    public Location getLocation() {
        return location(at);
    }

    // ---------------------------------------------------------------- XMLStreamReader

    @Override
    public int getEventType() {
        return event;
    }

    @Override
    public boolean hasNext() {
        return event != END_DOCUMENT;
    }

    @Override
    public void close() {
        // nothing to release: the bytes belong to the caller
    }

    @Override
    public Object getProperty(String name) {
        Objects.requireNonNull(name, "name must not be null");
        return null;
    }

    @Override
    public void require(int type, String namespaceURI, String localName) throws XMLStreamException {
        if (type != event
                || namespaceURI != null && !namespaceURI.equals(getNamespaceURI())
                || localName != null && !localName.equals(getLocalName())) {
            throw new XMLStreamException("the current event is not the one required", getLocation());
        }
    }

    @Override
    public String getElementText() throws XMLStreamException {
        if (event != START_ELEMENT) {
            throw new XMLStreamException("not at a start element", getLocation());
        }
        StringBuilder sb = new StringBuilder();
        while (true) {
            int e = next();
            if (e == CHARACTERS) {
                sb.append(getText());
            } else if (e == END_ELEMENT) {
                return sb.toString();
            } else if (e != COMMENT && e != PROCESSING_INSTRUCTION) {
                throw new XMLStreamException("an element in text-only content", getLocation());
            }
        }
    }

    @Override
    public int nextTag() throws XMLStreamException {
        while (true) {
            int e = next();
            if (e == CHARACTERS && getText().isBlank() || e == COMMENT || e == PROCESSING_INSTRUCTION) {
                continue;
            }
            if (e != START_ELEMENT && e != END_ELEMENT) {
                throw new XMLStreamException("a start or end element was expected", getLocation());
            }
            return e;
        }
    }

    @Override
    public String getNamespaceURI(String p) {
        Objects.requireNonNull(p, "prefix must not be null");
        if (p.equals("xml")) {
            return XML_NS;
        }
        if (p.equals("xmlns")) {
            return XMLNS_NS;
        }
        return lookup(p);
    }

    @Override
    public boolean isStartElement() {
        return event == START_ELEMENT;
    }

    @Override
    public boolean isEndElement() {
        return event == END_ELEMENT;
    }

    @Override
    public boolean isCharacters() {
        return event == CHARACTERS;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Here: whether the text is {@linkplain String#isBlank() blank}, told from its bytes
     * without decoding it when they are XML white space or another ASCII character (the only
     * ASCII white space an XML text can hold is XML white space).
     */
    @Override
    public boolean isWhiteSpace() {
        if (event != CHARACTERS) {
            return false;
        }
        if (text == null) {
            for (int p = tStart; p < tEnd; p++) {
                int c = b[p];
                if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                    continue;
                }
                if (c < 0 || c == '&' || c == '<') {
                    // a character outside ASCII, a reference, a CDATA section: decoded
                    return getText().isBlank();
                }
                return false;
            }
            return true;
        }
        return text.isBlank();
    }

    private void requireStart() {
        if (event != START_ELEMENT) {
            throw new IllegalStateException("attributes are read at a start element");
        }
    }

    @Override
    public String getAttributeValue(String namespaceURI, String localName) {
        requireStart();
        for (int i = 0; i < attrs; i++) {
            if (aLocal[i].equals(localName)
                    && (namespaceURI == null || namespaceURI.equals(aNs[i] == null ? "" : aNs[i]))) {
                return getAttributeValue(i);
            }
        }
        return null;
    }

    @Override
    public int getAttributeCount() {
        requireStart();
        return attrs;
    }

    @Override
    public QName getAttributeName(int index) {
        return new QName(
                Objects.toString(getAttributeNamespace(index), ""),
                getAttributeLocalName(index),
                getAttributePrefix(index));
    }

    @Override
    public String getAttributeNamespace(int index) {
        requireStart();
        Objects.checkIndex(index, attrs);
        return aNs[index];
    }

    @Override
    public String getAttributeLocalName(int index) {
        requireStart();
        Objects.checkIndex(index, attrs);
        return aLocal[index];
    }

    @Override
    public String getAttributePrefix(int index) {
        requireStart();
        Objects.checkIndex(index, attrs);
        return aPrefix[index];
    }

    @Override
    public String getAttributeType(int index) {
        requireStart();
        Objects.checkIndex(index, attrs);
        return "CDATA";
    }

    @Override
    public String getAttributeValue(int index) {
        requireStart();
        Objects.checkIndex(index, attrs);
        String v = aValue[index];
        if (v == null) {
            try {
                v = value(aStart[index], aEnd[index], aPlain[index]);
            } catch (XMLStreamException e) {
                throw new IllegalStateException("checked when read", e);
            }
            aValue[index] = v;
        }
        return v;
    }

    @Override
    public boolean isAttributeSpecified(int index) {
        requireStart();
        Objects.checkIndex(index, attrs);
        return true;
    }

    @Override
    public int getNamespaceCount() {
        if (event != START_ELEMENT && event != END_ELEMENT) {
            throw new IllegalStateException("namespaces are read at a start or end element");
        }
        return declTo - declFrom;
    }

    @Override
    public String getNamespacePrefix(int index) {
        Objects.checkIndex(index, getNamespaceCount());
        String p = bPrefix[declFrom + index];
        return p.isEmpty() ? null : p;
    }

    @Override
    public String getNamespaceURI(int index) {
        Objects.checkIndex(index, getNamespaceCount());
        String u = bUri[declFrom + index];
        return u.isEmpty() ? null : u;
    }

    @Override
    public NamespaceContext getNamespaceContext() {
        String[] prefixes = Arrays.copyOf(bPrefix, bindings);
        String[] uris = Arrays.copyOf(bUri, bindings);
        return new NamespaceContext() {
            @Override
            public String getNamespaceURI(String p) {
                Objects.requireNonNull(p, "prefix must not be null");
                if (p.equals("xml")) {
                    return XML_NS;
                }
                if (p.equals("xmlns")) {
                    return XMLNS_NS;
                }
                for (int i = prefixes.length - 1; i >= 0; i--) {
                    if (prefixes[i].equals(p)) {
                        return uris[i];
                    }
                }
                return XMLConstants.NULL_NS_URI;
            }

            @Override
            public String getPrefix(String uri) {
                Iterator<String> it = getPrefixes(uri);
                return it.hasNext() ? it.next() : null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                Objects.requireNonNull(uri, "uri must not be null");
                java.util.List<String> out = new java.util.ArrayList<>();
                for (int i = prefixes.length - 1; i >= 0; i--) {
                    if (uris[i].equals(uri) && getNamespaceURI(prefixes[i]).equals(uri)) {
                        out.add(prefixes[i]);
                    }
                }
                return out.iterator();
            }
        };
    }

    @Override
    public String getText() {
        if (event != CHARACTERS && event != COMMENT && event != PROCESSING_INSTRUCTION) {
            throw new IllegalStateException("no text at this event");
        }
        if (text == null) {
            try {
                text = decodeText();
            } catch (XMLStreamException e) {
                throw new IllegalStateException("checked when read", e);
            }
        }
        return text;
    }

    /**
     * The current text without its first character when that is a space, else null: {@code
     * getText().substring(1)} without decoding the whole text first.
     *
     * @return the rest of the text, or null
     */
    public String textAfterSpace() {
        if (event != CHARACTERS) {
            throw new IllegalStateException("no text at this event");
        }
        if (text == null && tPlain) {
            return tStart < tEnd && b[tStart] == ' ' ? string(tStart + 1, tEnd) : null;
        }
        String t = getText();
        return t.startsWith(" ") ? t.substring(1) : null;
    }

    @Override
    public char[] getTextCharacters() {
        String t = getText();
        if (cbuf.length < t.length()) {
            cbuf = new char[Math.max(t.length(), cbuf.length * 2)];
        }
        t.getChars(0, t.length(), cbuf, 0);
        clen = t.length();
        return cbuf;
    }

    @Override
    public int getTextCharacters(int sourceStart, char[] target, int targetStart, int length) {
        String t = getText();
        int n = Math.max(0, Math.min(length, t.length() - sourceStart));
        t.getChars(sourceStart, sourceStart + n, target, targetStart);
        return n;
    }

    @Override
    public int getTextStart() {
        return 0;
    }

    @Override
    public int getTextLength() {
        return getText().length();
    }

    @Override
    public String getEncoding() {
        return StandardCharsets.UTF_8.name();
    }

    @Override
    public boolean hasText() {
        return event == CHARACTERS || event == COMMENT;
    }

    @Override
    public QName getName() {
        if (event != START_ELEMENT && event != END_ELEMENT) {
            throw new IllegalStateException("no name at this event");
        }
        return new QName(ns == null ? "" : ns, local, prefix);
    }

    @Override
    public String getLocalName() {
        if (event != START_ELEMENT && event != END_ELEMENT) {
            throw new IllegalStateException("no name at this event");
        }
        return local;
    }

    @Override
    public boolean hasName() {
        return event == START_ELEMENT || event == END_ELEMENT;
    }

    @Override
    public String getNamespaceURI() {
        return event == START_ELEMENT || event == END_ELEMENT ? ns : null;
    }

    @Override
    public String getPrefix() {
        return event == START_ELEMENT || event == END_ELEMENT ? prefix : null;
    }

    @Override
    public String getVersion() {
        return declared ? "1.0" : null;
    }

    @Override
    public boolean isStandalone() {
        return standalone;
    }

    @Override
    public boolean standaloneSet() {
        return standaloneSet;
    }

    @Override
    public String getCharacterEncodingScheme() {
        return declaredEncoding;
    }

    @Override
    public String getPITarget() {
        return event == PROCESSING_INSTRUCTION ? piTarget : null;
    }

    @Override
    public String getPIData() {
        return event == PROCESSING_INSTRUCTION ? getText() : null;
    }

    static {
        // the event numbers are the StAX ones
        assert XMLStreamConstants.CHARACTERS == CHARACTERS;
    }
}
