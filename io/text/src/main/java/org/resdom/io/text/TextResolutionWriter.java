package org.resdom.io.text;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.resdom.io.ResolutionWriter;
import org.resdom.io.text.internal.TextParser;
import org.resdom.model.Nesting;
import org.resdom.model.Anchor;
import org.resdom.model.Annex;
import org.resdom.model.Bracketed;
import org.resdom.model.Citation;
import org.resdom.model.Deleted;
import org.resdom.model.Footnote;
import org.resdom.model.FootnoteRef;
import org.resdom.model.Inline;
import org.resdom.model.Inserted;
import org.resdom.model.OperativeSection;
import org.resdom.model.Paragraph;
import org.resdom.model.PreambleSection;
import org.resdom.model.Resolution;
import org.resdom.model.Text;
import org.resdom.model.Unrecognized;

/**
 * Writes plain text in the conventions {@link TextResolutionReader} reads: a title line and
 * subject, the opening formula, each phrase on its own line (or running into its first
 * paragraph), {@code label + separator + text}, sub-items on their own lines,
 * {@code [bookmark: X]}, {@code [footnoteRef:N]}, footnote bodies {@code [N: …]}, inserted text
 * {@code {+…+}}, deleted text {@code {-…-}}, bracketed text {@code {[…]}}. The {@code text.*}
 * metadata a reader recorded (blank lines, the ending, CR LF) are honoured, so what was read is
 * written back byte for byte. Immutable and thread-safe.
 *
 * <pre>{@code
 * String text = TextResolutionWriter.create().write(resolution);
 * }</pre>
 */
public final class TextResolutionWriter implements ResolutionWriter {

    private TextResolutionWriter(Builder builder) {
    }

    /** @return a writer with the default settings */
    public static TextResolutionWriter create() {
        return builder().build();
    }

    /** @return a builder with the default settings */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String format() {
        return "text";
    }

    @Override
    public void write(Resolution resolution, Writer out) throws IOException {
        Objects.requireNonNull(resolution, "resolution must not be null");
        Objects.requireNonNull(out, "out must not be null");
        Nesting.requireWithinMax(resolution, "the text writer");
        Map<String, String> meta = resolution.metadata();
        String nl = "CRLF".equals(meta.get(TextParser.META_NEWLINE)) ? "\r\n" : "\n";
        Lines w = new Lines(out, nl, blankLines(meta.getOrDefault(TextParser.META_BLANK_LINES, "")));
        if ("true".equals(meta.get(TextResolutionReader.META_BYTE_ORDER_MARK))) {
            out.write('\uFEFF');
        }
        var id = resolution.identity();
        if (id.heading().isPresent()) {
            w.start();
            w.text(id.heading().get());
        }
        if (id.title().isPresent()) {
            w.start();
            w.text(id.title().get());
        }
        if (resolution.formula().isPresent()) {
            w.start();
            inline(w, resolution.formula().get().content());
        }
        for (PreambleSection s : resolution.preamble()) {
            section(w, s.phrase().text(), s.runIn(), s.paragraphs());
        }
        for (OperativeSection s : resolution.operative()) {
            if (s.phrase().isEmpty()) {
                s.paragraphs().forEach(p -> paragraph(w, p));
            } else {
                section(w, s.phrase().get().text(), s.runIn(), s.paragraphs());
            }
        }
        for (Annex a : resolution.annexes()) {
            w.start();
            w.text(a.heading());
            if (a.title().isPresent()) {
                w.start();
                w.text(a.title().get());
            }
            a.paragraphs().forEach(p -> paragraph(w, p));
        }
        w.raw(meta.getOrDefault(TextParser.META_ENDING, nl));
        w.flush();
    }

    private static void section(Lines w, String phrase, boolean runIn, List<Paragraph> paragraphs) {
        w.start();
        w.text(phrase);
        int from = 0;
        if (runIn && !paragraphs.isEmpty()) {
            Paragraph first = paragraphs.get(0);
            w.text(" ");
            body(w, first);
            from = 1;
        }
        for (int i = from; i < paragraphs.size(); i++) {
            paragraph(w, paragraphs.get(i));
        }
    }

    private static void paragraph(Lines w, Paragraph p) {
        w.start();
        for (Anchor a : p.anchors()) {
            w.text("[bookmark: " + a.name() + "]");
        }
        p.label().ifPresent(l -> w.text(l.text() + l.separator()));
        body(w, p);
    }

    private static void body(Lines w, Paragraph p) {
        inline(w, p.content());
        p.items().forEach(i -> paragraph(w, i));
        if (!p.wrapUp().isEmpty()) {
            w.start();
            inline(w, p.wrapUp());
        }
    }

    private static void inline(Lines w, List<Inline> content) {
        for (Inline i : content) {
            if (i instanceof Text t) {
                w.text(t.text());
            } else if (i instanceof Citation c) {
                w.text(c.text());
            } else if (i instanceof Unrecognized u) {
                w.text(u.raw());
            } else if (i instanceof Anchor a) {
                w.text("[bookmark: " + a.name() + "]");
            } else if (i instanceof FootnoteRef r) {
                w.text("[footnoteRef:" + r.marker() + "]");
            } else if (i instanceof Footnote f) {
                w.text("[" + f.marker() + ":");
                inline(w, f.content());
                w.text("]");
            } else if (i instanceof Inserted m) {
                w.text("{+");
                inline(w, m.content());
                w.text("+}");
            } else if (i instanceof Deleted m) {
                w.text("{-");
                inline(w, m.content());
                w.text("-}");
            } else if (i instanceof Bracketed m) {
                w.text("{[");
                inline(w, m.content());
                w.text("]}");
            }
        }
    }

    private static Map<Integer, String> blankLines(String spec) {
        Map<Integer, String> m = new HashMap<>();
        if (spec.isEmpty()) {
            return m;
        }
        for (String item : spec.split(",", -1)) {
            int colon = item.indexOf(':');
            String num = colon < 0 ? item : item.substring(0, colon);
            try {
                int line = Integer.parseInt(num);
                StringBuilder ws = new StringBuilder();
                if (colon >= 0) {
                    for (char c : item.substring(colon + 1).toCharArray()) {
                        ws.append(c == 't' ? '\t' : ' ');
                    }
                }
                if (line >= 1) {
                    m.put(line, ws.toString());
                }
            } catch (NumberFormatException e) {
                // not a blank-line entry: ignored
            }
        }
        return m;
    }

    /** Writes lines, re-inserting the blank lines the reader recorded; IO errors are rethrown at the end. */
    private static final class Lines {
        private final Writer out;
        private final String nl;
        private final Map<Integer, String> blanks;
        private int line = 1;
        private boolean started;
        private IOException error;

        Lines(Writer out, String nl, Map<Integer, String> blanks) {
            this.out = out;
            this.nl = nl;
            this.blanks = blanks;
        }

        void start() {
            if (started) {
                newline();
            } else {
                started = true;
                blanks();
            }
        }

        private void newline() {
            raw(nl);
            line++;
            blanks();
        }

        private void blanks() {
            String ws;
            while ((ws = blanks.get(line)) != null) {
                raw(ws);
                raw(nl);
                line++;
            }
        }

        void text(String s) {
            int from = 0;
            int i;
            while ((i = s.indexOf('\n', from)) >= 0) {
                raw(s.substring(from, i));
                newline();
                from = i + 1;
            }
            raw(s.substring(from));
        }

        void raw(String s) {
            if (error != null) {
                return;
            }
            try {
                out.write(s);
            } catch (IOException e) {
                error = e;
            }
        }

        void flush() throws IOException {
            if (error != null) {
                throw error;
            }
            out.flush();
        }
    }

    /** Configures a {@link TextResolutionWriter}. */
    public static final class Builder {
        private Builder() {
        }

        /** @return the writer */
        public TextResolutionWriter build() {
            return new TextResolutionWriter(this);
        }
    }
}
