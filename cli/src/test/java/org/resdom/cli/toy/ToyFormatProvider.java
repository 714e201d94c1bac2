package org.resdom.cli.toy;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.io.FormatProvider;
import org.resdom.io.Positions;
import org.resdom.io.ReadLimits;
import org.resdom.io.ReadResult;
import org.resdom.io.ResolutionReader;
import org.resdom.io.ResolutionWriter;
import org.resdom.model.Body;
import org.resdom.model.DocumentKind;
import org.resdom.model.Identity;
import org.resdom.model.Language;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.model.SourceSpan;
import org.resdom.model.Text;

/**
 * A format that only this test suite knows: one line {@code toy BODY NUMBER LANGUAGE}, then one
 * line per paragraph, its label, a TAB and its plain text. It is declared in this test module's
 * {@code META-INF/services}, and nothing in io or the command line names it. Its methods are
 * the example in {@link FormatProvider}'s documentation, line for line ({@code
 * FormatProviderExampleTest} checks it), so that example compiles and runs.
 */
public final class ToyFormatProvider implements FormatProvider {

    /** For {@link java.util.ServiceLoader}. */
    public ToyFormatProvider() {}

    @Override
    public String name() {
        return "toy";
    }

    @Override
    public List<String> extensions() {
        return List.of(".toy");
    }

    @Override
    public int sniff(String fileName, String head) {
        return fileName.endsWith(".toy") ? BY_NAME : head.startsWith("toy ") ? BY_CONTENT : NOT_MINE;
    }

    @Override
    public ReaderBuilder readerBuilder() {
        return ReaderBuilder.of(name(), Set.of(Positions.DOCUMENT), (limits, positions) -> new ToyReader(limits));
    }

    @Override
    public ResolutionWriter writer() {
        return new ToyWriter();
    }

    /** Reads the toy format; a bad header or an input over the limits is a diagnostic, never a throw. */
    static final class ToyReader implements ResolutionReader {
        private final ReadLimits limits;

        ToyReader(ReadLimits limits) {
            this.limits = limits;
        }

        @Override
        public String format() {
            return "toy";
        }

        @Override
        public ReadResult read(Reader in) throws IOException {
            StringBuilder text = new StringBuilder();
            char[] buf = new char[8192];
            for (int n; (n = in.read(buf)) > 0; ) {
                text.append(buf, 0, n);
                if (text.length() > limits.maxChars()) {
                    return failed("TOY-TOO-LONG", "the input is longer than " + limits.maxChars() + " characters");
                }
            }
            List<String> lines = text.toString().lines().toList();
            String[] head = lines.isEmpty() ? new String[0] : lines.get(0).split(" ", -1);
            Optional<Body> body = head.length == 4 ? Body.fromCode(head[1]) : Optional.empty();
            Optional<Language> language = head.length == 4 ? Language.fromCode(head[3]) : Optional.empty();
            if (!head[0].equals("toy") || body.isEmpty() || language.isEmpty()) {
                return failed("TOY-HEADER", "the first line is not 'toy BODY NUMBER LANGUAGE'");
            }
            Identity id = new Identity(
                    body.get(),
                    DocumentKind.RESOLUTION,
                    Optional.of(head[2]).filter(n -> !n.equals("-")),
                    Optional.empty(),
                    Optional.empty(),
                    language.get(),
                    List.of());
            List<Paragraph> paragraphs = new ArrayList<>();
            List<Diagnostic> diagnostics = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i);
                int tab = line.indexOf('\t');
                String label = tab < 0 ? "" : line.substring(0, tab);
                String content = line.substring(tab + 1);
                if (content.isBlank()) {
                    diagnostics.add(Diagnostic.at(
                            "TOY-EMPTY", Severity.WARNING, "a paragraph without text", SourceSpan.at(i + 1, 1)));
                } else {
                    paragraphs.add(
                            label.isBlank() ? Paragraph.of(List.of(Text.of(content))) : Paragraph.of(label, content));
                }
            }
            Resolution r = Resolution.builder(id)
                    .operative(Optional.empty(), s -> paragraphs.forEach(s::add))
                    .build();
            return new ReadResult(r, diagnostics);
        }

        private static ReadResult failed(String code, String message) {
            return new ReadResult(
                    Resolution.empty(Identity.unknown()),
                    List.of(Diagnostic.at(code, Severity.ERROR, message, SourceSpan.at(1, 1))));
        }
    }

    /** Writes the toy format. */
    static final class ToyWriter implements ResolutionWriter {
        @Override
        public String format() {
            return "toy";
        }

        @Override
        public void write(Resolution resolution, Writer out) throws IOException {
            out.write(String.format(
                    Locale.ROOT,
                    "toy %s %s %s%n",
                    resolution.identity().body().code(),
                    resolution.identity().number().orElse("-"),
                    resolution.identity().language().code()));
            for (Paragraph p : resolution.find(Paragraph.class).toList()) {
                out.write(p.label().map(l -> l.text() + "\t").orElse("") + p.plainText() + "\n");
            }
            out.flush();
        }
    }
}
