package org.resdom.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.io.ReadLimits;
import org.resdom.io.ReadResult;
import org.resdom.io.TextCodes;
import org.resdom.model.Anchor;
import org.resdom.model.Identity;
import org.resdom.model.Label;
import org.resdom.model.LabelStyle;
import org.resdom.model.Language;
import org.resdom.model.OpeningFormula;
import org.resdom.model.Resolution;
import org.resdom.model.SourceSpan;
import org.resdom.model.Unrecognized;

/**
 * Reads the plain-text form of a resolution, one paragraph a line, through named stages:
 * {@link TextLines} (lines and layout hints), {@link LanguageDetection} and {@link CharacterScan},
 * then for each line {@link LineLabels} and the line's classification here (title line, title,
 * formula, phrase, labelled or unlabelled paragraph, annex heading), which hands it to
 * {@link TitleBlock}, {@link Formula}, {@link Sections}, {@link Annexes} or {@link Nesting}, its
 * content to the {@link InlineParser}; {@link Assembly} builds the document of the {@link Draft}.
 * One pass over the lines after a bounded language detection pass; work per line is linear in
 * its length.
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

    /** The longest line read for a phrase or a title line. */
    static final int MAX_HEADING = 240;

    private final String s;
    private final ReadLimits limits;
    private final Language given;
    private boolean unLayout;
    /** Outline numbers nest: {@code 9.3.8} is an item of {@code 9.3}, {@code 1bis.1} of {@code 1bis}. */
    private boolean outline;

    private boolean anchorsBeforeHeadings;
    /** Footnote bodies without a call-out were reported by the stage that made the lines. */
    private boolean bodiesChecked;

    // the stages, made once the lines are cut and the language known
    private Source source;
    private Sink sink;
    private InlineParser inline;
    private TitleBlock titleBlock;
    private Sections sectionStage;
    private Formula formulaStage;
    private Vocabulary vocab;
    private Draft draft;

    // line classification state
    private int lineIndex;
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
        return parse(text, given, limits, truncated, unLayout, outline, anchorsBeforeHeadings, false);
    }

    /**
     * Reads a document made by the layout stages, which may own the footnote check.
     *
     * @param text the input (already cut to {@code maxChars})
     * @param given the language, or null to detect it
     * @param limits the limits
     * @param truncated whether the input was cut at {@code maxChars}
     * @param unLayout the paragraphs follow the UN layout
     * @param outline outline numbers nest
     * @param anchorsBeforeHeadings bookmarks before a section heading go to its first paragraph
     * @param bodiesChecked the stage that made the lines has already reported each footnote body
     *        without a call-out (the layout stages pair bodies with call-outs, and report those
     *        they could not pair, {@code LAY-FOOTNOTE-UNPAIRED}): assembly then reports only
     *        call-outs without a body, so that no footnote is reported twice
     * @return the document and diagnostics
     */
    public static ReadResult parse(
            String text,
            Language given,
            ReadLimits limits,
            boolean truncated,
            boolean unLayout,
            boolean outline,
            boolean anchorsBeforeHeadings,
            boolean bodiesChecked) {
        TextParser p = new TextParser(text, given, limits);
        p.bodiesChecked = bodiesChecked;
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

    // ====================================================================== the pipeline

    private ReadResult run(boolean truncated) {
        TextLines lines = TextLines.of(s);
        int[] starts = lines.starts();
        int[] ends = lines.ends();
        source = new Source(starts, lines.count(), s.length());
        sink = new Sink(limits.maxDiagnostics(), source);
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
        Language language = given != null ? given : LanguageDetection.detect(s, lines, sink);
        vocab = Vocabulary.of(language);
        CharacterScan scan = new CharacterScan(s, sink);
        for (int k = 0; k <= lastContent; k++) {
            if (content[k]) {
                scan.line(starts[k], ends[k]);
            }
        }
        Citing finder = new Citing(language, source);
        // the paragraph holding the inline content is itself one level of the model's depth
        inline = new InlineParser(s, finder, source, sink, limits.maxDepth() - 1);
        draft = new Draft(new Nesting.Rules(outline, limits.maxDepth(), sink, source, new ArrayList<>()));
        titleBlock = new TitleBlock(s, lines, vocab, sink);
        sectionStage = new Sections(s, vocab, language, sink, inline, draft, unLayout);
        formulaStage = new Formula(s, vocab, sink, source, inline, finder, titleBlock, sectionStage, draft);
        for (int k = 0; k <= lastContent; k++) {
            if (content[k]) {
                lineIndex = k;
                line(starts[k], ends[k]);
                contentLinesSeen++;
            }
        }
        if (draft.phraseInMarks) {
            meta.put(META_PHRASE_IN_MARKS, "true");
        }
        Assembly assembly = new Assembly(s, source, sink, language);
        Resolution r = assembly.build(draft, meta);
        assembly.checkFootnotes(r, !bodiesChecked);
        return new ReadResult(r, sink.finish(s.length()));
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

    /**
     * Classifies a line with content and hands it to its stage: labelled paragraph, annex
     * heading or title, title line, title, section heading, opening formula, or paragraph.
     */
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
            Optional<Draft.Ann> annexHeading = Annexes.heading(line, start, vocab, draft.rules);
            if (annexHeading.isPresent()) {
                draft.annexes.add(annexHeading.get());
                return;
            }
            if (!draft.annexes.isEmpty()) {
                Draft.Ann a = draft.annexes.get(draft.annexes.size() - 1);
                if (a.title == null && a.levels.root().isEmpty()) {
                    a.title = line;
                    return;
                }
                unlabelled(start, end);
                return;
            }
            if (first && draft.formula == null && draft.sections.isEmpty()) {
                Optional<TitleBlock.Heading> h = titleBlock.heading(line);
                if (h.isPresent()) {
                    draft.heading = line;
                    draft.kind = h.get().kind();
                    draft.number = h.get().number();
                    h.get().revision().ifPresent(draft.history::add);
                    lastWasHeading = true;
                    return;
                }
            }
            if (afterHeading
                    && draft.formula == null
                    && draft.sections.isEmpty()
                    && (!titleBlock.formulaLike(line) || titleBlock.titleBeforeFormula(line, lineIndex))
                    && !sectionStage.phraseLine(line)) {
                draft.title = line;
                return;
            }
            if (sectionStage.heading(line, start, end)) {
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
        if (!draft.annexes.isEmpty() || p >= end) {
            return false;
        }
        String line = s.substring(p, end);
        if (!anchorsBeforeHeadings && !sectionStage.runInHeading(line)) {
            return false; // plain text: the line stays a paragraph, so it is written back as it was
        }
        int before = draft.sections.size();
        if (!sectionStage.heading(line, p, end)) {
            return false;
        }
        for (int i = before; i < draft.sections.size(); i++) {
            List<Item> root = draft.sections.get(i).levels.root();
            if (!root.isEmpty()) {
                root.get(0).anchors.addAll(0, anchors);
                return true;
            }
        }
        draft.pendingAnchors.addAll(anchors);
        draft.pendingAt = p;
        return true;
    }

    private void labelled(int start, int end, List<Anchor> anchors, int p, LineLabels.Found lab) {
        String labelText = s.substring(p, lab.labelEnd());
        String sep = s.substring(lab.labelEnd(), lab.separatorEnd());
        Label label = Label.of(labelText, sep);
        List<Draft.Sec> sections = draft.sections;
        Draft.Sec current = sections.isEmpty() ? null : sections.get(sections.size() - 1);
        if (draft.annexes.isEmpty()) {
            if (current == null) {
                sections.add(draft.operativeSec(null, false, start));
                draft.anyOperative = true;
            } else if (current.preamble
                    && label.style() == LabelStyle.NUMBER
                    && (unLayout
                            || sectionStage.startsWithAction(lab.separatorEnd(), end)
                            || Sections.unStyle(current))) {
                if (!sectionStage.startsWithAction(lab.separatorEnd(), end)) {
                    // a guess from the layout, not from the words: the user may need to know
                    sink.report(
                            TextCodes.OPERATIVE_BY_NUMBER,
                            Severity.INFO,
                            "the first numbered paragraph after the preamble opens the operative part, though its"
                                    + " words are no action the phrase tables know",
                            p,
                            lab.labelEnd());
                }
                sections.add(draft.operativeSec(null, false, start));
                draft.anyOperative = true;
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
        draft.levels().add(para, label.style().name(), p, lab.labelEnd());
        if (draft.annexes.isEmpty()) {
            sections.get(sections.size() - 1).labelled = true;
        }
    }

    private void unlabelled(int start, int end) {
        if (draft.annexes.isEmpty() && draft.sections.isEmpty()) {
            formulaStage.line(start, end);
            return;
        }
        draft.addParagraph(inline.parse(start, end, 0), start, end);
    }
}
