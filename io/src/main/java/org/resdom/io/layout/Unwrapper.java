package org.resdom.io.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 2: joins wrapped lines into blocks (one block per paragraph or heading), sets page
 * furniture aside and collects footnote bodies. A line opens a new block when it starts with a
 * label, a phrase or a heading after a line that ended a sentence part, after a blank line that
 * follows such an ending, or (for paged sources) after a larger gap or a first-line indent. A
 * line that continues a sentence (the block before it ends without punctuation) is joined, even
 * across a page break, so that a lower-case phrase word at the start of a wrapped line stays
 * text.
 */
final class Unwrapper {

    /**
     * What ends a sentence part at the end of a line: the Latin marks, the Arabic comma,
     * semicolon and question mark, and the full-width and ideographic marks of Chinese text.
     */
    static final String ENDS = ",;:.!?\u060c\u061b\u061f\u06d4\uff0c\uff1b\uff1a\uff0e\uff01\uff1f\u3002";

    /** What ends a clause, not only a sentence part: all of {@link #ENDS} but the commas. */
    static final String CLAUSE_ENDS = ";:.!?\u061b\u061f\u06d4\uff1b\uff1a\uff0e\uff01\uff1f\u3002";

    /** A number alone before a space, with neither dot nor bracket: {@code 14 (…)}. */
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,3}[\\s\u00a0]");

    static final Pattern INLINE_NOTE = Pattern.compile("\\s_{5,}\\s*(\\d{1,3}|[*\u2020\u2021])[\\s\u00a0]+(\\S.*)$");

    /** A paragraph or heading made of one or more lines. */
    /** @return whether every character of the line is set in italics (a PDF's phrase heading) */
    static boolean allItalic(LayoutLine l) {
        int n = l.text().stripTrailing().length();
        return n > 0 && l.italicEnd().isPresent() && l.italicEnd().getAsInt() >= n;
    }

    static final class Block {
        final StringBuilder text = new StringBuilder();
        final LayoutLine origin;
        boolean head;
        /** Whether the block is the title under a document or annex heading. */
        boolean title;

        final int first;
        /** Whether the block is a document or annex heading, whose next line (its title) is a block too. */
        boolean heading;

        Block(LayoutLine origin, int first, boolean head) {
            this.origin = origin;
            this.first = first;
            this.head = head;
        }

        String text() {
            return text.toString();
        }
    }

    /**
     * A footnote body.
     *
     * @param at the index of its first line in the lines read, -1 when not known
     */
    record Note(String marker, String text, LayoutLine origin, int at) {
        Note(String marker, String text, LayoutLine origin) {
            this(marker, text, origin, -1);
        }

        Note more(String t) {
            return new Note(marker, text + " " + t, origin, at);
        }
    }

    /** A line set aside. */
    record Furniture(LineKind kind, String text, LayoutLine origin) {}

    /**
     * What the stage made.
     *
     * @param joined how many wrapped lines were joined
     * @param hyphens what was done to hyphens at line ends: {@code [dropped, kept, restored]}
     */
    record Result(List<Block> blocks, List<Note> notes, List<Furniture> furniture, int joined, int[] hyphens) {}

    private Unwrapper() {}

    /**
     * @param join whether lines may be joined into paragraphs: false for text a Word extractor
     *     wrote, which has a paragraph a line already and only needs its footnotes taken out
     */
    static Result unwrap(List<LayoutLine> lines, List<LineKind> kinds, int from, boolean join) {
        return unwrap(lines, kinds, from, join, java.util.Set.of());
    }

    /**
     * @param join whether lines may be joined into paragraphs
     * @param conjunctions the language's words for "and" and "or", lower case: a hyphen at a
     *     line's end before one of them is a suspended compound ("burden- and information-sharing")
     */
    static Result unwrap(
            List<LayoutLine> lines, List<LineKind> kinds, int from, boolean join, java.util.Set<String> conjunctions) {
        return unwrap(lines, kinds, from, join, conjunctions, (a, b) -> false);
    }

    /**
     * @param join whether lines may be joined into paragraphs
     * @param conjunctions the language's words for "and" and "or", lower case
     * @param compound whether two words joined by a hyphen are a known compound of the language
     *     (core's {@code compound} entries, {@code PhraseBook.compound}): its hyphen is kept at a
     *     line's end, and restored where an extractor dropped it, when the document does not tell
     */
    static Result unwrap(
            List<LayoutLine> lines,
            List<LineKind> kinds,
            int from,
            boolean join,
            java.util.Set<String> conjunctions,
            java.util.function.BiPredicate<String, String> compound) {
        return unwrap(lines, kinds, from, join, conjunctions, compound, l -> false, l -> false);
    }

    /**
     * @param join whether lines may be joined into paragraphs
     * @param conjunctions the language's words for "and" and "or", lower case
     * @param compound whether two words joined by a hyphen are a known compound of the language
     * @param bullet whether a line began with a list bullet (web text): it opens a paragraph,
     *     whatever the line before it
     * @param continued whether a line without a bullet starts at the text of the bullet above it:
     *     it goes on with that bullet's paragraph
     */
    static Result unwrap(
            List<LayoutLine> lines,
            List<LineKind> kinds,
            int from,
            boolean join,
            java.util.Set<String> conjunctions,
            java.util.function.BiPredicate<String, String> compound,
            java.util.function.Predicate<LayoutLine> bullet,
            java.util.function.Predicate<LayoutLine> continued) {
        List<Block> blocks = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        List<Furniture> furniture = new ArrayList<>();
        float typicalGap = typicalGap(lines, kinds);
        Block cur = null;
        Block headOrigin = null; // the phrase-heading block its italic wrap may go on
        LayoutLine headLine = null; // the last line of that block
        StringBuilder note = null;
        String noteMarker = null;
        LayoutLine noteOrigin = null;
        int noteAt = -1;
        boolean blank = false;
        boolean pageBreak = false;
        int joined = 0;
        java.util.OptionalDouble prevX = java.util.OptionalDouble.empty();
        int prevLength = 0;
        int typicalLength = typicalLength(lines, kinds);
        boolean lowerPhrases = count(lines, kinds, from, LineKind.PHRASE_LOWER, LineKind.PHRASE_START);
        boolean spacedPhrases = count(lines, kinds, from, LineKind.PHRASE_START, LineKind.PHRASE_GLUED);
        boolean ideographic = ideographic(lines, kinds, from);
        java.util.Map<String, Integer> words = null;
        Boolean hyphenates = null;
        List<Block> waiting = new ArrayList<>();
        int[] hyphens = new int[3];
        Hyphens.Junctions junctions =
                join ? Hyphens.Junctions.of(lines, kinds, from, typicalLength, conjunctions, compound) : null;
        for (int i = from; i < lines.size(); i++) {
            LayoutLine l = lines.get(i);
            LineKind k = kinds.get(i);
            String t = l.text().replace('\f', ' ').strip();
            if (cur != null && l.page().isPresent() && !l.samePage(cur.origin)) {
                pageBreak = true;
            }
            switch (k) {
                case BLANK -> {
                    blank = true;
                    continue;
                }
                case NOTE_MARK -> {
                    continue; // its marker stands before its body's first line (NoteAreas)
                }
                case JOB_NUMBER, RUNNING_HEAD, PAGE_NUMBER, RULE -> {
                    // a rule is kept too: what it was is never lost
                    furniture.add(new Furniture(k, t, l));
                    if (k != LineKind.RULE) {
                        pageBreak = true;
                    }
                    if (note != null) {
                        notes.add(new Note(noteMarker, note.toString(), noteOrigin, noteAt));
                        note = null;
                    }
                    continue;
                }
                case FOOTNOTE_START, ENDNOTE_START -> {
                    if (note != null) {
                        notes.add(new Note(noteMarker, note.toString(), noteOrigin, noteAt));
                    }
                    int g = 1;
                    Matcher m = LineClassifier.FOOTNOTE.matcher(t);
                    if (k == LineKind.ENDNOTE_START) {
                        m = LineClassifier.ENDNOTE.matcher(t);
                        m.matches();
                        // the browser's list number is no part of the note: kept as furniture
                        furniture.add(new Furniture(LineKind.NOTE_NUMBER, t.substring(0, m.end(1) + 1), l));
                        g = 2;
                    } else if (!m.matches()) {
                        m = LineClassifier.NOTE.matcher(t); // "2. A/76/207.": a marker written with a dot
                        m.matches();
                    }
                    noteMarker = m.group(g);
                    int body = m.end(g);
                    if (k == LineKind.FOOTNOTE_START && body < t.length() && t.charAt(body) == '.') {
                        body++;
                    }
                    note = new StringBuilder(t.substring(body).strip());
                    noteOrigin = l;
                    noteAt = i;
                    continue;
                }
                case FOOTNOTE_MORE -> {
                    if (note != null) {
                        if (!ideographic && spaced(note, t)) {
                            note.append(' ');
                        }
                        note.append(t);
                        continue;
                    }
                    Note lastNote = notes.isEmpty() ? null : notes.get(notes.size() - 1);
                    if (lastNote != null
                            && lastNote.origin().page().isPresent()
                            && l.page().isPresent()
                            && lastNote.origin().page().getAsInt() < l.page().getAsInt()) {
                        // a footnote that runs on from the foot of the page before
                        notes.set(notes.size() - 1, lastNote.more(t));
                        continue;
                    }
                    // no body open to add it to: the line is text, never dropped
                }
                default -> {}
            }
            if (note != null) {
                notes.add(new Note(noteMarker, note.toString(), noteOrigin, noteAt));
                note = null;
            }
            if (junctions != null && junctions.holds(i)) {
                t = junctions.restore(i, t, hyphens);
            }
            // the note needs five underscores in a row: a line without them is not searched
            Matcher in = t.contains("_____") ? INLINE_NOTE.matcher(t) : null;
            if (in != null && in.find()) {
                splitNotes(in.group(1), in.group(2).strip(), l, i, notes);
                t = t.substring(0, in.start()).strip();
            }
            LineKind kk = k;
            if (k == LineKind.PHRASE_LOWER) {
                kk = lowerPhrases ? LineKind.PHRASE_START : LineKind.TEXT;
            } else if (k == LineKind.OPENER && !lowerPhrases && lowerCase(t)) {
                kk = LineKind.TEXT; // a lower-case participle is a wrap where phrases are capitalised
            }
            if (join && k == LineKind.LABELLED) {
                // list numbers that come out together ("(e)" then "31.", or "1. 2." on one line,
                // as pdftotext gives the numbers of a browser's list): each waits for its text in turn
                int two = twoLabels(t);
                boolean bare = two > 0 || LineClassifier.bareLabel(t);
                if (bare && cur != null && LineClassifier.bareLabel(cur.text.toString())) {
                    if (waiting.isEmpty()) {
                        waiting.add(cur);
                    }
                } else if (!bare) {
                    waiting.clear();
                }
                if (two > 0) {
                    Block first = new Block(l, i, false);
                    first.text.append(t, 0, two);
                    blocks.add(first);
                    if (waiting.isEmpty() && cur != null && LineClassifier.bareLabel(cur.text.toString())) {
                        waiting.add(cur);
                    }
                    waiting.add(first);
                    cur = new Block(l, i, false);
                    cur.text.append(t.substring(two).strip());
                    blocks.add(cur);
                    waiting.add(cur);
                    blank = false;
                    pageBreak = false;
                    prevX = l.x();
                    prevLength = t.length();
                    continue;
                }
                if (bare && !waiting.isEmpty()) {
                    cur = new Block(l, i, false);
                    cur.text.append(t);
                    blocks.add(cur);
                    waiting.add(cur);
                    blank = false;
                    continue;
                }
            } else if (!waiting.isEmpty()
                    && (k == LineKind.HEADING || k == LineKind.FORMULA || k == LineKind.PHRASE_HEAD)) {
                waiting.clear();
            }
            boolean bulleted = join && bullet.test(l);
            if (bulleted) {
                waiting.clear(); // a bullet's text is its own, not a waiting number's
            }
            if (!waiting.isEmpty()
                    && (cur == waiting.get(waiting.size() - 1) && LineClassifier.bareLabel(cur.text.toString())
                            || startsNew(
                                    cur,
                                    kk,
                                    t,
                                    l,
                                    blank,
                                    pageBreak,
                                    typicalGap,
                                    prevX,
                                    false,
                                    lowerPhrases,
                                    spacedPhrases))) {
                // the next text goes to the first number still waiting
                cur = waiting.remove(0);
                cur.text.append(' ').append(t);
                joined++;
                blank = false;
                pageBreak = false;
                prevX = l.x();
                prevLength = t.length();
                continue;
            }
            if (join
                    && cur != null
                    && cur.title
                    && k == LineKind.TEXT
                    && TitleWraps.goesOn(cur.origin, cur.text, l, t, blank)
                    && Unwrapper.ENDS.indexOf(last(cur.text.toString())) < 0) {
                // a title under a heading, set in its own size, that wraps onto the next line
                cur.text.append(' ').append(t);
                joined++;
                blank = false;
                pageBreak = false;
                prevX = l.x();
                prevLength = t.length();
                continue;
            }
            if (join
                    && cur != null
                    && !cur.heading
                    && headOrigin == cur
                    && headLine != null
                    && allItalic(headLine)
                    && allItalic(l)
                    && (k == LineKind.TEXT || k == LineKind.PHRASE_START || k == LineKind.PHRASE_LOWER)
                    && Unwrapper.ENDS.indexOf(last(cur.text.toString())) < 0) {
                // a phrase heading set in italics that wraps onto the next line, as a long
                // addressee does ("instructs the Director of …, in collaboration with the
                // Director of …" / "Bureau"): the italic line goes on with the heading
                cur.text.append(' ').append(t);
                cur.head = true; // a heading, not a paragraph's first line: nothing else goes on with it
                joined++;
                headLine = l;
                blank = false;
                pageBreak = false;
                prevX = l.x();
                prevLength = t.length();
                continue;
            }
            boolean wrap = join
                    && cur != null
                    && continued.test(l)
                    && !cur.head
                    && k != LineKind.HEADING
                    && k != LineKind.FORMULA;
            boolean open = cur == null
                    || !join
                    || bulleted
                    || !wrap
                            && startsNew(
                                    cur,
                                    kk,
                                    t,
                                    l,
                                    blank,
                                    pageBreak,
                                    typicalGap,
                                    prevX,
                                    prevLength > 0 && typicalLength > 0 && prevLength < typicalLength * 0.8,
                                    lowerPhrases,
                                    spacedPhrases);
            if (open) {
                boolean title = cur != null && cur.heading && join && Unwrapper.ENDS.indexOf(last(t)) < 0;
                cur = new Block(l, i, k == LineKind.PHRASE_HEAD || k == LineKind.HEADING || title);
                cur.heading = k == LineKind.HEADING;
                cur.title = title;
                headOrigin = (k == LineKind.PHRASE_HEAD || k == LineKind.PHRASE_START || k == LineKind.PHRASE_LOWER)
                                && allItalic(l)
                        ? cur
                        : null;
                if (headOrigin == cur) {
                    cur.head = true; // a phrase set wholly in italics is a heading, its addressee and all
                }
                headLine = l;
                cur.text.append(t);
                blocks.add(cur);
            } else {
                joined++;
                int e = cur.text.length() - 1;
                if (e >= 0 && cur.text.charAt(e) == '\u00ad') {
                    cur.text.setLength(e);
                } else if (e > 0
                        && cur.text.charAt(e) == '-'
                        && Character.isLetter(cur.text.charAt(e - 1))
                        && !t.isEmpty()
                        && Character.isLetter(t.charAt(0))) {
                    // a word broken at the line's end is one word again, its hyphen kept unless the
                    // document writes the word without it elsewhere ("develop-" + "ment")
                    if (words == null) {
                        words = Hyphens.words(lines, kinds, from);
                        hyphenates = Hyphens.hyphenates(lines, kinds, from, words);
                    }
                    if (conjunctions.contains(firstWord(t))) {
                        cur.text.append(' '); // "burden-" + "and information-sharing": a suspended compound
                        hyphens[1]++;
                    } else if (Hyphens.dropHyphen(cur.text, e, t, words, hyphenates, compound)) {
                        cur.text.setLength(e);
                        hyphens[0]++;
                    } else {
                        hyphens[1]++;
                    }
                } else if (e > 0
                        && (cur.text.charAt(e) == '/' || cur.text.charAt(e) == '\u2013')
                        && Character.isLetterOrDigit(cur.text.charAt(e - 1))
                        && !t.isEmpty()
                        && Character.isLetterOrDigit(t.charAt(0))) {
                    // a slash or an en dash glued to the word before it joins the next line's word
                    // ("и/" + "или", "2022–" + "2024"): no space between them
                } else if (!(ideographic
                        || e >= 0
                                && (isIdeographic(cur.text.charAt(e)) || !t.isEmpty() && isIdeographic(t.charAt(0))))) {
                    cur.text.append(' ');
                }
                cur.text.append(t);
            }
            blank = false;
            pageBreak = false;
            prevX = l.x();
            prevLength = t.length();
        }
        if (note != null) {
            notes.add(new Note(noteMarker, note.toString(), noteOrigin, noteAt));
        }
        return new Result(blocks, notes, furniture, joined, hyphens);
    }

    /**
     * @return where the second of two list numbers on one line begins ({@code "1. 2."}, {@code "(a) (b)"}),
     *     or -1 when the line is not two labels and nothing else
     */
    static int twoLabels(String t) {
        int sp = t.indexOf(' ');
        if (sp <= 0 || t.length() > 16) {
            return -1;
        }
        String a = t.substring(0, sp);
        String b = t.substring(sp).strip();
        return LineClassifier.bareLabel(a) && LineClassifier.bareLabel(b) ? sp : -1;
    }

    /** @return the first word of a line, lower case */
    private static String firstWord(String t) {
        int a = 0;
        while (a < t.length() && Character.isLetter(t.charAt(a))) {
            a++;
        }
        return a < t.length() && t.charAt(a) == '-' ? "" : t.substring(0, a).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The bodies after one rule inside a line: Word extracts run the footnotes of a paragraph on
     * in one line ("1 These include … transition. 2 Africa, Americas, …"); {@link RuleNotes#bodies}
     * cuts them.
     */
    static void splitNotes(String marker, String body, LayoutLine l, int at, List<Note> notes) {
        for (String[] b : RuleNotes.bodies(marker, body)) {
            notes.add(new Note(b[0], b[1], l, at));
        }
    }

    /**
     * Whether a text ends with a word of one lower-case letter and a dot ("Mahamat v.", "X c.
     * Y"): an abbreviation, not a sentence's end, so that the italics after it (the other party's
     * name) do not open a paragraph.
     */
    static boolean afterInitial(CharSequence t) {
        int e = t.length() - 1;
        while (e >= 0 && Character.isWhitespace(t.charAt(e))) {
            e--;
        }
        return e >= 1
                && t.charAt(e) == '.'
                && Character.isLowerCase(t.charAt(e - 1))
                && (e == 1 || Character.isWhitespace(t.charAt(e - 2)));
    }

    /** @return whether the line's first letter is lower case */
    private static boolean lowerCase(String t) {
        String u = LineClassifier.stripMarks(t);
        return !u.isEmpty() && Character.isLowerCase(u.charAt(0));
    }

    private static boolean startsNew(
            Block cur,
            LineKind kind,
            String t,
            LayoutLine l,
            boolean blank,
            boolean pageBreak,
            float typicalGap,
            java.util.OptionalDouble prevX,
            boolean prevShort,
            boolean lowerPhrases,
            boolean spacedPhrases) {
        if (cur.head || kind == LineKind.HEADING || kind == LineKind.FORMULA) {
            return true;
        }
        if (kind != LineKind.LABELLED && LineClassifier.bareLabel(cur.text.toString())) {
            return false; // a label alone on its line: its text is this line
        }
        char end = last(cur.text);
        boolean ended = ENDS.indexOf(end) >= 0;
        LineKind k = kind;
        if (kind == LineKind.OPENER) {
            k = prevShort ? LineKind.PHRASE_START : LineKind.TEXT;
        } else if (kind == LineKind.ACTION_START) {
            k = CLAUSE_ENDS.indexOf(end) >= 0 && prevShort ? LineKind.PHRASE_START : LineKind.TEXT;
        } else if (kind == LineKind.PHRASE_GLUED) {
            k = !spacedPhrases || CLAUSE_ENDS.indexOf(end) >= 0 || prevShort ? LineKind.PHRASE_START : LineKind.TEXT;
        }
        String u = LineClassifier.stripMarks(t);
        char c = u.isEmpty() ? ' ' : u.charAt(0);
        // in a document that writes its phrases in lower case, a lower-case phrase is no sign of a wrap
        boolean lower = Character.isLowerCase(c) && !(lowerPhrases && k == LineKind.PHRASE_START);
        if (!ended) {
            // a sentence goes on: the next line is a continuation, whatever it looks like,
            // unless the layout itself says a new paragraph begins
            if (k == LineKind.PHRASE_HEAD && blank && !pageBreak) {
                return true;
            }
            if (!lower && blank && !pageBreak && l.x().isEmpty()) {
                return true;
            }
            return l.startsItalic() && !lower && !pageBreak;
        }
        if (k == LineKind.LABELLED
                && ",\u060c\uff0c".indexOf(end) >= 0
                && BARE_NUMBER.matcher(u).lookingAt()) {
            // a number with neither dot nor bracket after a comma goes on with a list of numbers
            // ("articles 7," + "14 (para. 3 (g)) and 6 of the Covenant"): no paragraph's label
            return false;
        }
        if (k == LineKind.LABELLED || k == LineKind.PHRASE_HEAD || k == LineKind.PHRASE_START) {
            return true;
        }
        if (l.startsItalic() && !afterInitial(cur.text)) {
            return true;
        }
        if (blank && !pageBreak) {
            return true;
        }
        if (!lower && prevShort && !pageBreak) {
            return true;
        }
        // the stages compute in float, as the PDF reader measures (a float is a double exactly)
        if (l.gapBefore().isPresent()
                && !Float.isNaN(typicalGap)
                && !pageBreak
                && (float) l.gapBefore().getAsDouble() > typicalGap * 1.35f) {
            return true;
        }
        if (l.x().isPresent()
                && prevX.isPresent()
                && (float) l.x().getAsDouble() > (float) prevX.getAsDouble() + 8
                && !lower) {
            return true;
        }
        return false;
    }

    /**
     * Whether two wrapped lines of a footnote body are joined with a space: not where either
     * side is ideographic (nor anywhere in an ideographic document, as for its paragraphs), nor
     * after a slash or en dash glued to the word before it.
     */
    static boolean spaced(CharSequence before, String t) {
        int e = before.length() - 1;
        if (e < 0 || t.isEmpty()) {
            return e >= 0;
        }
        char b = before.charAt(e);
        if (isIdeographic(b) || isIdeographic(t.charAt(0)) || "\u3001\u3002\uff0c\uff1b\uff1a".indexOf(b) >= 0) {
            return false;
        }
        return !(e > 0
                && (b == '/' || b == '\u2013')
                && Character.isLetterOrDigit(before.charAt(e - 1))
                && Character.isLetterOrDigit(t.charAt(0)));
    }

    /** The last character that tells whether a sentence part ended, past closing quotes and a glued call-out. */
    static char last(CharSequence sb) {
        int e = sb.length();
        while (e > 0
                && (Character.isWhitespace(sb.charAt(e - 1))
                        || Character.getType(sb.charAt(e - 1)) == Character.FORMAT)) {
            e--; // bidi marks after the punctuation, as right-to-left text has them, tell nothing
        }
        int d = e;
        while (d > 0 && e - d < 3 && Character.isDigit(sb.charAt(d - 1))) {
            d--;
        }
        if (d < e
                && d > 0
                && (",;\u060c\u061b\uff0c\uff1b\uff1a\u3001\u3002".indexOf(sb.charAt(d - 1)) >= 0
                        || ":.)\u201d\u2019\"\u00bb".indexOf(sb.charAt(d - 1)) >= 0
                                && (d < 2 || !Character.isDigit(sb.charAt(d - 2))))) {
            e = d;
        }
        for (int i = e - 1; i >= 0; i--) {
            char c = sb.charAt(i);
            if (!Character.isWhitespace(c)
                    && c != '"'
                    && c != '\u201d'
                    && c != '\u2019'
                    && c != ')'
                    && c != ']'
                    && Character.getType(c) != Character.FORMAT) {
                return c;
            }
        }
        return ' ';
    }

    /**
     * Whether the document writes its phrases in lower case at the start of a paragraph (as
     * Russian UN texts do): more lines that open with a lower-case phrase after a line ending a
     * sentence part than lines that open with a capitalised one, and at least two.
     */
    static boolean lowerPhrases(List<LayoutLine> lines, List<LineKind> kinds, int from) {
        return count(lines, kinds, from, LineKind.PHRASE_LOWER, LineKind.PHRASE_START);
    }

    /**
     * Whether, after lines that end a sentence part, at least two lines are of the one kind and
     * more than of the other: how the document writes the phrases that open its paragraphs (in
     * lower case; in ideographic text set off by a space, so that a phrase glued to its text runs
     * inside a paragraph).
     */
    static boolean count(List<LayoutLine> lines, List<LineKind> kinds, int from, LineKind one, LineKind other) {
        int lower = 0;
        int upper = 0;
        char prev = ' ';
        for (int i = from; i < lines.size(); i++) {
            LineKind k = kinds.get(i);
            if (k == LineKind.BLANK || k.furniture() || k == LineKind.RULE || k.note()) {
                continue;
            }
            if (ENDS.indexOf(prev) >= 0) {
                if (k == one) {
                    lower++;
                } else if (k == other) {
                    upper++;
                }
            }
            prev = last(lines.get(i).text());
        }
        return lower >= 2 && lower > upper;
    }

    /**
     * Whether the document is written in ideographs (Chinese, Japanese), whose lines are wrapped
     * between characters rather than at spaces: more than half of the letters of its text lines
     * are ideographs or kana. Such lines are joined without a space.
     */
    static boolean ideographic(List<LayoutLine> lines, List<LineKind> kinds, int from) {
        long ideographs = 0;
        long letters = 0;
        for (int i = from; i < lines.size() && letters < 20_000; i++) {
            if (kinds.get(i).furniture() || kinds.get(i) == LineKind.BLANK) {
                continue;
            }
            String t = lines.get(i).text();
            for (int j = 0; j < t.length(); j++) {
                char c = t.charAt(j);
                if (c < 0x80) {
                    letters += (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 1 : 0; // the ASCII letters, no ideograph
                } else if (Character.isLetter(c)) {
                    letters++;
                    if (isIdeographic(c)) {
                        ideographs++;
                    }
                }
            }
        }
        return letters > 0 && ideographs * 2 > letters;
    }

    /** @return whether the character is an ideograph, kana, or a CJK or full-width punctuation mark */
    static boolean isIdeographic(char c) {
        if (c < '\u2e80') {
            return false; // below the CJK radicals no character is an ideograph, kana or CJK mark (checked for all)
        }
        if (Character.isIdeographic(c) || c >= '\u3000' && c <= '\u30ff' || c >= '\uff01' && c <= '\uff60') {
            return true;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN
                || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }

    /**
     * The length of a full line: the 80th percentile of the lengths of text lines, a wrapped line
     * that opens with a participle among them (0 when too few).
     */
    private static int typicalLength(List<LayoutLine> lines, List<LineKind> kinds) {
        int[] n = new int[lines.size()];
        int c = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (kinds.get(i) == LineKind.TEXT || kinds.get(i) == LineKind.OPENER) {
                n[c++] = lines.get(i).text().strip().length();
            }
        }
        if (c < 20) {
            return 0;
        }
        Arrays.sort(n, 0, c);
        return n[c * 8 / 10];
    }

    private static float typicalGap(List<LayoutLine> lines, List<LineKind> kinds) {
        float[] g = new float[lines.size()];
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            java.util.OptionalDouble v = lines.get(i).gapBefore();
            if (v.isPresent()
                    && v.getAsDouble() > 0
                    && (kinds.get(i) == LineKind.TEXT || kinds.get(i) == LineKind.OPENER)) {
                g[n++] = (float) v.getAsDouble();
            }
        }
        if (n == 0) {
            return Float.NaN;
        }
        Arrays.sort(g, 0, n);
        return g[n / 2];
    }
}
