package org.resdom.validation;

import java.util.List;
import org.resdom.validation.internal.CitationRevisionRule;
import org.resdom.validation.internal.Conferences;
import org.resdom.validation.internal.EmptyRule;
import org.resdom.validation.internal.FootnoteRule;
import org.resdom.validation.internal.LabelMixedRule;
import org.resdom.validation.internal.LabelRule;
import org.resdom.validation.internal.PunctuationRule;
import org.resdom.validation.internal.UnrecognizedRule;

/**
 * The built-in rules, each with a stable code. Every rule is stateless, thread-safe, linear in
 * the size of the document, and can be switched off by its code:
 *
 * <pre>{@code
 * Validator v = Validator.builder().standardRules().without(Rules.PUNCTUATION).build();
 * }</pre>
 *
 * <p>The rules and an example that triggers each are listed in {@code docs/validation.md}.
 */
public final class Rules {

    /** Code of {@link #labelDuplicate()}. */
    public static final String LABEL_DUPLICATE = "RD-LABEL-DUPLICATE";
    /** Code of {@link #labelSequence()}. */
    public static final String LABEL_SEQUENCE = "RD-LABEL-SEQUENCE";
    /** Code of {@link #labelGlued()}. */
    public static final String LABEL_GLUED = "RD-LABEL-GLUED";
    /** Code of {@link #labelMixed()}. */
    public static final String LABEL_MIXED = "RD-LABEL-MIXED";
    /** Code of {@link #footnoteMissing()}. */
    public static final String FOOTNOTE_MISSING = "RD-FOOTNOTE-MISSING";
    /** Code of {@link #footnoteUnreferenced()}. */
    public static final String FOOTNOTE_UNREFERENCED = "RD-FOOTNOTE-UNREFERENCED";
    /** Code of {@link #footnoteDuplicate()}. */
    public static final String FOOTNOTE_DUPLICATE = "RD-FOOTNOTE-DUPLICATE";
    /** Code of {@link #emptyDocument()}. */
    public static final String EMPTY_DOCUMENT = "RD-EMPTY-DOCUMENT";
    /** Code of {@link #emptySection()}. */
    public static final String EMPTY_SECTION = "RD-EMPTY-SECTION";
    /** Code of {@link #emptyParagraph()}. */
    public static final String EMPTY_PARAGRAPH = "RD-EMPTY-PARAGRAPH";
    /** Code of {@link #emptyFootnote()}. */
    public static final String EMPTY_FOOTNOTE = "RD-EMPTY-FOOTNOTE";
    /** Code of {@link #citationRevision()}. */
    public static final String CITATION_REVISION = "RD-CITATION-REVISION";
    /** Code of {@link #punctuation()}. */
    public static final String PUNCTUATION = "RD-PUNCTUATION";
    /** Code of {@link #unrecognized()}. */
    public static final String UNRECOGNIZED = "RD-UNRECOGNIZED";

    private static final List<Rule> STANDARD = List.of(
            labelDuplicate(),
            labelSequence(),
            labelGlued(),
            labelMixed(),
            footnoteMissing(),
            footnoteUnreferenced(),
            footnoteDuplicate(),
            emptyDocument(),
            emptySection(),
            emptyParagraph(),
            emptyFootnote(),
            citationRevision(),
            punctuation(),
            unrecognized());

    private Rules() {}

    /** @return every built-in rule, in the order they run */
    public static List<Rule> standard() {
        return STANDARD;
    }

    /**
     * {@value #LABEL_DUPLICATE}, error: a label appears twice in one list ({@code a), b), b), c)}).
     * Reported on the second paragraph.
     *
     * @return the rule
     */
    public static Rule labelDuplicate() {
        return LabelRule.duplicate(LABEL_DUPLICATE);
    }

    /**
     * {@value #LABEL_SEQUENCE}, warning: a label is not the one that should come next
     * ({@code a), b), d)}; {@code 1, 2, 4}; a list starting at {@code b)}). Knows that
     * {@code i)} after {@code h)} is a letter, roman lists, multi-level numbers ({@code 1.2}
     * after {@code 1.1}, {@code 2} after {@code 1.3}) and suffixes ({@code b)bis} after
     * {@code b)}). Duplicates and glued numbers are left to their own rules.
     *
     * @return the rule
     */
    public static Rule labelSequence() {
        return LabelRule.sequence(LABEL_SEQUENCE);
    }

    /**
     * {@value #LABEL_GLUED}, warning: a number reads as the expected number glued to another
     * ({@code 21} where {@code 2} was expected, {@code 56} where {@code 6}), as when a tracked
     * change is flattened. The sequence goes on from the expected number.
     *
     * @return the rule
     */
    public static Rule labelGlued() {
        return LabelRule.glued(LABEL_GLUED);
    }

    /**
     * {@value #LABEL_MIXED}, warning: the labels of one list are not written alike (letters
     * with numbers, {@code a)} with {@code (b)}, {@code 1} with {@code 2.}, lower with upper
     * case). Once per list.
     *
     * @return the rule
     */
    public static Rule labelMixed() {
        return new LabelMixedRule(LABEL_MIXED);
    }

    /**
     * {@value #FOOTNOTE_MISSING}, error: a footnote call-out has no body with its marker.
     *
     * @return the rule
     */
    public static Rule footnoteMissing() {
        return FootnoteRule.missing(FOOTNOTE_MISSING);
    }

    /**
     * {@value #FOOTNOTE_UNREFERENCED}, error: a footnote body has no call-out with its marker.
     *
     * @return the rule
     */
    public static Rule footnoteUnreferenced() {
        return FootnoteRule.unreferenced(FOOTNOTE_UNREFERENCED);
    }

    /**
     * {@value #FOOTNOTE_DUPLICATE}, error: more footnote bodies share a marker than there are
     * call-outs with it.
     *
     * @return the rule
     */
    public static Rule footnoteDuplicate() {
        return FootnoteRule.duplicate(FOOTNOTE_DUPLICATE);
    }

    /**
     * {@value #EMPTY_DOCUMENT}, warning: the document has neither a preamble nor an operative
     * part (an empty file, or one that is not a resolution). Reported on the document.
     *
     * @return the rule
     */
    public static Rule emptyDocument() {
        return EmptyRule.document(EMPTY_DOCUMENT);
    }

    /**
     * {@value #EMPTY_SECTION}, warning: a preamble or operative section, or an annex, has no
     * paragraph.
     *
     * @return the rule
     */
    public static Rule emptySection() {
        return EmptyRule.section(EMPTY_SECTION);
    }

    /**
     * {@value #EMPTY_PARAGRAPH}, warning: a paragraph has no text and no items.
     *
     * @return the rule
     */
    public static Rule emptyParagraph() {
        return EmptyRule.paragraph(EMPTY_PARAGRAPH);
    }

    /**
     * {@value #EMPTY_FOOTNOTE}, warning: a footnote body has no text.
     *
     * @return the rule
     */
    public static Rule emptyFootnote() {
        return EmptyRule.footnote(EMPTY_FOOTNOTE);
    }

    /**
     * {@value #CITATION_REVISION}, warning: a cited revision, or an entry of the document's own
     * history, names a year in which the body held no conference, or a place that does not
     * match the year ({@code Resolution 70 (Rev. Dubai, 2022)} of the Plenipotentiary
     * Conference). The conferences are data ({@code conferences.tsv} in core's resources); for
     * a body the table does not cover, only the plausibility of the year is checked.
     *
     * @return the rule
     */
    public static Rule citationRevision() {
        return new CitationRevisionRule(CITATION_REVISION, Conferences.standard());
    }

    /**
     * {@value #PUNCTUATION}, warning: a paragraph does not end as the body's style wants (ITU:
     * preamble {@code ,} or {@code ;}, operative {@code ;} {@code ,} {@code .}, {@code :}
     * before items, and {@code .} at the end of the last operative paragraph; UN: preamble
     * {@code ,}, operative {@code ;}).
     *
     * @return the rule
     */
    public static Rule punctuation() {
        return new PunctuationRule(PUNCTUATION);
    }

    /**
     * {@value #UNRECOGNIZED}, warning: the document holds an {@code Unrecognized} or an
     * {@code UnknownElement} node, content a reader kept but could not place.
     *
     * @return the rule
     */
    public static Rule unrecognized() {
        return new UnrecognizedRule(UNRECOGNIZED);
    }
}
