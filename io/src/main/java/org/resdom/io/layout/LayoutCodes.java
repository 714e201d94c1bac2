package org.resdom.io.layout;

/** Diagnostic codes of the layout stages (and of the readers that feed them). */
public final class LayoutCodes {
    private LayoutCodes() {}

    /** Info: the input was read for its structure (wrapped lines joined) rather than line by line. */
    public static final String EXTRACTED = "LAY-EXTRACTED";
    /** Info: a line of page furniture (running head, page or job number) was set aside as metadata. */
    public static final String FURNITURE = "LAY-FURNITURE";
    /** Info: masthead lines gave the identity (body, number, date). */
    public static final String MASTHEAD = "LAY-MASTHEAD";
    /**
     * Warning: a footnote body found no call-out in the text; it is kept as a footnote (with no
     * call-out) of the paragraph it stands in or after.
     */
    public static final String FOOTNOTE_UNPAIRED = "LAY-FOOTNOTE-UNPAIRED";
    /**
     * Info (stage 4): a footnote body was paired with a call-out by weaker evidence than a marker
     * glued to a word or mark: glued to a number (a year, {@code 20147}), running on into an
     * ideograph, or set off by spaces.
     */
    public static final String FOOTNOTE_WEAK_CALL = "LAY-FOOTNOTE-WEAK-CALL";
    /** Info: a heading glued to the text before it was split off. */
    public static final String GLUED_HEADING = "LAY-GLUED-HEADING";
    /**
     * Info (stage 0, Word extracts): a paragraph, item, heading or annex heading run into the middle of
     * a line was split off ({@code "…; 10 that …"}, {@code "… shall: - maintain …"}, {@code "… Bureau 1
     * to conduct …"}, {@code "… groups. ANNEX 1 TO RESOLUTION 208 …"}).
     */
    public static final String RUN_IN = "LAY-RUN-IN";
    /**
     * Info (stage 1): a line was taken for a running head or foot because its shape (digits as
     * {@code #}) recurs at the edge of the pages; one per shape, at its first line.
     */
    public static final String RECURRING_LINE = "LAY-RECURRING-LINE";
    /** Info (stage 1): a document symbol inside a page, not at its edge, is kept as text. */
    public static final String SYMBOL_IN_TEXT = "LAY-SYMBOL-IN-TEXT";
    /**
     * Info (stage 1): numbered lines at the foot of a page, with no rule above them, were read
     * as footnote bodies (their numbers count up and are called on the page); one per page.
     */
    public static final String NOTES_AT_FOOT = "LAY-NOTES-AT-FOOT";
    /** Info (stage 1): the numbered lines at the end of the document were read as endnotes. */
    public static final String ENDNOTES = "LAY-ENDNOTES";
    /**
     * Info (stage 1b): footnote markers that stood on lines of their own, apart from their bodies,
     * were sorted and given to the bodies of the footnote area in order.
     */
    public static final String NOTE_MARKERS = "LAY-NOTE-MARKERS";
    /**
     * Warning (stage 1b): the footnote markers on lines of their own and the bodies of a footnote
     * area do not match in number; the lines are left as they were (nothing is guessed).
     */
    public static final String NOTE_MARKERS_UNMATCHED = "LAY-NOTE-MARKERS-UNMATCHED";
    /**
     * Info (stage 0b): the document's text goes on after the footnote bodies under a rule inside
     * a line (a phrase, a bullet or a label after the last body's end); the line was split there.
     */
    public static final String NOTE_TEXT_RESUMED = "LAY-NOTE-TEXT-RESUMED";
    /**
     * Info (stage 0c): a phrase heading with its addressee, wrapped over lines of text that lost
     * its italics, was joined into one heading before the list it opens.
     */
    public static final String WRAPPED_HEADING = "LAY-WRAPPED-HEADING";
    /** Error: a layout stage failed inside; the text is kept as one unrecognized node. */
    public static final String INTERNAL = "LAY-INTERNAL";
    /** Error: the PDF is encrypted with a user password and could not be read. */
    public static final String PDF_ENCRYPTED = "PDF-ENCRYPTED";
    /** Error: the PDF has pages but no text (scanned images); nothing could be read. */
    public static final String PDF_NO_TEXT = "PDF-NO-TEXT";
    /** Error: the file is not a PDF, or is damaged beyond reading. */
    public static final String PDF_DAMAGED = "PDF-DAMAGED";
    /**
     * Warning: a page reached a limit (content operations, characters or time per page; the text
     * read up to there is kept, the later pages are not read), or the page limit was reached.
     */
    public static final String PDF_LIMIT = "PDF-LIMIT";
    /**
     * Warning: the PDF opens without a password (owner password only) but its permissions forbid
     * extracting its text; it was read all the same.
     */
    public static final String PDF_RESTRICTED = "PDF-RESTRICTED";
    /** Info: the PDF holds JavaScript or actions; they were not run. */
    public static final String PDF_ACTIVE_CONTENT = "PDF-ACTIVE-CONTENT";
}
