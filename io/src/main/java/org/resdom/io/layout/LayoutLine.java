package org.resdom.io.layout;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One line of a document as a layout source saw it: its text and what the source knows about
 * where and how it was set. Plain text knows only the text and the line number (and the page,
 * when form feeds separate its pages); a PDF also knows the indentation, the font size, the
 * space above the line, how many leading characters are italic and which zone of the page the
 * line is in. What the source does not know is empty.
 *
 * <pre>{@code
 * LayoutLine plain = LayoutLine.of("considérant", 12);              // plain text: line 12
 * LayoutLine paged = LayoutLine.onPage("1. Decides", 2, 7);         // pdftotext: page 2, line 7
 * boolean indented = paged.x().isPresent();                          // false: text has no indentation
 * }</pre>
 *
 * @param text the characters of the line, without its line break
 * @param page the 1-based page, empty when the source has no pages
 * @param line the 1-based line in the source (in the page for paged sources)
 * @param x the left edge of the line's first character in points, if the source knows
 * @param fontSize the font size of the line's first characters in points, if the source knows
 * @param gapBefore the vertical distance from the previous line's baseline in points, if the
 *     source knows (empty on the first line of a page)
 * @param italicEnd how many leading characters are set in italics, if the source knows
 * @param zone where on the page the line is
 * @param superscripts the runs of the line set as superscripts (smaller and raised), in order, as
 *     a PDF knows them; empty when the source does not know (plain text, which loses them)
 */
public record LayoutLine(
        String text,
        OptionalInt page,
        int line,
        OptionalDouble x,
        OptionalDouble fontSize,
        OptionalDouble gapBefore,
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
     * @param page the 1-based page, if any
     * @param line the 1-based line
     * @param x the left edge, if known
     * @param fontSize the font size, if known
     * @param gapBefore the distance from the previous baseline, if known
     * @param italicEnd the length of the leading italic run, if known
     * @param zone the zone
     * @param superscripts the superscript runs, inside the text
     * @throws NullPointerException when an argument is {@code null}
     * @throws IllegalArgumentException when the page or line is below 1, a measure is not a
     *     finite number, or the italic run is longer than the text
     */
    public LayoutLine {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(page, "page must not be null");
        Objects.requireNonNull(x, "x must not be null");
        Objects.requireNonNull(fontSize, "fontSize must not be null");
        Objects.requireNonNull(gapBefore, "gapBefore must not be null");
        superscripts = List.copyOf(Objects.requireNonNull(superscripts, "superscripts must not be null"));
        for (Span sp : superscripts) {
            if (sp.end() > text.length()) {
                throw new IllegalArgumentException("superscript out of range: " + sp);
            }
        }
        Objects.requireNonNull(italicEnd, "italicEnd must not be null");
        Objects.requireNonNull(zone, "zone must not be null");
        if ((page.isPresent() && page.getAsInt() < 1) || line < 1) {
            throw new IllegalArgumentException("page and line must be >= 1: " + page + ", " + line);
        }
        finite("x", x);
        finite("fontSize", fontSize);
        finite("gapBefore", gapBefore);
        if (italicEnd.isPresent() && (italicEnd.getAsInt() < 0 || italicEnd.getAsInt() > text.length())) {
            throw new IllegalArgumentException("italicEnd out of range: " + italicEnd.getAsInt());
        }
    }

    private static void finite(String name, OptionalDouble v) {
        if (v.isPresent() && !Double.isFinite(v.getAsDouble())) {
            throw new IllegalArgumentException(name + " must be a finite number: " + v.getAsDouble());
        }
    }

    /**
     * A line whose source knows no superscripts.
     *
     * @param text the characters of the line
     * @param page the 1-based page, if any
     * @param line the 1-based line
     * @param x the left edge, if known
     * @param fontSize the font size, if known
     * @param gapBefore the distance from the previous baseline, if known
     * @param italicEnd the length of the leading italic run, if known
     * @param zone the zone
     */
    public LayoutLine(
            String text,
            OptionalInt page,
            int line,
            OptionalDouble x,
            OptionalDouble fontSize,
            OptionalDouble gapBefore,
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
        return new LayoutLine(
                text,
                OptionalInt.empty(),
                line,
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalInt.empty(),
                Zone.UNKNOWN);
    }

    /**
     * A line of paged plain text (as {@code pdftotext} writes it, pages ended by form feeds):
     * its characters, page and line on the page, nothing else.
     *
     * @param text the characters of the line
     * @param page the 1-based page
     * @param line the 1-based line on the page
     * @return the line
     */
    public static LayoutLine onPage(String text, int page, int line) {
        return new LayoutLine(
                text,
                OptionalInt.of(page),
                line,
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalInt.empty(),
                Zone.UNKNOWN);
    }

    /**
     * @param other another line
     * @return whether both lines are on the same page (both unpaged counts as the same)
     */
    public boolean samePage(LayoutLine other) {
        return page.equals(other.page);
    }

    /**
     * The superscript runs of a part of the line, counted from the start of that part: what a
     * stage that cuts a line in two (or drops a bullet before its text) gives each part.
     *
     * @param start the index of the part's first character
     * @param end the index after the part's last character
     * @return the runs inside the part, shifted by {@code start}
     */
    public List<Span> superscriptsIn(int start, int end) {
        List<Span> out = new java.util.ArrayList<>();
        for (Span sp : superscripts) {
            if (sp.start() >= start && sp.end() <= end) {
                out.add(new Span(sp.start() - start, sp.end() - start));
            }
        }
        return out;
    }

    /**
     * A part of the line, as a stage that cuts a line in two gives it: the part that opens the
     * line keeps its indent, the gap before it and its italics (up to the cut); a later part has
     * none of them. Superscripts inside the part are kept, counted from its start.
     *
     * @param from the index of the part's first character
     * @param to the index after the part's last character
     * @return the part as a line of its own
     */
    public LayoutLine part(int from, int to) {
        boolean first = from == 0;
        return new LayoutLine(
                text.substring(from, to),
                page,
                line,
                first ? x : java.util.OptionalDouble.empty(),
                fontSize,
                first ? gapBefore : java.util.OptionalDouble.empty(),
                first && italicEnd.isPresent()
                        ? java.util.OptionalInt.of(Math.min(italicEnd.getAsInt(), to))
                        : java.util.OptionalInt.empty(),
                zone,
                superscriptsIn(from, to));
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
