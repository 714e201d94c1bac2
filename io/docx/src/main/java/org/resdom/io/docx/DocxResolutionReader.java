package org.resdom.io.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.DiagnosticSink;
import org.resdom.diagnostic.Severity;
import org.resdom.io.ReadLimits;
import org.resdom.io.ReadResult;
import org.resdom.io.ResolutionReader;
import org.resdom.io.docx.internal.Attach;
import org.resdom.io.docx.internal.Package;
import org.resdom.io.docx.internal.WordText;
import org.resdom.io.layout.LayoutResolutionReader;
import org.resdom.io.text.internal.TextParser;
import org.resdom.model.Language;
import org.resdom.model.SourceSpan;

/**
 * Reads a Word document (DOCX, format {@code docx}): paragraphs, automatic numbering (the
 * labels Word computes from {@code w:numPr} and the numbering part), tabs, footnotes and their
 * references, bookmarks, and tracked changes ({@code w:ins}, {@code w:del}, {@code w:moveFrom},
 * {@code w:moveTo}) as {@link org.resdom.model.Inserted} and {@link org.resdom.model.Deleted}
 * with their author, date and move name.
 *
 * <p>The document is first flattened the way text extractors do (one line a paragraph, see
 * {@link #flatten(InputStream)}), with the changes marked in resdom's text convention
 * ({@code {+…+}}, {@code {-…-}}); the text reader then finds the structure, phrases, labels and
 * citations, so that Word and text input are read by the same rules. Diagnostics give the
 * paragraph's number in the body as their line.
 *
 * <p>Safe: the package is inflated under {@link DocxLimits} (entries, part sizes, total size,
 * inflation ratio), XML is read with no DTD and no external entity, and no relationship is
 * ever followed (parts are read by their standard names inside the package only). Immutable
 * and thread-safe.
 *
 * <p>A {@link ResolutionReader} like the others, but a DOCX is bytes: {@link #read(InputStream)},
 * {@link #read(Path)} and {@link #read(byte[])} read it; characters ({@link #read(Reader)},
 * {@link #read(String)}) cannot be a zip package and give an empty document with the error
 * {@code DOCX-NOT-BYTES}. Found by name ({@code Formats.reader("docx")}) through
 * {@link DocxFormatProvider}.
 *
 * <pre>{@code
 * ReadResult read = DocxResolutionReader.create().read(Path.of("res71.docx"));
 * Resolution marked = read.resolution();
 * Resolution before = marked.rejected();
 * Resolution after = marked.accepted();
 * }</pre>
 */
public final class DocxResolutionReader implements ResolutionReader {

    /** The format's name on the command line. */
    public static final String FORMAT = "docx";

    private static final Set<String> PARTS =
            Set.of("word/document.xml", "word/numbering.xml", "word/footnotes.xml", "word/_rels/document.xml.rels");
    private static final Pattern EXTERNAL = Pattern.compile("TargetMode=\"External\"");

    private final ReadLimits limits;
    private final DocxLimits docxLimits;
    private final Language language;

    private DocxResolutionReader(Builder b) {
        this.limits = b.limits;
        this.docxLimits = b.docxLimits;
        this.language = b.language;
    }

    /** @return a reader with the default settings */
    public static DocxResolutionReader create() {
        return builder().build();
    }

    /** @return a builder with the default settings */
    public static Builder builder() {
        return new Builder();
    }

    /** @return {@value #FORMAT} */
    @Override
    public String format() {
        return FORMAT;
    }

    /**
     * Characters are not a DOCX (a zip package is bytes): gives an empty document and the error
     * {@code DOCX-NOT-BYTES}. Read the file or its bytes instead.
     *
     * @param in the characters (not read)
     * @return an empty document and the error
     */
    @Override
    public ReadResult read(Reader in) {
        Objects.requireNonNull(in, "in must not be null");
        return new ReadResult(
                TextParser.parse("", null, ReadLimits.defaults(), false).resolution(),
                List.of(new Diagnostic(
                        "DOCX-NOT-BYTES",
                        Severity.ERROR,
                        "a DOCX is a zip package: read its bytes (a file or a stream), " + "not characters",
                        Optional.empty(),
                        Optional.of(SourceSpan.at(1, 1)))));
    }

    /**
     * Characters are not a DOCX: as {@link #read(Reader)}.
     *
     * @param input the characters (not read)
     * @return an empty document and the error {@code DOCX-NOT-BYTES}
     */
    @Override
    public ReadResult read(String input) {
        Objects.requireNonNull(input, "input must not be null");
        return read(Reader.nullReader());
    }

    /** @return the limits on the text */
    public ReadLimits limits() {
        return limits;
    }

    /** @return the limits on the package */
    public DocxLimits docxLimits() {
        return docxLimits;
    }

    /**
     * Reads a DOCX file.
     *
     * @param file the file
     * @return the document and diagnostics
     * @throws IOException if the file cannot be read
     */
    @Override
    public ReadResult read(Path file) throws IOException {
        java.util.Objects.requireNonNull(file, "file must not be null");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /**
     * Reads DOCX bytes.
     *
     * @param bytes the package
     * @return the document and diagnostics
     */
    public ReadResult read(byte[] bytes) {
        try {
            return read(new ByteArrayInputStream(Objects.requireNonNull(bytes, "bytes must not be null")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Reads a DOCX stream (not closed). A package that is not a zip, breaks a limit or holds
     * malformed XML gives an empty document and an error diagnostic, never an exception.
     *
     * @param in the stream
     * @return the document and diagnostics
     * @throws IOException if the stream fails
     */
    @Override
    public ReadResult read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in must not be null");
        List<Diagnostic> diagnostics = new ArrayList<>();
        WordText text = text(in, diagnostics);
        // the package's diagnostics, the text's (bounded, perhaps with their note) and the marks':
        // all bounded by one sink, so that the list ends with at most one IO-LIMIT note
        DiagnosticSink sink = DiagnosticSink.of(limits.maxDiagnostics());
        sink.addAll(diagnostics);
        if (text == null) {
            return new ReadResult(
                    TextParser.parse("", null, ReadLimits.defaults(), false).resolution(), sink.diagnostics());
        }
        ReadResult read = structure(text.marked(), language);
        if (language == null && read.resolution().identity().language() == Language.UNDETERMINED) {
            // too little text to tell its language: the language Word's runs declare, when it is one of the six
            Optional<Language> declared = text.declaredLanguage().flatMap(Language::fromCode);
            if (declared.isPresent() && declared.get() != Language.UNDETERMINED) {
                read = structure(text.marked(), declared.get());
            }
        }
        Attach.Result attached = Attach.apply(read.resolution(), text.changes());
        sink.addAll(read.diagnostics());
        if (text.flat().isBlank()) {
            sink.add(new Diagnostic(
                    "DOCX-EMPTY",
                    Severity.WARNING,
                    "the document body has no text: an empty document",
                    Optional.empty(),
                    Optional.empty()));
        }
        if (attached.unmatched() > 0) {
            sink.add(new Diagnostic(
                    "DOCX-CHANGE-UNPLACED",
                    Severity.WARNING,
                    attached.unmatched()
                            + " revision marks could not be matched to their Word change: no author or date for them",
                    Optional.empty(),
                    Optional.empty()));
        }
        org.resdom.model.Resolution doc = Attach.nest(attached.resolution(), text.listLevels());
        if (doc.hints().get(TextParser.META_ENDING).isPresent()) {
            // the marked text's lines are separated, not ended, by line feeds: a Word document has no
            // last line ending to keep, so a writer ends its text as it ends any other (a final newline)
            java.util.Map<String, String> hints =
                    new java.util.TreeMap<>(doc.hints().values());
            hints.remove(TextParser.META_ENDING);
            doc = doc.withHints(org.resdom.model.SourceHints.of(hints));
        }
        return new ReadResult(doc, sink.diagnostics());
    }

    /**
     * The marked text read as the plain-text reader reads it (mode AUTO): for its structure when it
     * looks extracted, else line per paragraph; through the stages resdom-io shares, so that this
     * format does not depend on resdom-text.
     */
    private ReadResult structure(String marked, Language language) {
        boolean truncated = marked.length() > limits.maxChars();
        String text = truncated ? marked.substring(0, (int) limits.maxChars()) : marked;
        Optional<String> kind = truncated ? Optional.empty() : LayoutResolutionReader.inputKind(text);
        ReadResult r = kind.isPresent()
                ? LayoutResolutionReader.of(limits, java.util.Optional.ofNullable(language))
                        .readText(text, kind.get())
                : TextParser.parse(text, language, limits, truncated, false, false, true);
        return limits.checkDepth(r);
    }

    /**
     * The document's text as an extractor flattens it: one line a paragraph, bookmarks
     * {@code [bookmark: NAME]}, footnote calls {@code [footnoteRef:N]} and bodies
     * {@code [N: …]}, computed numbering labels, and the text of deletions and insertions both
     * kept, without marks.
     *
     * @param in the DOCX stream (not closed)
     * @return the text, or empty when the package cannot be read
     * @throws IOException if the stream fails
     */
    public Optional<String> flatten(InputStream in) throws IOException {
        java.util.Objects.requireNonNull(in, "in must not be null");
        WordText t = text(in, new ArrayList<>());
        if (t == null) {
            return Optional.empty();
        }
        return Optional.of(t.flat());
    }

    /**
     * The flattened text with the changes marked {@code {+…+}} and {@code {-…-}}: what the
     * text reader is given.
     *
     * @param in the DOCX stream (not closed)
     * @return the marked text, or empty when the package cannot be read
     * @throws IOException if the stream fails
     */
    public Optional<String> markedText(InputStream in) throws IOException {
        java.util.Objects.requireNonNull(in, "in must not be null");
        WordText t = text(in, new ArrayList<>());
        return t == null ? Optional.empty() : Optional.of(t.marked());
    }

    private WordText text(InputStream in, List<Diagnostic> diagnostics) throws IOException {
        Package pkg;
        try {
            pkg = Package.read(in, PARTS, docxLimits);
        } catch (Package.Refused e) {
            diagnostics.add(new Diagnostic(
                    e.code(), Severity.ERROR, e.getMessage(), Optional.empty(), Optional.of(SourceSpan.at(1, 1))));
            return null;
        }
        byte[] document = pkg.part("word/document.xml");
        if (document == null) {
            diagnostics.add(new Diagnostic(
                    "DOCX-NO-DOCUMENT",
                    Severity.ERROR,
                    "no word/document.xml in the package: not a Word document",
                    Optional.empty(),
                    Optional.of(SourceSpan.at(1, 1))));
            return null;
        }
        byte[] rels = pkg.part("word/_rels/document.xml.rels");
        if (rels != null) {
            Matcher m = EXTERNAL.matcher(new String(rels, StandardCharsets.UTF_8));
            int n = 0;
            while (m.find()) {
                n++;
            }
            if (n > 0) {
                diagnostics.add(new Diagnostic(
                        "DOCX-EXTERNAL-IGNORED",
                        Severity.INFO,
                        n + " external relationships (links, linked images or templates) not followed",
                        Optional.empty(),
                        Optional.empty()));
            }
        }
        try {
            WordText t = WordText.of(
                    document, pkg.part("word/numbering.xml"), pkg.part("word/footnotes.xml"), limits.maxChars());
            for (WordText.Problem p : t.problems()) {
                diagnostics.add(new Diagnostic(
                        p.code(),
                        p.error() ? Severity.ERROR : Severity.WARNING,
                        p.message(),
                        Optional.empty(),
                        Optional.of(SourceSpan.at(Math.max(1, p.paragraph()), 1))));
            }
            return t;
        } catch (XMLStreamException | RuntimeException e) {
            diagnostics.add(new Diagnostic(
                    "DOCX-BAD-XML",
                    Severity.ERROR,
                    "a part is not well-formed or declares a " + "DTD: " + e.getMessage(),
                    Optional.empty(),
                    Optional.of(SourceSpan.at(1, 1))));
            return null;
        }
    }

    /** Configures a {@link DocxResolutionReader}. */
    public static final class Builder {
        private ReadLimits limits = ReadLimits.defaults();
        private DocxLimits docxLimits = DocxLimits.defaults();
        private Language language;

        private Builder() {}

        /**
         * @param value the limits on the text read (characters, depth, diagnostics)
         * @return this builder
         */
        public Builder limits(ReadLimits value) {
            this.limits = Objects.requireNonNull(value, "value must not be null");
            return this;
        }

        /**
         * @param value the limits on the package
         * @return this builder
         */
        public Builder docxLimits(DocxLimits value) {
            this.docxLimits = Objects.requireNonNull(value, "value must not be null");
            return this;
        }

        /**
         * @param value the language of the document, instead of detecting it
         * @return this builder
         */
        public Builder language(Language value) {
            this.language = Objects.requireNonNull(value, "value must not be null");
            return this;
        }

        /** @return the reader */
        public DocxResolutionReader build() {
            return new DocxResolutionReader(this);
        }
    }
}
