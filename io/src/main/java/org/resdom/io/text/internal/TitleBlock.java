package org.resdom.io.text.internal;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resdom.diagnostic.Severity;
import org.resdom.io.TextCodes;
import org.resdom.lang.PhraseBook;
import org.resdom.model.Anchor;
import org.resdom.model.DocumentKind;
import org.resdom.model.Inline;
import org.resdom.model.Revision;

/**
 * Stage 5a, title block and identity: the title line ({@code Resolution 71 (Rev. Dubai, 2018)},
 * {@code DECISION 5}, {@code 第71号决议}) gives the document's kind, number and revision; the line
 * after it is the title unless it reads as the opening formula; without a title line, a Word
 * bookmark named after the resolution ({@code res71}) gives the number. Diagnostic:
 * {@link TextCodes#NUMBER_FROM_BOOKMARK}.
 */
final class TitleBlock {

    /**
     * What a title line names.
     *
     * @param kind resolution, decision, recommendation or opinion
     * @param number the number as written ({@code 71}, {@code 2bis}, {@code 73/3})
     * @param revision the revision it names, if any
     */
    record Heading(DocumentKind kind, String number, Optional<Revision> revision) {}

    private static final Pattern BOOKMARK_NUMBER = Pattern.compile("(?i)(res|dec|rec)[_-]?(\\d{1,4}(?:bis|ter)?)");

    private final String s;
    private final TextLines lines;
    private final Vocabulary vocab;
    private final Sink sink;

    /**
     * @param s the input
     * @param lines its lines
     * @param vocab the vocabulary of its language
     * @param sink where the diagnostic goes
     */
    TitleBlock(String s, TextLines lines, Vocabulary vocab, Sink sink) {
        this.s = s;
        this.lines = lines;
        this.vocab = vocab;
        this.sink = sink;
    }

    /**
     * @param line a line
     * @return what the line names, when it is a title line ({@code Resolution 71 (Rev. Dubai, 2018)})
     */
    Optional<Heading> heading(String line) {
        if (line.length() > TextParser.MAX_HEADING) {
            return Optional.empty();
        }
        String n = PhraseBook.normalize(line);
        int e = vocab.match(n, 0, "DOC_HEADING");
        if (e < 0) {
            return Optional.empty();
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
            return Optional.empty();
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
        return Optional.of(
                new Heading(k, line.substring(q, p), rev == null ? Optional.empty() : Optional.of(rev.revision())));
    }

    /**
     * A title that names a body ("Creation and management of Council working groups") is no
     * formula when it does not end with a comma and the next line is a formula that does.
     */
    /**
     * @param line the line after a title line
     * @param index that line's index in {@link TextLines}
     * @return whether the line is a title that names a body, not the formula after it
     */
    boolean titleBeforeFormula(String line, int index) {
        if (line.stripTrailing().endsWith(",")) {
            return false;
        }
        int k = lines.nextContent(index);
        if (k < 0) {
            return false;
        }
        int from = lines.starts()[k];
        String next = s.substring(from, Math.min(lines.ends()[k], from + 2000));
        return next.stripTrailing().endsWith(",") && vocab.bodyNamedIn(PhraseBook.normalize(next)) != null;
    }

    /** @return whether the line reads as an opening formula: it ends with a comma or names a body */
    boolean formulaLike(String line) {
        return line.stripTrailing().endsWith(",")
                || vocab.bodyNamedIn(PhraseBook.normalize(line.length() > 2000 ? line.substring(0, 2000) : line))
                        != null;
    }

    /**
     * @param start where the opening formula starts
     * @param end where it ends
     * @return the revision its last parenthesis names ({@code (Rev. Dubai, 2018)}), if any
     */
    Optional<Revision> formulaRevision(int start, int end) {
        String line = s.substring(start, end);
        int open = line.lastIndexOf('(');
        if (open < 0) {
            return Optional.empty();
        }
        HeadingRevision.Rev rev = HeadingRevision.revision(line, PhraseBook.normalize(line), open, vocab);
        return rev == null ? Optional.empty() : Optional.of(rev.revision());
    }

    /** Word files name a resolution's bookmark after it ({@code res71}): the number, when no title line gave one. */
    void numberFromBookmark(Draft draft, int start, int end) {
        if (draft.number != null) {
            return;
        }
        for (Inline i : draft.formula) {
            if (i instanceof Anchor a) {
                Matcher m = BOOKMARK_NUMBER.matcher(a.name());
                if (m.matches()) {
                    draft.number = m.group(2);
                    int at = a.span().flatMap(s -> boxed(s.startOffset())).orElse(start);
                    int to = a.span()
                            .flatMap(s -> boxed(s.endOffset()))
                            .filter(o -> o >= at)
                            .orElse(end);
                    sink.report(
                            TextCodes.NUMBER_FROM_BOOKMARK,
                            Severity.INFO,
                            "no title line: number " + draft.number + " taken from the bookmark '" + a.name() + "'",
                            at,
                            to);
                }
                return;
            }
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Optional<Integer> boxed(OptionalInt i) {
        return i.isPresent() ? Optional.of(i.getAsInt()) : Optional.empty();
    }
}
