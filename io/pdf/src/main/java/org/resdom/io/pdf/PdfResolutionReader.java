package org.resdom.io.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.DiagnosticSink;
import org.resdom.diagnostic.Severity;
import org.resdom.io.ReadLimits;
import org.resdom.io.ReadResult;
import org.resdom.io.ResolutionReader;
import org.resdom.io.layout.LayoutCodes;
import org.resdom.io.layout.LayoutLine;
import org.resdom.io.layout.LayoutResolutionReader;
import org.resdom.model.Identity;
import org.resdom.model.Language;
import org.resdom.model.Resolution;
import org.resdom.model.SourceSpan;

/**
 * Reads a resolution from a PDF. The text of each page is taken with its layout (indentation,
 * line spacing, font size, italics, the header, footer and footnote zones) and handed to the
 * layout stages of {@link LayoutResolutionReader}, which join wrapped lines, set page furniture
 * aside, read the masthead and pair footnotes. The position of each paragraph is its page
 * (line) and its line on the page (column).
 *
 * <p>Safety: nothing in the PDF is run (no JavaScript, no actions, no forms are evaluated;
 * their presence is reported), memory is bounded ({@link Builder#maxMemory(long)}: the PDF is
 * buffered in memory up to that size, beyond which it is refused), the number of pages is
 * bounded and so is the time spent per page ({@link Builder#maxMillisPerPage(long)}). A PDF
 * encrypted with an owner password only (its user password empty, as any viewer opens it) is
 * read; if its permissions forbid extracting text, a {@code PDF-RESTRICTED} warning says so.
 * PDFs that need a user password and PDFs whose pages hold no text (scans) are reported as
 * errors, with an empty document.
 *
 * <pre>{@code
 * ReadResult r = PdfResolutionReader.create().read(Path.of("A_RES_73_3.pdf"));
 * r.diagnostics().forEach(d -> System.out.println(d.format("A_RES_73_3.pdf")));
 * }</pre>
 */
public final class PdfResolutionReader implements ResolutionReader {

    private final ReadLimits limits;
    private final Language language;
    private final long maxMemory;
    private final int maxPages;
    private final long maxMillisPerPage;
    private final int maxOperationsPerPage;
    private final int maxCharactersPerPage;
    private final long maxContentBytesPerPage;
    private final long maxFontBytes;
    private final long maxMillis;
    private final long maxCharacters;

    private PdfResolutionReader(Builder b) {
        this.limits = b.limits;
        this.language = b.language;
        this.maxMemory = b.maxMemory;
        this.maxPages = b.maxPages;
        this.maxMillisPerPage = b.maxMillisPerPage;
        this.maxOperationsPerPage = b.maxOperationsPerPage;
        this.maxCharactersPerPage = b.maxCharactersPerPage;
        this.maxContentBytesPerPage = b.maxContentBytesPerPage;
        this.maxFontBytes = b.maxFontBytes;
        this.maxMillis = b.maxMillis;
        this.maxCharacters = b.maxCharacters;
    }

    /** @return a reader with the default settings */
    public static PdfResolutionReader create() {
        return builder().build();
    }

    /** @return a builder with the default settings */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String format() {
        return "pdf";
    }

    /**
     * PDF is binary: a character stream cannot carry it.
     *
     * @param in ignored
     * @return never
     * @throws UnsupportedOperationException always; use {@link #read(InputStream)} or {@link #read(Path)}
     */
    @Override
    public ReadResult read(Reader in) {
        java.util.Objects.requireNonNull(in, "in must not be null");
        throw new UnsupportedOperationException("PDF is binary: read it from bytes, a stream or a file");
    }

    /**
     * PDF is binary: a string cannot carry it.
     *
     * @param input ignored
     * @return never
     * @throws UnsupportedOperationException always; use {@link #read(byte[])}
     */
    @Override
    public ReadResult read(String input) {
        java.util.Objects.requireNonNull(input, "input must not be null");
        throw new UnsupportedOperationException("PDF is binary: read it from bytes, a stream or a file");
    }

    @Override
    public ReadResult read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in must not be null");
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxMemory + 1));
        return read(bytes);
    }

    @Override
    public ReadResult read(Path file) throws IOException {
        Objects.requireNonNull(file, "file must not be null");
        if (Files.size(file) > maxMemory) {
            return failure(LayoutCodes.PDF_LIMIT, "the PDF is larger than maxMemory " + maxMemory + " bytes; not read");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /**
     * Reads a PDF held in memory.
     *
     * @param pdf the bytes of the file
     * @return the document and diagnostics; never throws for bad input
     */
    public ReadResult read(byte[] pdf) {
        Objects.requireNonNull(pdf, "pdf must not be null");
        if (pdf.length > maxMemory) {
            return failure(LayoutCodes.PDF_LIMIT, "the PDF is larger than maxMemory " + maxMemory + " bytes; not read");
        }
        QuietPdfBox quiet = QuietPdfBox.enter();
        try {
            return readQuietly(pdf);
        } finally {
            quiet.close();
        }
    }

    private ReadResult readQuietly(byte[] pdf) {
        List<Diagnostic> diags = new ArrayList<>();
        try (PDDocument doc =
                Loader.loadPDF(pdf, "", null, null, MemoryUsageSetting.setupMainMemoryOnly(maxMemory).streamCache)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                // opened with the empty user password: the text is there for anyone, the owner asks
                // that it not be copied; read as a viewer shows it, and say so (docs/pdf.md)
                diags.add(Diagnostic.at(
                        LayoutCodes.PDF_RESTRICTED,
                        Severity.WARNING,
                        "the PDF's permissions forbid extracting its text; it opens without a password and"
                                + " was read all the same",
                        SourceSpan.at(1, 1)));
            }
            if (PageLines.hasActiveContent(doc)) {
                diags.add(Diagnostic.at(
                        LayoutCodes.PDF_ACTIVE_CONTENT,
                        Severity.INFO,
                        "the PDF holds JavaScript, actions or forms; they were not run",
                        SourceSpan.at(1, 1)));
            }
            List<LayoutLine> lines = PageLines.extract(
                    doc,
                    new PageLines.Limits(
                            maxPages,
                            maxOperationsPerPage,
                            maxCharactersPerPage,
                            maxMillisPerPage,
                            maxContentBytesPerPage,
                            maxFontBytes,
                            maxMillis,
                            maxCharacters),
                    diags);
            if (lines.stream().allMatch(LayoutLine::isBlank)) {
                int n = doc.getNumberOfPages();
                boolean limited = diags.stream().anyMatch(d -> d.code().equals(LayoutCodes.PDF_LIMIT));
                diags.add(Diagnostic.at(
                        limited ? LayoutCodes.PDF_LIMIT : LayoutCodes.PDF_NO_TEXT,
                        Severity.ERROR,
                        limited
                                ? "no text was read before the limit; nothing was read"
                                : (n == 1 ? "the PDF's only page holds" : "the PDF's " + n + " pages hold")
                                        + " no text (scanned images?); nothing was read",
                        SourceSpan.at(1, 1)));
                return new ReadResult(Resolution.empty(Identity.unknown()), bounded(diags, List.of()));
            }
            ReadResult r = LayoutResolutionReader.of(limits, java.util.Optional.ofNullable(language))
                    .read(lines, "pdf");
            return new ReadResult(r.resolution(), bounded(diags, r.diagnostics()));
        } catch (InvalidPasswordException e) {
            return failure(LayoutCodes.PDF_ENCRYPTED, "the PDF is encrypted with a password; its text was not read");
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            return failure(LayoutCodes.PDF_DAMAGED, "the PDF could not be read: " + e.getMessage());
        }
    }

    /**
     * The page diagnostics, then the text's (bounded, perhaps with their note), through one sink:
     * at most {@code maxDiagnostics} and one {@code IO-LIMIT} note at the end.
     */
    private List<Diagnostic> bounded(List<Diagnostic> pages, List<Diagnostic> text) {
        DiagnosticSink sink = DiagnosticSink.of(limits.maxDiagnostics());
        sink.addAll(pages);
        sink.addAll(text);
        return sink.diagnostics();
    }

    private static ReadResult failure(String code, String message) {
        return new ReadResult(
                Resolution.empty(Identity.unknown()),
                List.of(Diagnostic.at(code, Severity.ERROR, message, SourceSpan.at(1, 1))));
    }

    /** @return the language given, or empty when detected */
    public Optional<Language> language() {
        return Optional.ofNullable(language);
    }

    /** Configures a {@link PdfResolutionReader}. */
    public static final class Builder {
        private ReadLimits limits = ReadLimits.defaults();
        private Language language;
        private long maxMemory = 64L << 20;
        private int maxPages = 2000;
        private long maxMillisPerPage = 5000;
        private int maxOperationsPerPage = 200_000;
        private int maxCharactersPerPage = 50_000;
        private long maxContentBytesPerPage = 8L << 20;
        private long maxFontBytes = 16L << 20;
        private long maxMillis = 120_000;
        private long maxCharacters = 5_000_000;

        private Builder() {}

        /**
         * @param value the limits of the structure stages
         * @return this builder
         */
        public Builder limits(ReadLimits value) {
            this.limits = Objects.requireNonNull(value, "value must not be null");
            return this;
        }

        /**
         * @param value the language of the document instead of detecting it
         * @return this builder
         */
        public Builder language(Language value) {
            this.language = Objects.requireNonNull(value, "value must not be null");
            return this;
        }

        /**
         * @param bytes the largest PDF read and the memory PDFBox may use for it (64 MiB by default)
         * @return this builder
         */
        public Builder maxMemory(long bytes) {
            if (bytes < 1024) {
                throw new IllegalArgumentException("maxMemory must be at least 1024 bytes");
            }
            this.maxMemory = bytes;
            return this;
        }

        /**
         * @param value the most pages read (2,000 by default); later pages are reported and skipped
         * @return this builder
         */
        public Builder maxPages(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxPages must be positive");
            }
            this.maxPages = value;
            return this;
        }

        /**
         * @param value the time allowed per page, the first one included (5 s by default): the
         *        page is left at that time with the text read so far, the later pages are not read,
         *        and {@code PDF-LIMIT} says so
         * @return this builder
         */
        public Builder maxMillisPerPage(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxMillisPerPage must be positive");
            }
            this.maxMillisPerPage = value;
            return this;
        }

        /**
         * @param value the most content operations per page, those of its forms and glyph
         *        procedures included (200,000 by default); the page is left at the limit with
         *        the text read so far, and the later pages are not read
         * @return this builder
         */
        public Builder maxOperationsPerPage(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxOperationsPerPage must be positive");
            }
            this.maxOperationsPerPage = value;
            return this;
        }

        /**
         * @param value the most characters read per page (50,000 by default; a dense page of a
         *        resolution has about 5,000); the page is left at the limit with the characters
         *        read so far, and the later pages are not read
         * @return this builder
         */
        public Builder maxCharactersPerPage(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxCharactersPerPage must be positive");
            }
            this.maxCharactersPerPage = value;
            return this;
        }

        /**
         * @param bytes the most content bytes decoded per page, those of its forms and glyph
         *        procedures included (8 MiB by default; a dense page of a resolution has some
         *        tens of kilobytes): a stream is decoded within what is left, so one that inflates
         *        to gigabytes costs no more; the page is read up to there and the later pages are not
         * @return this builder
         */
        public Builder maxContentBytesPerPage(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxContentBytesPerPage must be positive");
            }
            this.maxContentBytesPerPage = bytes;
            return this;
        }

        /**
         * @param bytes the largest font program or character map loaded, decoded (16 MiB by
         *        default); a larger one is not loaded, and the font's text is read with a standard
         *        font's metrics ({@code PDF-LIMIT} warning)
         * @return this builder
         */
        public Builder maxFontBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxFontBytes must be positive");
            }
            this.maxFontBytes = bytes;
            return this;
        }

        /**
         * @param value the time allowed for all pages together (120 s by default); the page being
         *        read at that time is left with the text read so far, and the later pages are not read
         * @return this builder
         */
        public Builder maxMillis(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxMillis must be positive");
            }
            this.maxMillis = value;
            return this;
        }

        /**
         * @param value the most characters read in all pages together (5,000,000 by default),
         *        which bounds the memory the text takes; reading stops there as at a page's limit
         * @return this builder
         */
        public Builder maxCharacters(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxCharacters must be positive");
            }
            this.maxCharacters = value;
            return this;
        }

        /** @return the reader */
        public PdfResolutionReader build() {
            return new PdfResolutionReader(this);
        }
    }
}
