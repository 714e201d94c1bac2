package org.resdom.io.layout;

/** What the first stage decided a line is. */
enum LineKind {
    /** Nothing but white space. */
    BLANK,
    /** A horizontal rule of underscores or dashes: a footnote area follows on this page. */
    RULE,
    /** A job number such as {@code 18-16734} or {@code GE.23-20012(E)}, or a bar-code number. */
    JOB_NUMBER,
    /** A running head: the document symbol such as {@code A/RES/73/3}. */
    RUNNING_HEAD,
    /** A page number such as {@code 2}, {@code 2/5} or {@code - 2 -}. */
    PAGE_NUMBER,
    /** The first line of a footnote body ({@code 1 A/76/207.}) in a footnote area. */
    FOOTNOTE_START,
    /**
     * The first line of an endnote as a browser prints a list of notes at the end of the
     * document: the list's number, the note's marker, its body ({@code 1. 2 A/76/207.}). The list
     * number is page furniture, the rest a footnote body.
     */
    ENDNOTE_START,
    /**
     * Never a line's kind: the list number of an {@link #ENDNOTE_START} line, kept as page
     * furniture ({@code 1.}).
     */
    NOTE_NUMBER,
    /**
     * A footnote marker alone on its line in a footnote area ({@code 2}), as {@code pdftotext}
     * gives the superscript markers of notes a browser printed: the marker has been moved to the
     * first line of its body ({@link NoteAreas}), the later stages skip the line.
     */
    NOTE_MARK,
    /** A further line of a footnote body. */
    FOOTNOTE_MORE,
    /**
     * A document or annex heading on a line of its own ({@code RESOLUTION 101 (REV. DUBAI, 2018)},
     * {@code APPENDIX 1 TO RESOLUTION 123}, {@code ANNEX}, {@code Annex 2}): a block of its own,
     * and the line after it (the title) too.
     */
    HEADING,
    /**
     * The opening formula: a capitalised line before any section that names a body and ends
     * with a comma ({@code The Plenipotentiary Conference of … (Dubai, 2018),}); it opens a block.
     */
    FORMULA,
    /** A line that begins with a paragraph label ({@code 1.}, {@code (a)}, {@code 1bis.1}) or a bullet. */
    LABELLED,
    /** A line that is a phrase heading on its own ({@code recalling}, {@code resolves}). */
    PHRASE_HEAD,
    /** A line that begins with a capitalised preamble or operative phrase ({@code Recalling its …}). */
    PHRASE_START,
    /**
     * A line that begins with a lower-case phrase ({@code учитывая …}): a paragraph start in a
     * document that writes its phrases in lower case, a wrapped line elsewhere.
     */
    PHRASE_LOWER,
    /**
     * A line that begins with a word of one of the language's opener shapes that no phrase of the
     * tables knows and that is not capitalised ({@code сожалея …}, {@code وإذ …}; core's
     * {@code opener} entries): a paragraph start only after a short line that ends a sentence
     * part, and in a cased script only in a document that writes its phrases in lower case (any
     * wrapped line may start with a participle). Not counted when deciding how a document writes
     * its phrases.
     */
    OPENER,
    /**
     * A line that begins with an operative action in a script without case (Arabic, Chinese):
     * a paragraph start after a short line that ends a clause ({@code ;}, {@code :}, {@code .}),
     * a wrapped line otherwise, where case cannot tell.
     */
    ACTION_START,
    /**
     * A line that begins with a phrase glued to the text after it in ideographic script
     * ({@code 还回顾大会…}), as phrases run inside a Chinese paragraph; a paragraph's phrase is
     * set off by a space. A paragraph start only after a short line or the end of a clause.
     */
    PHRASE_GLUED,
    /** Any other text. */
    TEXT;

    /** @return whether the line is part of a footnote or endnote body */
    boolean note() {
        return this == FOOTNOTE_START || this == ENDNOTE_START || this == FOOTNOTE_MORE || this == NOTE_MARK;
    }

    boolean furniture() {
        return this == JOB_NUMBER || this == RUNNING_HEAD || this == PAGE_NUMBER;
    }
}
