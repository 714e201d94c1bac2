package org.resdom.io.layout;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One line of a document as a layout source saw it: its text and what the source knows about
 * where and how it was set. Plain text knows only the text and the line number; a PDF also knows
 * the page, the indentation, the font size, the space above the line, how many leading
 * characters are italic and which zone of the page the line is in. Unknown measures are
 * {@code NaN}, an unknown italic run is empty.
 *
 * @param text the characters of the line, without its line break
 * @param page the 1-based page, or 0 when the source has no pages
 * @param line the 1-based line in the source (in the page for paged sources)
 * @param x the left edge of the line's first character in points, or NaN
 * @param fontSize the font size of the line's first characters in points, or NaN
 * @param gapBefore the vertical distance from the previous line's baseline in points, or NaN
 * @param italicEnd how many leading characters are set in italics, if the source knows
 * @param zone where on the page the line is
 * @param superscripts the runs of the line set as superscripts (smaller and raised), in order, as
 *     a PDF knows them; empty when the source does not know (plain text, which loses them)
 */
public record LayoutLine(
        String text,
        int page,
        int line,
        float x,
        float fontSize,
        float gapBefore,
        OptionalInt italicEnd,
        Zone zone,
        List<Span> superscripts) {

    /**
     * A run of characters of a line.
     *
     * @param start the index of its first character
     * @param end the index after its last character
     */
    public record Span(int start, int end) {
        /** Checks the range. */
        public Span {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("a span needs 0 <= start < end: " + start + ", " + end);
            }
        }
    }

    /** Where on its page a line was set. */
    public enum Zone {
        /** The source does not know (plain text). */
        UNKNOWN,
        /** The page's header zone (running heads). */
        HEADER,
        /** The body of the page. */
        BODY,
        /** The footnote area at the foot of the body. */
        FOOTNOTE,
        /** The page's footer zone (page numbers, job numbers). */
        FOOTER
    }

    /**
     * Checks the values.
     *
     * @param text the characters of the line
     * @param page the 1-based page, or 0
     * @param line the 1-based line
     * @param x the left edge, or NaN
     * @param fontSize the font size, or NaN
     * @param gapBefore the distance from the previous baseline, or NaN
     * @param italicEnd the length of the leading italic run, if known
     * @param zone the zone
     * @param superscripts the superscript runs, inside the text
     */
    public LayoutLine {
        Objects.requireNonNull(text, "text must not be null");
        superscripts = List.copyOf(Objects.requireNonNull(superscripts, "superscripts must not be null"));
        for (Span sp : superscripts) {
            if (sp.end() > text.length()) {
                throw new IllegalArgumentException("superscript out of range: " + sp);
            }
        }
        Objects.requireNonNull(italicEnd, "italicEnd must not be null");
        Objects.requireNonNull(zone, "zone must not be null");
        if (page < 0 || line < 1) {
            throw new IllegalArgumentException("page must be >= 0 and line >= 1: " + page + ", " + line);
        }
        if (italicEnd.isPresent() && (italicEnd.getAsInt() < 0 || italicEnd.getAsInt() > text.length())) {
            throw new IllegalArgumentException("italicEnd out of range: " + italicEnd.getAsInt());
        }
    }

    /**
     * A line whose source knows no superscripts.
     *
     * @param text the characters of the line
     * @param page the 1-based page, or 0
     * @param line the 1-based line
     * @param x the left edge, or NaN
     * @param fontSize the font size, or NaN
     * @param gapBefore the distance from the previous baseline, or NaN
     * @param italicEnd the length of the leading italic run, if known
     * @param zone the zone
     */
    public LayoutLine(
            String text,
            int page,
            int line,
            float x,
            float fontSize,
            float gapBefore,
            OptionalInt italicEnd,
            Zone zone) {
        this(text, page, line, x, fontSize, gapBefore, italicEnd, zone, List.of());
    }

    /**
     * A line of plain text: nothing known but its characters and number.
     *
     * @param text the characters of the line
     * @param line the 1-based line number
     * @return the line
     */
    public static LayoutLine of(String text, int line) {
        return new LayoutLine(text, 0, line, Float.NaN, Float.NaN, Float.NaN, OptionalInt.empty(), Zone.UNKNOWN);
    }

    /** @return whether the source says the line begins with italics (false when it does not know) */
    public boolean startsItalic() {
        return italicEnd.isPresent() && italicEnd.getAsInt() > 0;
    }

    /** @return whether the line holds nothing but white space */
    public boolean isBlank() {
        return text.isBlank();
    }
}
