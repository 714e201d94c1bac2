package org.resdom.io;

/**
 * The diagnostic codes of the plain-text reader. Every diagnostic carries one of these codes,
 * a severity and the line and column it points at. See {@code docs/text-format.md} for examples.
 */
public final class TextCodes {
    private TextCodes() {}

    /** Error: the input is longer than {@code ReadLimits.maxChars} (the rest is not read), or items nest deeper than {@code maxDepth}; information: diagnostics were left out. */
    public static final String LIMIT = org.resdom.diagnostic.DiagnosticSink.LIMIT;
    /** Warning: a line (or the rest of a line) the reader could not place; kept as an {@code Unrecognized} node. */
    public static final String UNRECOGNIZED = "TXT-UNRECOGNIZED";
    /** Warning: a year runs straight into a place ({@code 2018Bucarest}, {@code 2018)Bucarest}): deleted and inserted revisions glued together. */
    public static final String GLUED_REVISION = "TXT-GLUED-REVISION";
    /** Warning: two opening phrases glued together ({@code se félicitantconsidérant en outre}); the section takes the second. */
    public static final String GLUED_PHRASE = "TXT-GLUED-PHRASE";
    /** Warning: numbers glued together: a list number {@code 21} after {@code 1}, a UN number {@code 71/24375/233}, two years {@code 20162020}. */
    public static final String GLUED_NUMBER = "TXT-GLUED-NUMBER";
    /** Warning: a list goes back ({@code b)} after {@code d)}, {@code 3} after {@code 3}): often a list kept twice by tracked changes. */
    public static final String REPEATED_LABEL = "TXT-REPEATED-LABEL";
    /** Info: a paragraph in square brackets ({@code [c)}), text still under negotiation. */
    public static final String BRACKETED_PARAGRAPH = "TXT-BRACKETED-PARAGRAPH";
    /** Warning: a footnote body with no call-out of the same marker, or a call-out with no body. */
    public static final String FOOTNOTE_UNPAIRED = "TXT-FOOTNOTE-UNPAIRED";
    /** Warning: no phrase table recognizes the text; language undetermined. */
    public static final String LANGUAGE = "TXT-LANGUAGE-UNDETERMINED";
    /** Info: the opening formula names no body the tables know. */
    public static final String BODY_UNKNOWN = "TXT-BODY-UNKNOWN";
    /** Info: the document has no title line; its number was taken from a bookmark such as {@code [bookmark: res71]} in the opening formula. */
    public static final String NUMBER_FROM_BOOKMARK = "TXT-NUMBER-FROM-BOOKMARK";
    /**
     * Info: in the UN layout, a preamble paragraph opens with words the phrase tables do not know;
     * its first word (and the next after an adverb) is taken as its phrase, of kind {@code OTHER}.
     */
    public static final String PHRASE_UNKNOWN = "TXT-PHRASE-UNKNOWN";
    /**
     * Info: a numbered paragraph after the preamble opens the operative part though its words are
     * no action of the phrase tables (UN layout, or after a UN-style preamble paragraph: UN
     * preamble paragraphs carry no number).
     */
    public static final String OPERATIVE_BY_NUMBER = "TXT-OPERATIVE-BY-NUMBER";
    /** Warning: a preamble phrase after the operative part; kept as an operative section. */
    public static final String SECTION_ORDER = "TXT-SECTION-ORDER";
    /** Warning: a control character (other than TAB), a lone surrogate or U+FFFD in a line. */
    public static final String SUSPICIOUS_CHAR = "TXT-SUSPICIOUS-CHAR";
    /** Error: an internal failure; the whole input is kept as unrecognized text. Should never happen. */
    public static final String INTERNAL = "TXT-INTERNAL";
}
