package org.resdom.io.text.internal;

import java.util.List;
import java.util.Optional;
import org.resdom.diagnostic.Severity;
import org.resdom.io.TextCodes;
import org.resdom.lang.PhraseBook;
import org.resdom.lang.PhraseMatch;
import org.resdom.model.ActionKind;
import org.resdom.model.Anchor;
import org.resdom.model.Inline;
import org.resdom.model.Language;
import org.resdom.model.OperativePhrase;
import org.resdom.model.OperativeSection;
import org.resdom.model.Paragraph;
import org.resdom.model.PreambleKind;
import org.resdom.model.PreamblePhrase;
import org.resdom.model.PreambleSection;

/**
 * Stage 5, sections and phrases: an unlabelled line that opens with a preamble phrase
 * ({@code considering}, {@code Recalling that…}) or an action phrase ({@code resolves},
 * {@code instructs the Secretary-General}) opens a section of the draft, its run-in text the
 * section's first paragraph; two phrases glued together open a section with the second; in the
 * UN layout an unlabelled preamble paragraph opens a run-in section on its first words; marks
 * ({@code {-considering-}{+recognizing+}}) may give the first section's phrase. Diagnostics:
 * {@link TextCodes#SECTION_ORDER} (a preamble phrase after the operative part, kept operative)
 * and {@link TextCodes#GLUED_PHRASE}.
 */
final class Sections {

    private final String s;
    private final Vocabulary vocab;
    private final Language language;
    private final Sink sink;
    private final InlineParser inline;
    private final Draft draft;
    private final boolean unLayout;

    /**
     * @param s the input
     * @param vocab the vocabulary of the document's language
     * @param language that language
     * @param sink where the diagnostics go
     * @param inline the inline stage, for run-in paragraphs
     * @param draft the document being read
     * @param unLayout whether the paragraphs follow the UN layout (see {@link TextParser})
     */
    Sections(
            String s,
            Vocabulary vocab,
            Language language,
            Sink sink,
            InlineParser inline,
            Draft draft,
            boolean unLayout) {
        this.s = s;
        this.vocab = vocab;
        this.language = language;
        this.sink = sink;
        this.inline = inline;
        this.draft = draft;
        this.unLayout = unLayout;
    }

    boolean heading(String line, int start, int end) {
        String head = line.length() > TextParser.MAX_HEADING ? line.substring(0, TextParser.MAX_HEADING) : line;
        boolean terminal = endsTerminal(line);
        for (int round = 0; round < 2; round++) {
            boolean tryAction = (round == 0) == draft.anyOperative;
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
        if (unLayout && !draft.anyOperative && draft.formula != null && draft.annexes.isEmpty()) {
            int e = firstWords(line);
            if (e > 0) {
                PhraseMatch<PreambleKind> m =
                        new PhraseMatch<>(PreambleKind.OTHER, language, e, line.substring(0, e), Optional.empty());
                if (!preamble(line, m, start)) {
                    return false;
                }
                sink.report(
                        TextCodes.PHRASE_UNKNOWN,
                        Severity.INFO,
                        "preamble paragraph opens with '" + m.phrase()
                                + "', which the phrase tables do not know; taken as its phrase (kind OTHER)",
                        start,
                        start + e);
                return true;
            }
        }
        if (!terminal && line.length() <= TextParser.MAX_HEADING) {
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
            Draft.Sec sec = draft.operativeSec(
                    new OperativePhrase(
                            line,
                            m.kind(),
                            m.qualifier(),
                            addressee.isEmpty() || isPunctuationOnly(rest) ? Optional.empty() : Optional.of(addressee)),
                    false,
                    start);
            draft.sections.add(sec);
            draft.anyOperative = true;
            return true;
        }
        if (rest.length() > 1 && rest.charAt(0) == ' ') {
            Draft.Sec sec = draft.operativeSec(
                    new OperativePhrase(line.substring(0, m.end()), m.kind(), m.qualifier(), Optional.empty()),
                    true,
                    start);
            draft.sections.add(sec);
            draft.anyOperative = true;
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
        Draft.Sec sec;
        if (draft.anyOperative) {
            sink.report(
                    TextCodes.SECTION_ORDER,
                    Severity.WARNING,
                    "preamble phrase '" + m.phrase() + "' after the operative part; kept as an operative section",
                    start,
                    start + m.end());
            sec = draft.operativeSec(
                    new OperativePhrase(text, ActionKind.OTHER, Optional.empty(), Optional.empty()), runIn, start);
        } else {
            sec = draft.preambleSec(new PreamblePhrase(text, m.kind(), m.qualifier()), runIn, start);
        }
        draft.sections.add(sec);
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
            if (p2.isPresent() && rest.substring(p2.get().end()).isBlank() && !draft.anyOperative) {
                reportGlued(firstPhrase, rest, start + firstEnd, start + line.length());
                draft.sections.add(draft.preambleSec(
                        new PreamblePhrase(line, p2.get().kind(), p2.get().qualifier()), false, start));
                return true;
            }
            if (a2.isPresent()) {
                String addressee = rest.substring(a2.get().end()).strip();
                reportGlued(firstPhrase, rest, start + firstEnd, start + line.length());
                draft.sections.add(draft.operativeSec(
                        new OperativePhrase(
                                line,
                                a2.get().kind(),
                                a2.get().qualifier(),
                                addressee.isEmpty() ? Optional.empty() : Optional.of(addressee)),
                        false,
                        start));
                draft.anyOperative = true;
                return true;
            }
        }
        return false;
    }

    /** Whether the line opens with a known phrase followed by run-in text (a space, then more). */
    boolean runInHeading(String line) {
        String head = line.length() > TextParser.MAX_HEADING ? line.substring(0, TextParser.MAX_HEADING) : line;
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

    boolean startsWithAction(int from, int end) {
        String rest = s.substring(from, Math.min(end, from + TextParser.MAX_HEADING));
        for (PhraseBook b : vocab.books()) {
            if (b.matchAction(rest).isPresent()) {
                return true;
            }
        }
        return false;
    }

    boolean phraseLine(String line) {
        for (PhraseBook b : vocab.books()) {
            if (b.matchPreamble(line).isPresent() || b.matchAction(line).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a preamble section is written as the UN writes its preamble: a phrase running into
     * its one unlabelled paragraph, which does not end with a colon. Its paragraphs carry no
     * number, so a numbered paragraph after it opens the operative part, whatever its first
     * words (a UN operative paragraph may open with a participle, "1. Emphasizing …").
     */
    static boolean unStyle(Draft.Sec section) {
        List<Item> root = section.levels.root();
        return section.runIn && !section.labelled && !root.isEmpty() && !root.get(root.size() - 1).colon;
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
    boolean phraseUnderRevision(int start, int end) {
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
            String head = text.length() > TextParser.MAX_HEADING ? text.substring(0, TextParser.MAX_HEADING) : text;
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
                    draft.sections.add(draft.preambleSec(phrase, false, start));
                    draft.addParagraph(content, start, end);
                    draft.phraseInMarks = true;
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
                    draft.sections.add(draft.operativeSec(phrase, false, start));
                    draft.anyOperative = true;
                    draft.addParagraph(content, start, end);
                    draft.phraseInMarks = true;
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

    private void reportGlued(String firstPhrase, String rest, int from, int to) {
        sink.report(
                TextCodes.GLUED_PHRASE,
                Severity.WARNING,
                "phrases glued together: '" + firstPhrase + "' + '" + rest.strip() + "'; the section takes the second",
                from,
                to);
    }

    static boolean endsTerminal(String line) {
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
}
