package org.resdom.io.text.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.io.ReadLimits;
import org.resdom.io.ReadResult;
import org.resdom.io.TextCodes;
import org.resdom.lang.PhraseBook;
import org.resdom.lang.PhraseMatch;
import org.resdom.model.ActionKind;
import org.resdom.model.Anchor;
import org.resdom.model.Annex;
import org.resdom.model.Body;
import org.resdom.model.DocumentKind;
import org.resdom.model.Footnote;
import org.resdom.model.FootnoteRef;
import org.resdom.model.Identity;
import org.resdom.model.Inline;
import org.resdom.model.Label;
import org.resdom.model.LabelStyle;
import org.resdom.model.Language;
import org.resdom.model.OpeningFormula;
import org.resdom.model.OperativePhrase;
import org.resdom.model.OperativeSection;
import org.resdom.model.Paragraph;
import org.resdom.model.PreambleKind;
import org.resdom.model.PreamblePhrase;
import org.resdom.model.PreambleSection;
import org.resdom.model.Resolution;
import org.resdom.model.Revision;
import org.resdom.model.SourceSpan;
import org.resdom.model.Text;
import org.resdom.model.Unrecognized;

/**
 * Reads the plain-text form of a resolution: classifies each line (title, formula, phrase,
 * labelled or unlabelled paragraph, annex heading), nests sub-items, and hands each line's
 * content to the {@link InlineParser}. One pass over the lines after a bounded language
 * detection pass; work per line is linear in its length.
 */
public final class TextParser {

    /** Metadata key: the text after the last non-blank line, when it is not one newline. */
    public static final String META_ENDING = "text.ending";
    /**
     * Metadata key: the first section's phrase is written only by the marks of its first line
     * ({@code {-considering-}{+recognizing+}} after the formula), so the writer does not write
     * the phrase on a line of its own before it.
     */
    public static final String META_PHRASE_IN_MARKS = "text.phrase-in-marks";
    /** Metadata key: blank lines ({@code 43}, or {@code 43:st} for a line of a space and a TAB). */
    public static final String META_BLANK_LINES = "text.blank-lines";
    /**
     * A line break inside text ({@code {/}}, the slash that marks a line break in quoted verse):
     * each line of the text is a paragraph, so a line break in a paragraph's text is written so.
     */
    public static final String LINE_BREAK = "{/}";
    /** Metadata key: {@code CRLF} when every line ends with CR LF. */
    public static final String META_NEWLINE = "text.newline";

    private TextLines lines;
    private int lineIndex;
    /** The longest line read for a phrase or a title line. */
    static final int MAX_HEADING = 240;

    private final String s;
    private final ReadLimits limits;
    private final Language given;
    private boolean unLayout;
    /** Outline numbers nest: {@code 9.3.8} is an item of {@code 9.3}, {@code 1bis.1} of {@code 1bis}. */
    private boolean outline;

    private Source source;
    private Nesting.Rules rules;
    private Sink sink;
    private Vocabulary vocab;
    private Language language;
    private InlineParser inline;
    private Citing finder;

    // document state
    private String heading;
    private String title;
    private DocumentKind kind = DocumentKind.RESOLUTION;
    private String number;
    private final List<Revision> history = new ArrayList<>();
    private Body body = Body.OTHER;
    private List<Inline> formula;
    private int formulaStart;
    private int formulaEnd;
    private final List<Sec> sections = new ArrayList<>();
    private final List<Ann> annexes = new ArrayList<>();
    private boolean anyOperative;
    private int contentLinesSeen;
    private boolean lastWasHeading;

    private TextParser(String s, Language given, ReadLimits limits) {
        this.s = s;
        this.given = given;
        this.limits = limits;
    }

    /**
     * Reads a document.
     *
     * @param text the input (already cut to {@code maxChars})
     * @param given the language, or null to detect it
     * @param limits the limits
     * @param truncated whether the input was cut at {@code maxChars}
     * @return the document and diagnostics
     */
    public static ReadResult parse(String text, Language given, ReadLimits limits, boolean truncated) {
        return parse(text, given, limits, truncated, false);
    }

    /**
     * Reads a document whose lines are paragraphs made by the layout stages.
     *
     * @param text the input (already cut to {@code maxChars})
     * @param given the language, or null to detect it
     * @param limits the limits
     * @param truncated whether the input was cut at {@code maxChars}
     * @param unLayout the paragraphs follow the UN layout: every unlabelled paragraph of the
     *        preamble opens a run-in section (its phrase the known phrase, else its first word,
     *        with the next one after an adverb), and the first numbered paragraph opens the
     *        operative part whatever its verb
     * @return the document and diagnostics
     */
    public static ReadResult parse(
            String text, Language given, ReadLimits limits, boolean truncated, boolean unLayout) {
        return parse(text, given, limits, truncated, unLayout, false, false);
    }

    /**
     * Reads a document that is not written back byte for byte (a Word document's text, lines made
     * by the layout stages, where outline numbers may nest).
     *
     * @param text the input (already cut to {@code maxChars})
     * @param given the language, or null to detect it
     * @param limits the limits
     * @param truncated whether the input was cut at {@code maxChars}
     * @param unLayout the paragraphs follow the UN layout (see {@link #parse(String, Language, ReadLimits, boolean,
     *        boolean)})
     * @param outline a number of more levels is an item of the paragraph its first levels number
     *        ({@code 9.3.8} of {@code 9.3}, {@code 1bis.1} of {@code 1bis}, {@code 1.1bis} of {@code 1}),
     *        when that paragraph is the last of its list; plain text keeps them in one list, as it
     *        writes them
     * @param anchorsBeforeHeadings bookmarks before a section heading that has no run-in text go
     *        to the section's first paragraph (the heading is still read as a heading); plain
     *        text, which is written back as it was read, keeps such a line a paragraph
     * @return the document and diagnostics
     */
    public static ReadResult parse(
            String text,
            Language given,
            ReadLimits limits,
            boolean truncated,
            boolean unLayout,
            boolean outline,
            boolean anchorsBeforeHeadings) {
        TextParser p = new TextParser(text, given, limits);
        p.unLayout = unLayout;
        p.outline = outline;
        p.anchorsBeforeHeadings = anchorsBeforeHeadings;
        try {
            return p.run(truncated);
        } catch (RuntimeException | StackOverflowError e) {
            Identity id = Identity.unknown();
            Resolution r = Resolution.empty(id);
            if (!text.isEmpty()) {
                r = new Resolution(
                        id,
                        Optional.of(new OpeningFormula(List.of(Unrecognized.of(text)), Optional.empty())),
                        List.of(),
                        List.of(),
                        List.of(),
                        Map.of(META_ENDING, ""),
                        Optional.empty());
            }
            return new ReadResult(
                    r,
                    List.of(new Diagnostic(
                            TextCodes.INTERNAL,
                            Severity.ERROR,
                            "internal error: " + e,
                            Optional.empty(),
                            Optional.of(SourceSpan.of(0, 0, 1, 1)))));
        }
    }

    // ====================================================================== lines

    private ReadResult run(boolean truncated) {
        lines = TextLines.of(s);
        int[] starts = lines.starts();
        int[] ends = lines.ends();
        int count = lines.count();
        source = new Source(starts, count, s.length());
        sink = new Sink(limits.maxDiagnostics(), source);
        rules = new Nesting.Rules(outline, limits.maxDepth(), sink, source, pendingAnchors);
        if (truncated) {
            sink.report(
                    TextCodes.LIMIT,
                    Severity.ERROR,
                    "input longer than maxChars " + limits.maxChars() + "; the rest was not read",
                    s.length(),
                    s.length());
        }
        int lastContent = lines.lastContent();
        boolean[] content = lines.content();
        Map<String, String> meta = lines.hints(s);
        language = given != null ? given : LanguageDetection.detect(s, lines, sink);
        vocab = Vocabulary.of(language);
        CharacterScan scan = new CharacterScan(s, sink);
        for (int k = 0; k <= lastContent; k++) {
            if (content[k]) {
                scan.line(starts[k], ends[k]);
            }
        }
        finder = new Citing(language, source);
        // the paragraph holding the inline content is itself one level of the model's depth
        inline = new InlineParser(s, finder, source, sink, limits.maxDepth() - 1);
        for (int k = 0; k <= lastContent; k++) {
            if (content[k]) {
                lineIndex = k;
                line(starts[k], ends[k]);
                contentLinesSeen++;
            }
        }
        if (phraseInMarks) {
            meta.put(META_PHRASE_IN_MARKS, "true");
        }
        Resolution r = build(meta);
        checkFootnotes(r);
        return new ReadResult(r, sink.finish(s.length()));
    }

    private boolean phraseLine(String line) {
        for (PhraseBook b : vocab.books()) {
            if (b.matchPreamble(line).isPresent() || b.matchAction(line).isPresent()) {
                return true;
            }
        }
        return false;
    }

    // ====================================================================== one line

    /** The first ']' from {@code from} before {@code limit}, or -1: a bounded scan, never past the line. */
    private int closingBracket(int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (s.charAt(i) == ']') {
                return i;
            }
        }
        return -1;
    }

    private void line(int start, int end) {
        inline.line(start, end);
        List<Anchor> anchors = new ArrayList<>();
        int p = start;
        while (s.startsWith(InlineParser.BOOKMARK, p)) {
            int close = closingBracket(p, Math.min(end, p + 257));
            if (close < 0) {
                break;
            }
            String name = s.substring(p + InlineParser.BOOKMARK.length(), close);
            if (name.isBlank() || name.indexOf('[') >= 0) {
                break;
            }
            anchors.add(new Anchor(name, Optional.of(source.span(p, close + 1))));
            p = close + 1;
        }
        Optional<LineLabels.Found> lab = LineLabels.at(s, p, end);
        boolean first = contentLinesSeen == 0;
        boolean afterHeading = lastWasHeading;
        lastWasHeading = false;
        if (lab.isPresent()) {
            labelled(start, end, anchors, p, lab.get());
            return;
        }
        String line = s.substring(start, end);
        if (anchors.isEmpty()) {
            Ann annexHeading = annexHeading(line, start, end);
            if (annexHeading != null) {
                annexes.add(annexHeading);
                return;
            }
            if (!annexes.isEmpty()) {
                Ann a = annexes.get(annexes.size() - 1);
                if (a.title == null && a.levels.root().isEmpty()) {
                    a.title = line;
                    return;
                }
                unlabelled(start, end);
                return;
            }
            if (first && formula == null && sections.isEmpty()) {
                Object[] h = docHeading(line);
                if (h != null) {
                    heading = line;
                    kind = (DocumentKind) h[0];
                    number = (String) h[1];
                    if (h[2] != null) {
                        history.add((Revision) h[2]);
                    }
                    lastWasHeading = true;
                    return;
                }
            }
            if (afterHeading
                    && formula == null
                    && sections.isEmpty()
                    && (!formulaLike(line) || titleBeforeFormula(line))
                    && !phraseLine(line)) {
                title = line;
                return;
            }
            if (heading(line, start, end)) {
                return;
            }
        } else if (headingAfterAnchors(anchors, p, end)) {
            return;
        }
        unlabelled(start, end);
    }

    /**
     * Bookmarks are not text: a section heading after them (Word puts hidden bookmarks such as
     * {@code _Hlk…}, {@code _Toc…}, {@code _Ref…} before a paragraph's first word) is read as a
     * heading, and the bookmarks go to the section's run-in paragraph, else to the next
     * paragraph read. Before, the phrase was read as the text of a paragraph.
     */
    private boolean headingAfterAnchors(List<Anchor> anchors, int p, int end) {
        if (!annexes.isEmpty() || p >= end) {
            return false;
        }
        String line = s.substring(p, end);
        if (!anchorsBeforeHeadings && !runInHeading(line)) {
            return false; // plain text: the line stays a paragraph, so it is written back as it was
        }
        int before = sections.size();
        if (!heading(line, p, end)) {
            return false;
        }
        for (int i = before; i < sections.size(); i++) {
            List<Item> root = sections.get(i).levels.root();
            if (!root.isEmpty()) {
                root.get(0).anchors.addAll(0, anchors);
                return true;
            }
        }
        pendingAnchors.addAll(anchors);
        pendingAt = p;
        return true;
    }

    private boolean anchorsBeforeHeadings;

    /** Whether the line opens with a known phrase followed by run-in text (a space, then more). */
    private boolean runInHeading(String line) {
        String head = line.length() > MAX_HEADING ? line.substring(0, MAX_HEADING) : line;
        boolean terminal = endsTerminal(line);
        for (PhraseBook b : vocab.books()) {
            // an action phrase runs in only before a terminal sentence (else the rest is its addressee)
            for (Optional<? extends PhraseMatch<?>> m :
                    terminal ? List.of(b.matchAction(head), b.matchPreamble(head)) : List.of(b.matchPreamble(head))) {
                int e = m.map(PhraseMatch::end).orElse(-1);
                if (e > 0 && line.length() > e + 1 && line.charAt(e) == ' ' && !isPunctuationOnly(line.substring(e))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Bookmarks read before a heading that has no run-in paragraph: the next paragraph takes them. */
    private final List<Anchor> pendingAnchors = new ArrayList<>();

    private int pendingAt;

    private void labelled(int start, int end, List<Anchor> anchors, int p, LineLabels.Found lab) {
        String labelText = s.substring(p, lab.labelEnd());
        String sep = s.substring(lab.labelEnd(), lab.separatorEnd());
        Label label = Label.of(labelText, sep);
        Sec current = sections.isEmpty() ? null : sections.get(sections.size() - 1);
        if (annexes.isEmpty()) {
            if (current == null) {
                sections.add(operativeSec(null, false, start));
                anyOperative = true;
            } else if (current.preamble
                    && label.style() == LabelStyle.NUMBER
                    && (unLayout || startsWithAction(lab.separatorEnd(), end) || unStyle(current))) {
                sections.add(operativeSec(null, false, start));
                anyOperative = true;
            }
        }
        if (label.bracketed()) {
            sink.report(
                    TextCodes.BRACKETED_PARAGRAPH,
                    Severity.INFO,
                    "paragraph in square brackets (text under negotiation)",
                    p,
                    lab.labelEnd());
        }
        Item para = new Item(anchors, label, inline.parse(lab.separatorEnd(), end, 0), start, end);
        levels().add(para, styleKey(label), p, lab.labelEnd());
        if (annexes.isEmpty()) {
            sections.get(sections.size() - 1).labelled = true;
        }
    }

    /**
     * Whether a preamble section is written as the UN writes its preamble: a phrase running into
     * its one unlabelled paragraph, which does not end with a colon. Its paragraphs carry no
     * number, so a numbered paragraph after it opens the operative part, whatever its first
     * words (a UN operative paragraph may open with a participle, "1. Emphasizing …").
     */
    private static boolean unStyle(Sec section) {
        List<Item> root = section.levels.root();
        return section.runIn && !section.labelled && !root.isEmpty() && !root.get(root.size() - 1).colon;
    }

    private void unlabelled(int start, int end) {
        if (annexes.isEmpty() && sections.isEmpty()) {
            if (formula == null) {
                String line = s.substring(start, Math.min(end, start + 2000));
                Body named = vocab.bodyNamedIn(PhraseBook.normalize(line));
                body = named == null ? Body.OTHER : named;
                finder.ownBody(body);
                formula = new ArrayList<>(inline.parse(start, end, 0));
                formulaStart = start;
                formulaEnd = end;
                if (body == Body.OTHER) {
                    sink.report(
                            TextCodes.BODY_UNKNOWN,
                            Severity.INFO,
                            "the opening formula names no body the phrase tables know",
                            start,
                            end);
                }
                Revision rev = formulaRevision(start, end);
                if (rev != null && history.isEmpty()) {
                    history.add(rev);
                }
                numberFromBookmark(start, end);
            } else if (!phraseUnderRevision(start, end)) {
                formula.add(Text.of("\n"));
                formula.add(new Unrecognized(s.substring(start, end), Optional.of(source.span(start, end))));
                formulaEnd = end;
                sink.report(
                        TextCodes.UNRECOGNIZED,
                        Severity.WARNING,
                        "text between the opening formula and the first section; kept unrecognized",
                        start,
                        end);
            }
            return;
        }
        addParagraph(inline.parse(start, end, 0), start, end);
    }

    private void addParagraph(List<Inline> content, int start, int end) {
        levels().add(new Item(List.of(), null, content, start, end), "NONE", start, start);
    }

    /**
     * A line after the opening formula and before any section that begins with marks, and whose
     * text in either version begins with a section phrase ({@code {-considering-}{+recognizing+}},
     * {@code {-Guided-}{+Recalling+} the purposes…}): the first phrase of the document under
     * revision. It opens a section whose phrase is the accepted one (the rejected one when the
     * accepted version has none), and the line is the section's first paragraph, as
     * {@code Revisions.compare} makes it; accepting or rejecting the marks then gives the phrase of
     * that version. Before, the line was kept unrecognized in the formula and the preamble lost.
     *
     * @return whether a section was opened (the line is then its first paragraph)
     */
    private boolean phraseInMarks;

    private boolean phraseUnderRevision(int start, int end) {
        int p = start;
        while (s.startsWith(InlineParser.BOOKMARK, p)) {
            int close = s.indexOf(']', p);
            if (close < 0 || close >= end) {
                return false;
            }
            p = close + 1;
        }
        if (p + 1 >= end || s.charAt(p) != '{' || "+-<>".indexOf(s.charAt(p + 1)) < 0) {
            return false; // not a line of marks: no inline parse for a line kept unrecognized
        }
        List<Inline> content = inline.parse(start, end, 0);
        int i = 0;
        while (i < content.size() && content.get(i) instanceof Anchor) {
            i++;
        }
        if (i == content.size()
                || !(content.get(i) instanceof org.resdom.model.Inserted
                        || content.get(i) instanceof org.resdom.model.Deleted)) {
            return false;
        }
        for (boolean accept : new boolean[] {true, false}) {
            String text = versionText(content, accept).strip();
            String head = text.length() > MAX_HEADING ? text.substring(0, MAX_HEADING) : text;
            for (PhraseBook b : vocab.books()) {
                Optional<PhraseMatch<PreambleKind>> m = b.matchPreamble(head);
                if (m.isPresent()
                        && (m.get().end() == text.length()
                                || text.charAt(m.get().end()) == ' ')) {
                    PreamblePhrase phrase = new PreamblePhrase(
                            text.substring(0, m.get().end()),
                            m.get().kind(),
                            m.get().qualifier());
                    if (!org.resdom.model.Revisions.phraseInMarks(
                            new PreambleSection(phrase, false, List.of(firstParagraph(content)), Optional.empty()))) {
                        return false;
                    }
                    sections.add(preambleSec(phrase, false, start));
                    addParagraph(content, start, end);
                    phraseInMarks = true;
                    return true;
                }
                Optional<PhraseMatch<ActionKind>> a = b.matchAction(head);
                if (a.isPresent()
                        && (a.get().end() == text.length()
                                || text.charAt(a.get().end()) == ' ')) {
                    OperativePhrase phrase = new OperativePhrase(
                            text.substring(0, a.get().end()),
                            a.get().kind(),
                            a.get().qualifier(),
                            Optional.empty());
                    if (!org.resdom.model.Revisions.phraseInMarks(new OperativeSection(
                            Optional.of(phrase), false, List.of(firstParagraph(content)), Optional.empty()))) {
                        return false;
                    }
                    sections.add(operativeSec(phrase, false, start));
                    anyOperative = true;
                    addParagraph(content, start, end);
                    phraseInMarks = true;
                    return true;
                }
            }
        }
        return false;
    }

    private static Paragraph firstParagraph(List<Inline> content) {
        return new Paragraph(List.of(), Optional.empty(), content, List.of(), List.of(), Optional.empty());
    }

    /** The plain text of marked content in one version: inserted text accepted, deleted rejected. */
    private static String versionText(List<Inline> content, boolean accept) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : content) {
            if (i instanceof org.resdom.model.Inserted m) {
                if (accept) {
                    sb.append(versionText(m.content(), accept));
                }
            } else if (i instanceof org.resdom.model.Deleted m) {
                if (!accept) {
                    sb.append(versionText(m.content(), accept));
                }
            } else if (!(i instanceof Anchor)) {
                sb.append(Inline.plainText(List.of(i)));
            }
        }
        return sb.toString();
    }

    private Nesting levels() {
        if (!annexes.isEmpty()) {
            return annexes.get(annexes.size() - 1).levels;
        }
        return sections.get(sections.size() - 1).levels;
    }

    private boolean startsWithAction(int from, int end) {
        String rest = s.substring(from, Math.min(end, from + MAX_HEADING));
        for (PhraseBook b : vocab.books()) {
            if (b.matchAction(rest).isPresent()) {
                return true;
            }
        }
        return false;
    }

    // ====================================================================== headings

    private boolean heading(String line, int start, int end) {
        String head = line.length() > MAX_HEADING ? line.substring(0, MAX_HEADING) : line;
        boolean terminal = endsTerminal(line);
        for (int round = 0; round < 2; round++) {
            boolean tryAction = (round == 0) == anyOperative;
            for (PhraseBook b : vocab.books()) {
                if (tryAction) {
                    Optional<PhraseMatch<ActionKind>> m = b.matchAction(head);
                    if (m.isPresent() && operative(line, m.get(), terminal, start)) {
                        return true;
                    }
                } else {
                    Optional<PhraseMatch<PreambleKind>> m = b.matchPreamble(head);
                    if (m.isPresent() && preamble(line, m.get(), start)) {
                        return true;
                    }
                }
            }
        }
        if (unLayout && !anyOperative && formula != null && annexes.isEmpty()) {
            int e = firstWords(line);
            if (e > 0) {
                PhraseMatch<PreambleKind> m =
                        new PhraseMatch<>(PreambleKind.OTHER, language, e, line.substring(0, e), Optional.empty());
                return preamble(line, m, start);
            }
        }
        if (!terminal && line.length() <= MAX_HEADING) {
            return glued(line, start);
        }
        return false;
    }

    /** @return the end of the capitalised first word (and the next after an adverb in -ly), or -1 */
    private static int firstWords(String line) {
        if (line.isEmpty() || !Character.isUpperCase(line.charAt(0))) {
            return -1;
        }
        int e = 0;
        while (e < line.length() && Character.isLetter(line.charAt(e))) {
            e++;
        }
        if (e < 3 || e >= line.length() || line.charAt(e) != ' ') {
            return -1;
        }
        if (line.startsWith("ly", e - 2)) {
            int f = e + 1;
            while (f < line.length() && Character.isLetter(line.charAt(f))) {
                f++;
            }
            if (f > e + 1 && f < line.length() && line.charAt(f) == ' ') {
                return f;
            }
        }
        return e;
    }

    private boolean operative(String line, PhraseMatch<ActionKind> m, boolean terminal, int start) {
        String rest = line.substring(m.end());
        if (!terminal || isPunctuationOnly(rest)) {
            String addressee = rest.strip();
            Sec sec = operativeSec(
                    new OperativePhrase(
                            line,
                            m.kind(),
                            m.qualifier(),
                            addressee.isEmpty() || isPunctuationOnly(rest) ? Optional.empty() : Optional.of(addressee)),
                    false,
                    start);
            sections.add(sec);
            anyOperative = true;
            return true;
        }
        if (rest.length() > 1 && rest.charAt(0) == ' ') {
            Sec sec = operativeSec(
                    new OperativePhrase(line.substring(0, m.end()), m.kind(), m.qualifier(), Optional.empty()),
                    true,
                    start);
            sections.add(sec);
            anyOperative = true;
            int from = start + m.end() + 1;
            sec.levels.add(
                    new Item(
                            List.of(), null, inline.parse(from, start + line.length(), 0), from, start + line.length()),
                    "NONE",
                    from,
                    from);
            return true;
        }
        return false;
    }

    private boolean preamble(String line, PhraseMatch<PreambleKind> m, int start) {
        String rest = line.substring(m.end());
        boolean runIn = !rest.isBlank();
        // the run-in text follows a space ("Recalling that…"), or is a clause set off by a comma
        // ("напоминая, что…"), which the writer writes against the phrase
        boolean comma = rest.startsWith(", ") && rest.length() > 2;
        if (runIn && !comma && (rest.length() < 2 || rest.charAt(0) != ' ' || rest.startsWith(" , "))) {
            return false;
        }
        String text = runIn ? line.substring(0, m.end()) : line;
        Sec sec;
        if (anyOperative) {
            sink.report(
                    TextCodes.SECTION_ORDER,
                    Severity.WARNING,
                    "preamble phrase '" + m.phrase() + "' after the operative part; kept as an operative section",
                    start,
                    start + m.end());
            sec = operativeSec(
                    new OperativePhrase(text, ActionKind.OTHER, Optional.empty(), Optional.empty()), runIn, start);
        } else {
            sec = preambleSec(new PreamblePhrase(text, m.kind(), m.qualifier()), runIn, start);
        }
        sections.add(sec);
        if (runIn) {
            int from = start + m.end() + (comma ? 0 : 1);
            int to = start + line.length();
            sec.levels.add(new Item(List.of(), null, inline.parse(from, to, 0), from, to), "NONE", from, from);
        }
        return true;
    }

    private boolean glued(String line, int start) {
        for (PhraseBook b : vocab.books()) {
            int firstEnd = -1;
            Optional<PhraseMatch<PreambleKind>> p1 = b.matchPreamblePrefix(line);
            Optional<PhraseMatch<ActionKind>> a1 = b.matchActionPrefix(line);
            if (p1.isPresent()) {
                firstEnd = p1.get().end();
            } else if (a1.isPresent()) {
                firstEnd = a1.get().end();
            }
            if (firstEnd <= 0 || firstEnd >= line.length() || !Character.isLetter(line.charAt(firstEnd))) {
                continue;
            }
            String rest = line.substring(firstEnd);
            Optional<PhraseMatch<PreambleKind>> p2 = b.matchPreamble(rest);
            Optional<PhraseMatch<ActionKind>> a2 = b.matchAction(rest);
            String firstPhrase = line.substring(0, firstEnd);
            if (p2.isPresent() && rest.substring(p2.get().end()).isBlank() && !anyOperative) {
                sink.report(
                        TextCodes.GLUED_PHRASE,
                        Severity.WARNING,
                        "phrases glued together: '" + firstPhrase + "' + '" + rest.strip()
                                + "'; the section takes the second",
                        start + firstEnd,
                        start + line.length());
                sections.add(preambleSec(
                        new PreamblePhrase(line, p2.get().kind(), p2.get().qualifier()), false, start));
                return true;
            }
            if (a2.isPresent()) {
                String addressee = rest.substring(a2.get().end()).strip();
                sink.report(
                        TextCodes.GLUED_PHRASE,
                        Severity.WARNING,
                        "phrases glued together: '" + firstPhrase + "' + '" + rest.strip()
                                + "'; the section takes the second",
                        start + firstEnd,
                        start + line.length());
                sections.add(operativeSec(
                        new OperativePhrase(
                                line,
                                a2.get().kind(),
                                a2.get().qualifier(),
                                addressee.isEmpty() ? Optional.empty() : Optional.of(addressee)),
                        false,
                        start));
                anyOperative = true;
                return true;
            }
        }
        return false;
    }

    private static boolean endsTerminal(String line) {
        String t = line.stripTrailing();
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(t.length() - 1);
        return c == ';'
                || c == ','
                || c == '.'
                || c == ':'
                || c == '\u061B'
                || c == '\u060C'
                || c == '\u3002'
                || c == '\uFF1B'
                || c == '\uFF0C'
                || c == '\uFF1A';
    }

    private static boolean isPunctuationOnly(String rest) {
        String t = rest.strip();
        return t.length() == 1 && endsTerminal(t);
    }

    /**
     * A title that names a body ("Creation and management of Council working groups") is no
     * formula when it does not end with a comma and the next line is a formula that does.
     */
    private boolean titleBeforeFormula(String line) {
        if (line.stripTrailing().endsWith(",")) {
            return false;
        }
        int k = lines.nextContent(lineIndex);
        if (k < 0) {
            return false;
        }
        int from = lines.starts()[k];
        String next = s.substring(from, Math.min(lines.ends()[k], from + 2000));
        return next.stripTrailing().endsWith(",") && vocab.bodyNamedIn(PhraseBook.normalize(next)) != null;
    }

    private boolean formulaLike(String line) {
        return line.stripTrailing().endsWith(",")
                || vocab.bodyNamedIn(PhraseBook.normalize(line.length() > 2000 ? line.substring(0, 2000) : line))
                        != null;
    }

    /** @return {kind, number, revision or null}, or null when the line is not a title line */
    private Object[] docHeading(String line) {
        if (line.length() > MAX_HEADING) {
            return null;
        }
        String n = PhraseBook.normalize(line);
        int e = vocab.match(n, 0, "DOC_HEADING");
        if (e < 0) {
            return null;
        }
        int q = HeadingRevision.ws(n, e);
        int p = q;
        while (p < line.length() && p - q < 6 && isDigit(line.charAt(p))) {
            p++;
        }
        if (p < line.length() && line.charAt(p) == '/') {
            int m = p + 1;
            while (m < line.length() && m - p < 6 && isDigit(line.charAt(m))) {
                m++;
            }
            p = m > p + 1 ? m : p;
        }
        while (p < line.length() && p - q < 10 && line.charAt(p) < 0x80 && Character.isLetter(line.charAt(p))) {
            p++;
        }
        boolean han = Vocabulary.isHan(n.charAt(e - 1));
        if ((q == e && !han) || p == q || !isDigit(line.charAt(q))) {
            return null;
        }
        String word = n.substring(0, e);
        DocumentKind k = DocumentKind.RESOLUTION;
        if (vocab.match(n, p, "DECISION") >= 0) {
            k = DocumentKind.DECISION;
        } else if (vocab.words("DECISION").contains(word)) {
            k = DocumentKind.DECISION;
        } else if (vocab.words("RECOMMENDATION").contains(word)) {
            k = DocumentKind.RECOMMENDATION;
        } else if (vocab.words("OPINION").contains(word)) {
            k = DocumentKind.OPINION;
        }
        int r = HeadingRevision.ws(n, p);
        HeadingRevision.Rev rev = HeadingRevision.revision(line, n, r, vocab);
        return new Object[] {k, line.substring(q, p), rev == null ? null : rev.revision()};
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Revision formulaRevision(int start, int end) {
        String line = s.substring(start, end);
        int open = line.lastIndexOf('(');
        if (open < 0) {
            return null;
        }
        HeadingRevision.Rev rev = HeadingRevision.revision(line, PhraseBook.normalize(line), open, vocab);
        return rev == null ? null : rev.revision();
    }

    private Ann annexHeading(String line, int start, int end) {
        if (line.length() > MAX_HEADING || endsTerminal(line)) {
            return null;
        }
        String n = PhraseBook.normalize(line);
        int lead = 0;
        while (lead < line.length() && Character.getType(line.charAt(lead)) == Character.FORMAT) {
            lead++; // bidi marks before the heading
        }
        int e = vocab.match(n, lead, "ANNEX_HEADING");
        boolean upper =
                e >= 0 && line.substring(lead, e).equals(line.substring(lead, e).toUpperCase(java.util.Locale.ROOT));
        if (!upper) {
            e = vocab.match(n, lead, "ANNEX");
        }
        if (e < 0) {
            return null;
        }
        int q = HeadingRevision.ws(n, e);
        int p = q;
        while (p < line.length() && p - q < 5 && Character.isLetterOrDigit(line.charAt(p))) {
            p++;
        }
        String num = p > q ? line.substring(q, p) : null;
        if (!upper && (num == null || !line.substring(p).isBlank())) {
            return null;
        }
        if (q == e && e < line.length()) {
            return null;
        }
        return new Ann(num, line, start);
    }

    // ====================================================================== labels

    private static String styleKey(Label l) {
        return l.style().name();
    }

    // ====================================================================== building

    /** Word files name a resolution's bookmark after it ({@code res71}): the number, when no title line gave one. */
    private void numberFromBookmark(int start, int end) {
        if (number != null) {
            return;
        }
        for (Inline i : formula) {
            if (i instanceof Anchor a) {
                java.util.regex.Matcher m = BOOKMARK_NUMBER.matcher(a.name());
                if (m.matches()) {
                    number = m.group(2);
                    int at = a.span().flatMap(s -> boxed(s.startOffset())).orElse(start);
                    int to = a.span()
                            .flatMap(s -> boxed(s.endOffset()))
                            .filter(o -> o >= at)
                            .orElse(end);
                    sink.report(
                            TextCodes.NUMBER_FROM_BOOKMARK,
                            Severity.INFO,
                            "no title line: number " + number + " taken from the bookmark '" + a.name() + "'",
                            at,
                            to);
                }
                return;
            }
        }
    }

    private static final java.util.regex.Pattern BOOKMARK_NUMBER =
            java.util.regex.Pattern.compile("(?i)(res|dec|rec)[_-]?(\\d{1,4}(?:bis|ter)?)");

    private Resolution build(Map<String, String> meta) {
        if (!pendingAnchors.isEmpty() && !sections.isEmpty()) {
            // a heading with bookmarks and no paragraph after it: the bookmarks are kept in one of their own
            int at = pendingAt;
            sections.get(sections.size() - 1).levels.add(new Item(List.of(), null, List.of(), at, at), "NONE", at, at);
        }
        List<PreambleSection> pre = new ArrayList<>();
        List<OperativeSection> op = new ArrayList<>();
        for (Sec sec : sections) {
            List<Paragraph> paras = sec.levels.build();
            int end = sec.levels.lastEnd(sec.start + 1);
            Optional<SourceSpan> span = Optional.of(source.span(sec.start, end));
            if (sec.preamble) {
                pre.add(new PreambleSection(sec.preamblePhrase, sec.runIn && !paras.isEmpty(), paras, span));
            } else {
                op.add(new OperativeSection(
                        Optional.ofNullable(sec.operativePhrase),
                        sec.runIn && !paras.isEmpty() && sec.operativePhrase != null,
                        paras,
                        span));
            }
        }
        List<Annex> ax = new ArrayList<>();
        for (Ann a : annexes) {
            ax.add(new Annex(
                    Optional.ofNullable(a.number),
                    a.heading,
                    Optional.ofNullable(a.title),
                    a.levels.build(),
                    Optional.of(source.span(a.start, a.levels.lastEnd(a.start + a.heading.length())))));
        }
        Identity id = new Identity(
                body,
                kind,
                Optional.ofNullable(number),
                Optional.ofNullable(heading),
                Optional.ofNullable(title),
                language,
                history);
        Optional<OpeningFormula> f = formula == null
                ? Optional.empty()
                : Optional.of(new OpeningFormula(
                        Inline.normalize(formula), Optional.of(source.span(formulaStart, formulaEnd))));
        return new Resolution(id, f, pre, op, ax, meta, Optional.of(source.span(0, s.length())));
    }

    private void checkFootnotes(Resolution r) {
        Set<String> refs = new HashSet<>();
        Set<String> bodies = new HashSet<>();
        r.find(FootnoteRef.class).forEach(x -> refs.add(x.marker()));
        r.find(Footnote.class).forEach(x -> bodies.add(x.marker()));
        r.find(FootnoteRef.class)
                .filter(x -> !bodies.contains(x.marker()))
                .forEach(x -> report(x.span(), "footnote call-out [footnoteRef:" + x.marker() + "] has no body"));
        r.find(Footnote.class)
                .filter(x -> !refs.contains(x.marker()))
                .forEach(x -> report(x.span(), "footnote body [" + x.marker() + ": …] has no call-out"));
    }

    private static Optional<Integer> boxed(java.util.OptionalInt i) {
        return i.isPresent() ? Optional.of(i.getAsInt()) : Optional.empty();
    }

    private void report(Optional<SourceSpan> span, String message) {
        SourceSpan sp = span.orElse(SourceSpan.of(0, 0, 1, 1));
        sink.report(
                TextCodes.FOOTNOTE_UNPAIRED,
                Severity.WARNING,
                message,
                sp.startOffset().orElse(0),
                sp.endOffset().orElse(0));
    }

    // ====================================================================== mutable parts

    private final class Sec {
        final boolean preamble;
        final PreamblePhrase preamblePhrase;
        final OperativePhrase operativePhrase;
        final boolean runIn;
        final int start;
        final Nesting levels = new Nesting(rules);
        /** Whether a labelled paragraph was put in the section (at any level). */
        boolean labelled;

        private Sec(boolean preamble, PreamblePhrase pp, OperativePhrase op, boolean runIn, int start) {
            this.preamble = preamble;
            this.preamblePhrase = pp;
            this.operativePhrase = op;
            this.runIn = runIn;
            this.start = start;
        }
    }

    private Sec preambleSec(PreamblePhrase p, boolean runIn, int start) {
        return new Sec(true, p, null, runIn, start);
    }

    private Sec operativeSec(OperativePhrase p, boolean runIn, int start) {
        return new Sec(false, null, p, runIn, start);
    }

    private final class Ann {
        final String number;
        final String heading;
        final int start;
        String title;
        final Nesting levels = new Nesting(rules);

        Ann(String number, String heading, int start) {
            this.number = number;
            this.heading = heading;
            this.start = start;
        }
    }
}
