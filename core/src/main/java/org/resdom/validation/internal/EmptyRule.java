package org.resdom.validation.internal;

import org.resdom.diagnostic.Severity;
import org.resdom.model.Annex;
import org.resdom.model.Footnote;
import org.resdom.model.Inline;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.model.Section;
import org.resdom.validation.RuleContext;

/** Reports an empty document, empty sections and annexes, empty paragraphs, or empty footnote bodies. */
public final class EmptyRule extends RuleBase {

    private enum Kind {
        DOCUMENT,
        SECTION,
        PARAGRAPH,
        FOOTNOTE
    }

    private final Kind kind;

    private EmptyRule(String code, String description, Kind kind) {
        super(code, Severity.WARNING, description);
        this.kind = kind;
    }

    /**
     * @param code the code to report under
     * @return the rule reporting a document with neither a preamble nor an operative part
     */
    public static EmptyRule document(String code) {
        return new EmptyRule(
                code,
                "The document has no preamble and no operative part: it is empty, or not a resolution.",
                Kind.DOCUMENT);
    }

    /**
     * @param code the code to report under
     * @return the rule reporting sections and annexes with no paragraph
     */
    public static EmptyRule section(String code) {
        return new EmptyRule(code, "A preamble or operative section, or an annex, has no paragraph.", Kind.SECTION);
    }

    /**
     * @param code the code to report under
     * @return the rule reporting paragraphs with no text and no items
     */
    public static EmptyRule paragraph(String code) {
        return new EmptyRule(
                code, "A paragraph has no text (only whitespace, anchors or call-outs) and no items.", Kind.PARAGRAPH);
    }

    /**
     * @param code the code to report under
     * @return the rule reporting footnote bodies with no text
     */
    public static EmptyRule footnote(String code) {
        return new EmptyRule(code, "A footnote body has no text.", Kind.FOOTNOTE);
    }

    @Override
    public void check(Resolution resolution, RuleContext context) {
        switch (kind) {
            case DOCUMENT:
                if (resolution.preamble().isEmpty() && resolution.operative().isEmpty()) {
                    context.report(
                            resolution,
                            "no preamble and no operative part"
                                    + (resolution.annexes().isEmpty() ? "" : " (only annexes)")
                                    + ": the document is empty, or not a resolution");
                }
                break;
            case SECTION:
                for (Section s : resolution.sections()) {
                    if (s.paragraphs().isEmpty()) {
                        context.report(s, "section '" + s.headingText().orElse("") + "' has no paragraph");
                    }
                }
                for (Annex a : resolution.annexes()) {
                    if (a.paragraphs().isEmpty()) {
                        context.report(a, "annex '" + a.heading() + "' has no paragraph");
                    }
                }
                break;
            case PARAGRAPH:
                resolution.find(Paragraph.class).forEach(p -> {
                    if (p.items().isEmpty()
                            && blank(Inline.plainText(p.content()))
                            && blank(Inline.plainText(p.wrapUp()))) {
                        context.report(
                                p,
                                "paragraph"
                                        + p.label()
                                                .map(l -> " '" + l.text() + "'")
                                                .orElse("") + " is empty");
                    }
                });
                break;
            default:
                resolution.find(Footnote.class).forEach(f -> {
                    if (blank(Inline.plainText(f.content()))) {
                        context.report(f, "footnote '" + f.marker() + "' is empty");
                    }
                });
                break;
        }
    }

    /** Blank, counting no-break and other Unicode spaces as blank too. */
    static boolean blank(String s) {
        return s.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }
}
