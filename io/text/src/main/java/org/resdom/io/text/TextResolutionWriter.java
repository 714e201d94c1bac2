package org.resdom.io.text;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.io.ReadLimits;
import org.resdom.io.ResolutionWriter;
import org.resdom.io.WriteRefusedException;
import org.resdom.io.internal.NotCarried;
import org.resdom.io.text.internal.TextParser;
import org.resdom.model.Anchor;
import org.resdom.model.Annex;
import org.resdom.model.AnnexCitation;
import org.resdom.model.Bracketed;
import org.resdom.model.Deleted;
import org.resdom.model.Footnote;
import org.resdom.model.FootnoteRef;
import org.resdom.model.Identity;
import org.resdom.model.Inline;
import org.resdom.model.Inserted;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.Language;
import org.resdom.model.NamedInstrumentCitation;
import org.resdom.model.Nesting;
import org.resdom.model.OpeningFormula;
import org.resdom.model.OperativeSection;
import org.resdom.model.OtherCitation;
import org.resdom.model.Paragraph;
import org.resdom.model.PreambleSection;
import org.resdom.model.ProvisionCitation;
import org.resdom.model.Resolution;
import org.resdom.model.SourceSpan;
import org.resdom.model.Text;
import org.resdom.model.UnDocumentCitation;
import org.resdom.model.UnResolutionCitation;
import org.resdom.model.UnknownElement;
import org.resdom.model.Unrecognized;
import org.resdom.model.Visitor;

/**
 * Writes plain text in the conventions {@link TextResolutionReader} reads: a title line and
 * subject, the opening formula, each phrase on its own line (or running into its first
 * paragraph), {@code label + separator + text}, sub-items on their own lines,
 * {@code [bookmark: X]}, {@code [footnoteRef:N]}, footnote bodies {@code [N: …]}, inserted text
 * {@code {+…+}}, deleted text {@code {-…-}}, bracketed text {@code {[…]}}. The {@code text.*}
 * metadata a reader recorded (blank lines, the ending, CR LF) are honoured, so what was read is
 * written back byte for byte. A {@link Visitor}; immutable and thread-safe.
 *
 * <pre>{@code
 * String text = TextResolutionWriter.create().write(resolution);
 * }</pre>
 */
public final class TextResolutionWriter implements ResolutionWriter {

    private TextResolutionWriter(Builder builder) {}

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

    /**
     * What this writer leaves out, read from what it writes: the metadata, the Akoma Ntoso source's
     * {@code akn.*} hints, an unknown element's name and attributes (it writes the element's
     * content), the author, date and move of an inserted or deleted mark (it writes the mark's
     * content only), and the identity's body, kind, number, history and language where the text
     * reads back with others (the text carries only the title line, the subject and the opening
     * formula, from which the reader derives them).
     */
    @Override
    public List<Diagnostic> notCarried(Resolution resolution) {
        Objects.requireNonNull(resolution, "resolution must not be null");
        List<Diagnostic> out = new ArrayList<>(NotCarried.of("text", resolution, Optional.of("names and attributes")));
        SourceSpan whole = resolution.span().orElse(SourceSpan.of(0, 0, 1, 1));
        String instead = "; write JSON, resdom XML, HTML or Akoma Ntoso to keep it";
        List<Inline> attributed = resolution
                .find(Inline.class)
                .filter(i -> i instanceof Inserted n
                                && (n.author().isPresent()
                                        || n.date().isPresent()
                                        || n.move().isPresent())
                        || i instanceof Deleted d
                                && (d.author().isPresent()
                                        || d.date().isPresent()
                                        || d.move().isPresent()))
                .toList();
        if (!attributed.isEmpty()) {
            Inline first = attributed.get(0);
            out.add(NotCarried.warning(
                    "the text format writes an inserted or deleted mark as {+…+} or {-…-} only: the author, date"
                            + " and move of " + NotCarried.count(attributed.size(), "revision mark")
                            + " left out" + instead,
                    first.span().orElse(whole)));
        }
        identityLeftOut(resolution)
                .ifPresent(what -> out.add(NotCarried.warning(
                        "the text format has no place for the document's " + what
                                + " beyond what the reader derives from the title line and the opening formula: left out"
                                + instead,
                        whole)));
        return List.copyOf(out);
    }

    /**
     * The identity's fields the written text reads back without: the text is written and read
     * back (the reader derives them from the whole text, a bookmark's name included), or empty
     * when they all read back, or when the writer refuses the document anyway.
     */
    private Optional<String> identityLeftOut(Resolution resolution) {
        String text;
        try {
            text = write(resolution);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Optional.empty();
        }
        Identity want = resolution.identity();
        Identity got = TextParser.parse(text, null, ReadLimits.defaults(), false)
                .resolution()
                .identity();
        List<String> lost = new ArrayList<>();
        if (want.body() != got.body()) {
            lost.add("body (" + want.body() + ")");
        }
        if (want.kind() != got.kind()) {
            lost.add("kind (" + want.kind() + ")");
        }
        if (!want.title().equals(got.title())) {
            lost.add("title (read back as text of the opening formula)");
        }
        if (!want.number().equals(got.number())) {
            lost.add("number (" + want.number().orElse("none") + ")");
        }
        if (!want.history().equals(got.history())) {
            lost.add("history (" + NotCarried.count(want.history().size(), "entry", "entries") + ")");
        }
        if (want.language() != Language.UNDETERMINED && want.language() != got.language()) {
            lost.add("language (" + want.language() + ")");
        }
        return lost.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", lost));
    }

    @Override
    public void write(Resolution resolution, Writer out) throws IOException {
        Objects.requireNonNull(resolution, "resolution must not be null");
        Objects.requireNonNull(out, "out must not be null");
        Nesting.requireWithinMax(resolution, "the text writer");
        Map<String, String> meta = resolution.hints().values();
        String nl = "CRLF".equals(meta.get(TextParser.META_NEWLINE)) ? "\r\n" : "\n";
        Lines w = new Lines(out, nl, blankLines(meta.getOrDefault(TextParser.META_BLANK_LINES, "")));
        if ("true".equals(meta.get(TextResolutionReader.META_BYTE_ORDER_MARK))) {
            out.write('\uFEFF');
        }
        new Emitter(w, "true".equals(meta.get(TextParser.META_PHRASE_IN_MARKS))).visitResolution(resolution);
        w.raw(meta.getOrDefault(TextParser.META_ENDING, nl));
        w.flush();
    }

    /**
     * Writes the nodes: one method per node type, so a new type fails to compile here until the
     * text conventions say how it is written.
     */
    private static final class Emitter implements Visitor<Void> {
        private final Lines w;
        /** Whether the opening formula is being written: the one part whose text may hold line breaks. */
        private boolean inFormula;
        /** Whether the first section's phrase is to be written by its first paragraph's marks alone. */
        private boolean phraseInMarks;

        Emitter(Lines w, boolean phraseInMarks) {
            this.w = w;
            this.phraseInMarks = phraseInMarks;
        }

        @Override
        public Void visitResolution(Resolution resolution) {
            var id = resolution.identity();
            boolean checked = resolution.formula().isPresent()
                    && furtherLines(resolution.formula().get());
            if (checked) {
                w.capture();
            }
            if (id.heading().isPresent()) {
                w.start();
                w.text(id.heading().get());
            }
            if (id.title().isPresent()) {
                w.start();
                w.text(id.title().get());
            }
            resolution.formula().ifPresent(this::visitOpeningFormula);
            if (checked) {
                // the reader reads CR LF as one newline only when every line ends with it: end the lines
                // as the whole text does (LF then an empty line, so that a CR before it stays text)
                checkFormula(resolution, w.captured() + ("\n".equals(w.nl) ? "\n\n" : w.nl));
            }
            resolution.preamble().forEach(this::visitPreambleSection);
            resolution.operative().forEach(this::visitOperativeSection);
            resolution.annexes().forEach(this::visitAnnex);
            return null;
        }

        @Override
        public Void visitOpeningFormula(OpeningFormula node) {
            w.start();
            inFormula = true;
            List<Inline> content = node.content();
            for (int k = 0; k < content.size(); k++) {
                Inline i = content.get(k);
                if (i instanceof Text t
                        && t.text().endsWith("\n")
                        && k + 1 < content.size()
                        && content.get(k + 1) instanceof Unrecognized) {
                    // the reader's form of a further line of the formula: a line break, then the line as it is
                    w.literal(t.text().substring(0, t.text().length() - 1));
                    w.lineBreak();
                } else {
                    i.accept(this);
                }
            }
            inFormula = false;
            return null;
        }

        /** Whether the formula holds unrecognized lines, which the reader reads as they are. */
        private static boolean furtherLines(OpeningFormula f) {
            return f.content().stream().anyMatch(i -> i instanceof Unrecognized);
        }

        /**
         * Reads the lines written up to the end of the formula as the reader does: each line after
         * the first must stay in the formula (no paragraph, phrase, annex heading or blank line
         * read from it) with the formula's text, else the formula is refused.
         */
        private void checkFormula(Resolution resolution, String head) {
            Language given = resolution.identity().language();
            Resolution back = TextParser.parse(
                            head, given == Language.UNDETERMINED ? null : given, ReadLimits.defaults(), false)
                    .resolution();
            String want = Inline.plainText(resolution.formula().get().content());
            String got = back.formula().map(f -> Inline.plainText(f.content())).orElse("");
            if (!back.preamble().isEmpty()
                    || !back.operative().isEmpty()
                    || !back.annexes().isEmpty()
                    || !got.endsWith(want)) {
                String shown = want.length() > 80 ? want.substring(0, 80) + "…" : want;
                throw w.refused("an opening formula whose lines would read back as other content (a paragraph, a"
                        + " phrase, an annex heading or a blank line): \"" + shown + "\"");
            }
        }

        @Override
        public Void visitPreambleSection(PreambleSection node) {
            if (markedFirst(node)) {
                return null;
            }
            section(node.phrase().text(), node.runIn(), node.paragraphs());
            return null;
        }

        @Override
        public Void visitOperativeSection(OperativeSection node) {
            if (markedFirst(node)) {
                return null;
            }
            if (node.phrase().isEmpty()) {
                node.paragraphs().forEach(this::visitParagraph);
            } else {
                section(node.phrase().get().text(), node.runIn(), node.paragraphs());
            }
            return null;
        }

        @Override
        public Void visitAnnex(Annex a) {
            w.start();
            w.text(a.heading());
            if (a.title().isPresent()) {
                w.start();
                w.text(a.title().get());
            }
            a.paragraphs().forEach(this::visitParagraph);
            return null;
        }

        /**
         * Writes the document's first section without its phrase when the reader found the phrase
         * in the marks of its first line ({@link TextParser#META_PHRASE_IN_MARKS}) and the marks
         * still write it; later sections always write their phrase.
         */
        private boolean markedFirst(org.resdom.model.Section node) {
            boolean first = phraseInMarks;
            phraseInMarks = false;
            if (!first || node.runIn() || !org.resdom.model.Revisions.phraseInMarks(node)) {
                return false;
            }
            node.paragraphs().forEach(this::visitParagraph);
            return true;
        }

        private void section(String phrase, boolean runIn, List<Paragraph> paragraphs) {
            w.start();
            if (runIn && !paragraphs.isEmpty()) {
                // the run-in paragraph's bookmarks stand before the phrase, where the reader takes them from
                for (Anchor a : paragraphs.get(0).anchors()) {
                    w.text("[bookmark: " + a.name() + "]");
                }
            }
            w.text(phrase);
            int from = 0;
            if (runIn && !paragraphs.isEmpty()) {
                Paragraph first = paragraphs.get(0);
                if (!opensWithComma(first)) {
                    w.text(" "); // "Recalling that…"; "напоминая, что…" keeps its comma against the phrase
                }
                body(first);
                from = 1;
            }
            for (int i = from; i < paragraphs.size(); i++) {
                visitParagraph(paragraphs.get(i));
            }
        }

        @Override
        public Void visitParagraph(Paragraph p) {
            w.start();
            for (Anchor a : p.anchors()) {
                w.text("[bookmark: " + a.name() + "]");
            }
            p.label().ifPresent(l -> w.text(l.text() + l.separator()));
            body(p);
            return null;
        }

        /** @return whether the run-in text opens with a comma and a space, as it does after a phrase in Russian */
        private static boolean opensWithComma(Paragraph p) {
            return !p.content().isEmpty()
                    && p.content().get(0) instanceof org.resdom.model.Text t
                    && t.text().startsWith(", ")
                    && (t.text().length() > 2 || p.content().size() > 1);
        }

        private void body(Paragraph p) {
            inline(p.content());
            p.items().forEach(this::visitParagraph);
            if (!p.wrapUp().isEmpty()) {
                w.start();
                inline(p.wrapUp());
            }
        }

        private void inline(List<Inline> content) {
            for (Inline i : content) {
                i.accept(this);
            }
        }

        private Void marked(String open, List<Inline> content, String close) {
            boolean mark = open.charAt(0) == '{';
            if (mark) {
                w.open(open);
            } else {
                w.text(open);
                w.enter();
            }
            inline(content);
            if (mark) {
                w.close(close);
            } else {
                w.leave();
                w.text(close);
            }
            return null;
        }

        private Void text(String s) {
            w.text(s);
            return null;
        }

        @Override
        public Void visitText(Text node) {
            w.literal(node.text());
            return null;
        }

        @Override
        public Void visitAnchor(Anchor node) {
            return text("[bookmark: " + node.name() + "]");
        }

        @Override
        public Void visitFootnoteRef(FootnoteRef node) {
            return text("[footnoteRef:" + node.marker() + "]");
        }

        @Override
        public Void visitFootnote(Footnote node) {
            return marked("[" + node.marker() + ":", node.content(), "]");
        }

        @Override
        public Void visitInserted(Inserted node) {
            return marked("{+", node.content(), "+}");
        }

        @Override
        public Void visitDeleted(Deleted node) {
            return marked("{-", node.content(), "-}");
        }

        @Override
        public Void visitBracketed(Bracketed node) {
            return marked("{[", node.content(), "]}");
        }

        /** A citation's text is literal text, checked as a {@code Text} node's is. */
        private Void citation(String text) {
            w.literal(text);
            return null;
        }

        /**
         * Unrecognized text is literal text too, checked as a {@code Text} node's is (it reads back
         * as text); in the formula, where the reader keeps unrecognized lines as they are (mark-up
         * and all), the line is written as it is and the formula's check reads it back instead.
         */
        @Override
        public Void visitUnrecognized(Unrecognized node) {
            if (inFormula) {
                w.formulaLines(node.raw());
            } else {
                w.literal(node.raw());
            }
            return null;
        }

        /** The element's content: plain text has no place for its name and attributes. */
        @Override
        public Void visitUnknownElement(UnknownElement node) {
            inline(node.content());
            return null;
        }

        @Override
        public Void visitInstrumentCitation(InstrumentCitation node) {
            return citation(node.text());
        }

        @Override
        public Void visitUnResolutionCitation(UnResolutionCitation node) {
            return citation(node.text());
        }

        @Override
        public Void visitUnDocumentCitation(UnDocumentCitation node) {
            return citation(node.text());
        }

        @Override
        public Void visitNamedInstrumentCitation(NamedInstrumentCitation node) {
            return citation(node.text());
        }

        @Override
        public Void visitProvisionCitation(ProvisionCitation node) {
            return citation(node.text());
        }

        @Override
        public Void visitAnnexCitation(AnnexCitation node) {
            return citation(node.text());
        }

        @Override
        public Void visitOtherCitation(OtherCitation node) {
            return citation(node.text());
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
        /** The inline levels the reader reads under its default limits: the paragraph is one level of {@link Nesting#MAX}. */
        private static final int INLINE_LEVELS = Nesting.MAX - 1;
        /** The line being written (without blank lines), and the marks written on it: opening offset to closing offset. */
        private final StringBuilder current = new StringBuilder();

        private final Map<Integer, Integer> marks = new HashMap<>();
        private final ArrayDeque<Integer> opens = new ArrayDeque<>();
        /** The ranges of the line holding the text of {@code Text} nodes with a brace. */
        private final List<int[]> literals = new ArrayList<>();
        /** The offsets of the line break tokens written on the line. */
        private final Set<Integer> breaks = new HashSet<>();
        /** The containers being written (0: the line itself), and how many were opened. */
        private final ArrayDeque<Integer> containers = new ArrayDeque<>(List.of(0));

        private int containerCount;
        /** What was written since {@link #capture()}, or null. */
        private StringBuilder captured;

        private int line = 1;
        private boolean started;
        private IOException error;
        /**
         * With LF line ends, the output held back while every line written ends in CR (a text's CR
         * before the line end): the reader reads a text whose every line ends in CR LF as CR LF
         * text and would drop those CRs, so such a text is written with CR LF line ends instead
         * (the CR of the text before each). Released at the first line that does not end in CR.
         */
        private StringBuilder held;

        Lines(Writer out, String nl, Map<Integer, String> blanks) {
            this.out = out;
            this.nl = nl;
            this.blanks = blanks;
            this.held = "\n".equals(nl) ? new StringBuilder() : null;
        }

        void start() {
            if (started) {
                newline();
            } else {
                started = true;
                blanks();
            }
        }

        /**
         * Writes literal text (of a {@code Text}, a citation or an {@code Unrecognized} node):
         * each line break as {@code {/}} (a line of the text being a paragraph), and mark-up tokens
         * in it must read back as text.
         */
        void literal(String s) {
            int from = current.length();
            int start = 0;
            int i;
            while ((i = s.indexOf('\n', start)) >= 0) {
                text(s.substring(start, i));
                breaks.add(current.length());
                text(TextParser.LINE_BREAK);
                start = i + 1;
            }
            text(s.substring(start));
            if (s.indexOf('{') >= 0 || s.indexOf('}') >= 0 || start > 0) {
                literals.add(new int[] {Math.min(from, current.length()), current.length(), containers.peek()});
            }
        }

        /** Ends the line: the break between the opening formula's lines. */
        void lineBreak() {
            newline();
        }

        /** Writes an unrecognized line of the opening formula as it is, line breaks and all (the formula's check reads them back). */
        void formulaLines(String s) {
            int from = 0;
            int i;
            while ((i = s.indexOf('\n', from)) >= 0) {
                text(s.substring(from, i));
                newline();
                from = i + 1;
            }
            text(s.substring(from));
        }

        /** Whether the offset of the line lies in literal text. */
        private boolean inLiteral(int offset) {
            return literal(offset, 1) >= 0;
        }

        /**
         * The inline container (a mark or a footnote) a two-character token at the offset stands in
         * when it lies in literal text, or -1.
         */
        private int container(int offset) {
            int at = literal(offset, 2);
            return at < 0 ? -1 : literals.get(at)[2];
        }

        /**
         * The index of the literal range holding the {@code width} characters at the offset, or -1;
         * a binary search, the ranges being in line order.
         */
        private int literal(int offset, int width) {
            int lo = 0;
            int hi = literals.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int[] r = literals.get(mid);
                if (offset < r[0]) {
                    hi = mid - 1;
                } else if (offset + width - 1 >= r[1]) {
                    lo = mid + 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }

        /** A footnote's content begins: a container the reader parses apart. */
        void enter() {
            containers.push(++containerCount);
        }

        void leave() {
            containers.pop();
        }

        /** Writes the opening token of a revision mark or brackets ({@code {+}, {@code {-}, {@code {[}). */
        void open(String token) {
            opens.push(current.length());
            text(token);
            containers.push(++containerCount);
        }

        /** Writes the closing token of the mark opened last. */
        void close(String token) {
            containers.pop();
            marks.put(opens.pop(), current.length());
            text(token);
        }

        /**
         * Checks that the line just written reads back with exactly the marks the writer wrote,
         * pairing {@code {+ +}}, {@code {- -}}, {@code {[ ]}} as the reader does (per line, with a
         * stack): every mark written must read back as written, and no two tokens of the text of
         * {@code Text} nodes in one container (a mark, a footnote, the line) may read back as a
         * mark. (The text of {@code Unrecognized} nodes is literal text too.)
         */
        private void checkLine() {
            if (!opens.isEmpty()) {
                throw refused("a revision mark holding a line break");
            }
            if (marks.isEmpty() && literals.isEmpty()) {
                return;
            }
            checkBreaks();
            Map<Integer, Integer> read = new HashMap<>();
            Set<Integer> tooDeep = new HashSet<>();
            ArrayDeque<Integer> stack = new ArrayDeque<>();
            int i = 0;
            while (i + 1 < current.length()) {
                char c = current.charAt(i);
                char d = current.charAt(i + 1);
                if (c == '{' && (d == '+' || d == '-' || d == '[')) {
                    if (stack.size() >= INLINE_LEVELS) {
                        tooDeep.add(i);
                    }
                    stack.push(i);
                    i += 2;
                } else if (d == '}'
                        && (c == '+' || c == '-' || c == ']')
                        && !stack.isEmpty()
                        && current.charAt(stack.peek() + 1) == (c == ']' ? '[' : c)) {
                    read.put(stack.pop(), i);
                    i += 2;
                } else {
                    i++;
                }
            }
            boolean changed = !read.entrySet().containsAll(marks.entrySet());
            for (Map.Entry<Integer, Integer> e : read.entrySet()) {
                // the reader parses two tokens of literal text as a mark when both stand in one container,
                // unless beyond its inline levels, where a pair stays text as it was read
                int c = container(e.getKey());
                changed |= !tooDeep.contains(e.getKey()) && c >= 0 && c == container(e.getValue());
            }
            if (changed) {
                String l = current.toString();
                throw refused("text holding the mark-up {+ +}, {- -} or {[ ]} itself, which would read back as other"
                        + " marks: \"" + (l.length() > 80 ? l.substring(0, 80) + "…" : l) + "\"");
            }
        }

        /**
         * Checks that the line break tokens {@code {/}} the line reads back with are the ones the
         * writer wrote: literal text holding {@code {/}} itself (or ending in {@code {} before
         * {@code /}} …) would read back as a line break.
         */
        private void checkBreaks() {
            int at = current.indexOf(TextParser.LINE_BREAK);
            while (at >= 0) {
                if (!breaks.contains(at) && inLiteral(at)) {
                    String l = current.toString();
                    throw refused("text holding the line break mark-up " + TextParser.LINE_BREAK
                            + " itself, which would read back as a line break: \""
                            + (l.length() > 80 ? l.substring(0, 80) + "…" : l) + "\"");
                }
                at = current.indexOf(TextParser.LINE_BREAK, at + TextParser.LINE_BREAK.length());
            }
        }

        /** Keeps a copy of what is written from now on. */
        void capture() {
            captured = new StringBuilder();
        }

        /** @return what was written since {@link #capture()}; stops keeping it */
        String captured() {
            String c = captured.toString();
            captured = null;
            return c;
        }

        WriteRefusedException refused(String what) {
            return new WriteRefusedException("the text writer refuses " + what + " (line " + line
                    + "); plain text cannot carry it and nothing is changed: write JSON, XML or Akoma Ntoso instead");
        }

        private void newline() {
            checkLine();
            current.setLength(0);
            marks.clear();
            literals.clear();
            breaks.clear();
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

        /**
         * Writes text on the current line; a line break there (in a heading, a phrase, a label, a
         * bookmark's name) has no form that reads back and is refused.
         */
        void text(String s) {
            if (s.indexOf('\n') >= 0) {
                throw refused("a line break outside the text of a paragraph (in a heading, a title, a phrase, a"
                        + " label or a bookmark's name), where it would read back as another line: \""
                        + (s.length() > 80 ? s.substring(0, 80) + "…" : s) + "\"");
            }
            current.append(s);
            raw(s);
        }

        void raw(String s) {
            if (captured != null) {
                captured.append(s);
            }
            if (error != null) {
                return;
            }
            try {
                if (held == null) {
                    out.write(s);
                    return;
                }
                int at = held.length();
                held.append(s);
                for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
                    if (at + i == 0 || held.charAt(at + i - 1) != '\r') {
                        out.write(held.toString());
                        held = null;
                        return;
                    }
                }
            } catch (IOException e) {
                error = e;
            }
        }

        void flush() throws IOException {
            checkLine();
            if (error == null && held != null) {
                // every line ends in CR: CR LF line ends keep those CRs text
                String h = held.toString();
                held = null;
                try {
                    out.write(h.replace("\n", "\r\n"));
                } catch (IOException e) {
                    error = e;
                }
            }
            if (error != null) {
                throw error;
            }
            out.flush();
        }
    }

    /** Configures a {@link TextResolutionWriter}. */
    public static final class Builder {
        private Builder() {}

        /** @return the writer */
        public TextResolutionWriter build() {
            return new TextResolutionWriter(this);
        }
    }
}
