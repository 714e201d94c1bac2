package org.resdom.io.xml;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventLocator;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.DiagnosticSink;
import org.resdom.diagnostic.Severity;
import org.resdom.io.Positions;
import org.resdom.io.ReadLimits;
import org.resdom.io.ReadResult;
import org.resdom.io.ResolutionReader;
import org.resdom.io.xml.bind.FromXml;
import org.resdom.io.xml.bind.XResolution;
import org.resdom.io.xml.bind.XmlNames;
import org.resdom.model.Identity;
import org.resdom.model.Resolution;
import org.resdom.model.SourceSpan;

/**
 * Reads resdom XML ({@code urn:resdom:xml:1}, see {@code docs/xml-format.md}). Immutable and
 * thread-safe.
 *
 * <p>Reading is safe: a document type declaration is refused ({@code XML-DOCTYPE}), so no
 * entity is ever declared or expanded and nothing external is fetched; the input is counted
 * against {@link ReadLimits#maxChars()}, element nesting against
 * {@link ReadLimits#maxMarkupDepth()} and the document read against {@link ReadLimits#maxDepth()}
 * ({@code IO-LIMIT}). Bad content never throws: the result
 * carries diagnostics with line and column. By default every input is also validated against
 * the schema ({@code XML-SCHEMA}).
 *
 * <pre>{@code
 * ReadResult r = XmlResolutionReader.builder().limits(ReadLimits.defaults().withMaxDepth(32)).build().read(xml);
 * }</pre>
 */
public final class XmlResolutionReader implements ResolutionReader {

    private final ReadLimits limits;
    private final boolean validate;
    private final Positions positions;

    private XmlResolutionReader(Builder builder) {
        this.limits = builder.limits;
        this.validate = builder.validate;
        this.positions = builder.positions;
    }

    /** @return a reader with the default settings */
    public static XmlResolutionReader create() {
        return builder().build();
    }

    /** @return a builder with the default settings */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String format() {
        return "xml";
    }

    /** @return the limits this reader enforces */
    public ReadLimits limits() {
        return limits;
    }

    /** @return whether input is validated against the schema */
    public boolean validate() {
        return validate;
    }

    @Override
    public ReadResult read(Reader in) throws IOException {
        Objects.requireNonNull(in, "in must not be null");
        return new Run(in).read();
    }

    /** The state of one read. */
    private final class Run {
        private final CountingReader input;
        private final DiagnosticSink diagnostics = DiagnosticSink.of(limits.maxDiagnostics());
        private final Map<Object, SourceSpan> where = new IdentityHashMap<>();
        private boolean tooDeep;
        private XMLStreamReader stream;

        Run(Reader in) {
            this.input = new CountingReader(in, limits.maxChars());
        }

        ReadResult read() throws IOException {
            Resolution r = Resolution.empty(Identity.unknown());
            try {
                r = parse();
            } catch (XMLStreamException | JAXBException | RuntimeException e) {
                if (input.failure != null) {
                    throw input.failure;
                }
                if (input.exceeded) {
                    report(
                            "IO-LIMIT",
                            Severity.ERROR,
                            "input longer than " + limits.maxChars() + " characters; not read",
                            position(e));
                } else if (tooDeep) {
                    report(
                            "IO-LIMIT",
                            Severity.ERROR,
                            "elements nested deeper than " + limits.describeMarkupDepth() + "; not read",
                            position(e));
                } else if (!(e instanceof Refused)) {
                    report("XML-MALFORMED", Severity.ERROR, "not well-formed XML: " + message(e), position(e));
                }
                r = Resolution.empty(Identity.unknown());
            } finally {
                if (stream != null) {
                    try {
                        stream.close();
                    } catch (XMLStreamException ignored) {
                        // nothing more to report
                    }
                }
            }
            List<Diagnostic> out = diagnostics.diagnostics(
                    Comparator.comparingInt((Diagnostic d) -> d.line().orElse(0))
                            .thenComparingInt(d -> d.column().orElse(0)),
                    Optional.empty());
            return limits.checkDepth(new ReadResult(r, out));
        }

        private Resolution parse() throws XMLStreamException, JAXBException {
            XMLInputFactory f = XMLInputFactory.newDefaultFactory();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
            f.setProperty(XMLInputFactory.IS_COALESCING, false);
            org.resdom.io.internal.XmlNameLimit.apply(f);
            stream = f.createXMLStreamReader(input);
            while (stream.getEventType() != XMLStreamConstants.START_ELEMENT) {
                int e = stream.next();
                if (e == XMLStreamConstants.DTD) {
                    report(
                            "XML-DOCTYPE",
                            Severity.ERROR,
                            "a document type declaration (DOCTYPE) is refused: "
                                    + "resdom XML declares no entities and never reads external ones",
                            at(stream.getLocation()));
                    throw new Refused();
                }
            }
            if (!XmlNames.NS.equals(stream.getNamespaceURI()) || !XmlNames.ROOT.equals(stream.getLocalName())) {
                report(
                        "XML-ROOT",
                        Severity.ERROR,
                        "the root element is {" + Objects.toString(stream.getNamespaceURI(), "") + "}"
                                + stream.getLocalName() + ", not {" + XmlNames.NS + "}" + XmlNames.ROOT,
                        at(stream.getLocation()));
                throw new Refused();
            }
            XMLStreamReader guarded = new DepthGuard(stream);
            Unmarshaller u = XmlContext.context().createUnmarshaller();
            if (validate) {
                u.setSchema(XmlContext.schema());
            }
            u.setEventHandler(this::event);
            u.setListener(new Unmarshaller.Listener() {
                @Override
                public void beforeUnmarshal(Object target, Object parent) {
                    where.put(target, at(stream.getLocation()));
                }
            });
            JAXBElement<XResolution> root = u.unmarshal(guarded, XResolution.class);
            if (input.exceeded || tooDeep) {
                throw new IllegalStateException("limit");
            }
            where.putIfAbsent(root.getValue(), SourceSpan.at(1, 1));
            return FromXml.map(
                    root.getValue(),
                    (code, severity, message, near) -> report(code, severity, message, where.get(near)),
                    positions == Positions.DOCUMENT ? where::get : null);
        }

        private boolean event(ValidationEvent e) {
            if (input.exceeded || tooDeep) {
                return false;
            }
            ValidationEventLocator l = e.getLocator();
            SourceSpan span = l == null || l.getLineNumber() < 1
                    ? null
                    : SourceSpan.at(l.getLineNumber(), Math.max(1, l.getColumnNumber()));
            Severity severity = e.getSeverity() == ValidationEvent.WARNING ? Severity.WARNING : Severity.ERROR;
            String message = e.getMessage() == null ? "invalid" : e.getMessage();
            if (message.startsWith("Errors limit exceeded")) {
                // the binding's own advice (set a logger) is no help to a reader of diagnostics
                report(
                        "XML-BINDING",
                        Severity.INFO,
                        "further binding errors are not reported: the XML binding"
                                + " stops reporting after ten; fix these and read the file again",
                        span);
                return true;
            }
            String code = e.getLinkedException() instanceof org.xml.sax.SAXParseException
                    ? "XML-SCHEMA"
                    : message.contains("unexpected element") ? "XML-UNKNOWN-ELEMENT" : "XML-BINDING";
            report(code, severity, message, span);
            return true;
        }

        private void report(String code, Severity severity, String message, SourceSpan span) {
            diagnostics.add(code, severity, message, Optional.ofNullable(span));
        }

        private SourceSpan position(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof XMLStreamException x && x.getLocation() != null) {
                    return at(x.getLocation());
                }
                if (t instanceof org.xml.sax.SAXParseException x && x.getLineNumber() > 0) {
                    return SourceSpan.at(x.getLineNumber(), Math.max(1, x.getColumnNumber()));
                }
            }
            if (stream != null) {
                try {
                    return at(stream.getLocation());
                } catch (RuntimeException ignored) {
                    return null;
                }
            }
            return null;
        }

        private String message(Throwable e) {
            String m = null;
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t.getMessage() != null) {
                    m = t.getMessage();
                }
                if (t instanceof XMLStreamException) {
                    break;
                }
            }
            if (m == null) {
                return e.getClass().getSimpleName();
            }
            int i = m.indexOf("Message: ");
            return org.resdom.io.internal.XmlMessages.parserLimit((i >= 0 ? m.substring(i + 9) : m).strip());
        }

        /** Counts nesting and stops past the limit. */
        private final class DepthGuard extends StreamReaderDelegate {
            private int depth = 1;

            DepthGuard(XMLStreamReader r) {
                super(r);
            }

            @Override
            public int next() throws XMLStreamException {
                int e = super.next();
                if (e == XMLStreamConstants.START_ELEMENT && ++depth > limits.maxMarkupDepth()) {
                    tooDeep = true;
                    throw new XMLStreamException(
                            "elements nested deeper than " + limits.maxMarkupDepth(), getLocation());
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
                return e;
            }

            @Override
            public int nextTag() throws XMLStreamException {
                int e = next();
                while (e == XMLStreamConstants.CHARACTERS && isWhiteSpace()
                        || e == XMLStreamConstants.COMMENT
                        || e == XMLStreamConstants.SPACE
                        || e == XMLStreamConstants.PROCESSING_INSTRUCTION) {
                    e = next();
                }
                if (e != XMLStreamConstants.START_ELEMENT && e != XMLStreamConstants.END_ELEMENT) {
                    throw new XMLStreamException("expected a start or end tag", getLocation());
                }
                return e;
            }
        }
    }

    private static SourceSpan at(Location l) {
        if (l == null) {
            return null;
        }
        return SourceSpan.at(Math.max(1, l.getLineNumber()), Math.max(1, l.getColumnNumber()));
    }

    /** Reading was refused and the reason already reported. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused() {
            super(null, null, false, false);
        }
    }

    /** Counts characters and stops past the limit; remembers a failure of the stream itself. */
    private static final class CountingReader extends FilterReader {
        private final long max;
        private long count;
        boolean exceeded;
        IOException failure;

        CountingReader(Reader in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            if (exceeded) {
                throw new IOException("input limit exceeded");
            }
            int n;
            try {
                n = super.read(buf, off, (int) Math.min(len, max - count + 1));
            } catch (IOException e) {
                failure = e;
                throw e;
            }
            if (n > 0) {
                count += n;
                if (count > max) {
                    exceeded = true;
                    throw new IOException("input limit exceeded");
                }
            }
            return n;
        }

        @Override
        public void close() {
            // the caller's stream is not closed
        }
    }

    /** Configures a {@link XmlResolutionReader}. */
    public static final class Builder {
        private ReadLimits limits = ReadLimits.defaults();
        private Positions positions = Positions.STORED;
        private boolean validate = true;

        private Builder() {}

        /**
         * @param value the limits
         * @return this builder
         */
        public Builder limits(ReadLimits value) {
            this.limits = Objects.requireNonNull(value, "value must not be null");
            return this;
        }

        /**
         * @param value true (the default) to validate input against the schema and report what
         *        it breaks as {@code XML-SCHEMA} diagnostics
         * @return this builder
         */
        public Builder validate(boolean value) {
            this.validate = value;
            return this;
        }

        /**
         * @param value which positions the nodes get: {@link Positions#STORED} (the default), the
         *        spans the document carries, or {@link Positions#DOCUMENT}, where each part stands
         *        in the document being read
         * @return this builder
         */
        public Builder positions(Positions value) {
            this.positions = Objects.requireNonNull(value, "value must not be null");
            return this;
        }

        /** @return the reader */
        public XmlResolutionReader build() {
            return new XmlResolutionReader(this);
        }
    }
}
