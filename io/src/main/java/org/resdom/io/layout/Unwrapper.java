package org.resdom.io.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 2, unwrapping: joins wrapped lines into blocks (one block per paragraph or heading), sets
 * page furniture aside and hands footnote lines to {@link NoteBodies}. Whether a line opens a new
 * block is {@link ParagraphStarts}'s to say, how it joins the block before it {@link WrapJoins}'s;
 * what this class keeps is the order of the lines and the layouts that join a line whatever it
 * looks like: list numbers waiting for their text ({@link ListNumbers}), a title under a heading
 * set in its own size, a phrase heading in italics, a bullet's wrapped text in web text. A line
 * that continues a sentence is joined, even across a page break, so that a lower-case phrase word
 * at the start of a wrapped line stays text.
 */
final class Unwrapper {

    /** @return whether every character of the line is set in italics (a PDF's phrase heading) */
    static boolean allItalic(LayoutLine l) {
        int n = l.text().stripTrailing().length();
        return n > 0 && l.italicEnd().isPresent() && l.italicEnd().getAsInt() >= n;
    }

    /** A paragraph or heading made of one or more lines. */
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
        List<Furniture> furniture = new ArrayList<>();
        float typicalGap = WrapMeasures.typicalGap(lines, kinds);
        Block cur = null;
        Block headOrigin = null; // the phrase-heading block its italic wrap may go on
        LayoutLine headLine = null; // the last line of that block
        boolean blank = false;
        boolean pageBreak = false;
        int joined = 0;
        java.util.OptionalDouble prevX = java.util.OptionalDouble.empty();
        int prevLength = 0;
        int typicalLength = WrapMeasures.typicalLength(lines, kinds);
        boolean lowerPhrases = WrapMeasures.count(lines, kinds, from, LineKind.PHRASE_LOWER, LineKind.PHRASE_START);
        boolean spacedPhrases = WrapMeasures.count(lines, kinds, from, LineKind.PHRASE_START, LineKind.PHRASE_GLUED);
        boolean ideographic = Scripts.ideographic(lines, kinds, from);
        NoteBodies notes = new NoteBodies(ideographic);
        List<Block> waiting = new ArrayList<>();
        int[] hyphens = new int[3];
        WrapJoins joins = new WrapJoins(lines, kinds, from, ideographic, conjunctions, compound, hyphens);
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
                    notes.close();
                    continue;
                }
                case FOOTNOTE_START, ENDNOTE_START -> {
                    notes.open(k, t, l, i, furniture);
                    continue;
                }
                case FOOTNOTE_MORE -> {
                    if (notes.more(t, l)) {
                        continue;
                    }
                    // no body open to add it to: the line is text, never dropped
                }
                default -> {}
            }
            notes.close();
            if (junctions != null && junctions.holds(i)) {
                t = junctions.restore(i, t, hyphens);
            }
            t = notes.inline(t, l, i);
            LineKind kk = k;
            if (k == LineKind.PHRASE_LOWER) {
                kk = lowerPhrases ? LineKind.PHRASE_START : LineKind.TEXT;
            } else if (k == LineKind.OPENER && !lowerPhrases && ParagraphStarts.lowerCase(t)) {
                kk = LineKind.TEXT; // a lower-case participle is a wrap where phrases are capitalised
            }
            if (join && k == LineKind.LABELLED) {
                // list numbers that come out together ("(e)" then "31.", or "1. 2." on one line,
                // as pdftotext gives the numbers of a browser's list): each waits for its text in turn
                int two = ListNumbers.twoLabels(t);
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
                            || ParagraphStarts.startsNew(
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
                    && SentenceEnds.ENDS.indexOf(SentenceEnds.last(cur.text.toString())) < 0) {
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
                    && SentenceEnds.ENDS.indexOf(SentenceEnds.last(cur.text.toString())) < 0) {
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
                            && ParagraphStarts.startsNew(
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
                boolean title =
                        cur != null && cur.heading && join && SentenceEnds.ENDS.indexOf(SentenceEnds.last(t)) < 0;
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
                joins.join(cur.text, t);
            }
            blank = false;
            pageBreak = false;
            prevX = l.x();
            prevLength = t.length();
        }
        notes.close();
        return new Result(blocks, notes.notes(), furniture, joined, hyphens);
    }
}
