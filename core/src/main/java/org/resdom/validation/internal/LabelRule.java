package org.resdom.validation.internal;

import org.resdom.diagnostic.Severity;
import org.resdom.model.Label;
import org.resdom.model.Resolution;
import org.resdom.validation.RuleContext;

/**
 * Reports the labels of one {@link LabelAnalysis.Verdict}: duplicates, glued numbers or
 * labels out of sequence.
 */
public final class LabelRule extends RuleBase {
    private final LabelAnalysis.Verdict verdict;

    private LabelRule(String code, Severity severity, String description, LabelAnalysis.Verdict verdict) {
        super(code, severity, description);
        this.verdict = verdict;
    }

    /**
     * @param code the code to report under
     * @return the rule reporting a label used twice in one list
     */
    public static LabelRule duplicate(String code) {
        return new LabelRule(
                code,
                Severity.ERROR,
                "A label appears twice in one list of paragraphs (a, b, b, c).",
                LabelAnalysis.Verdict.DUPLICATE);
    }

    /**
     * @param code the code to report under
     * @return the rule reporting a label that skips or breaks the sequence
     */
    public static LabelRule sequence(String code) {
        return new LabelRule(
                code,
                Severity.WARNING,
                "A label is not the one that should come next (a, b, d; 1, 2, 4; a list starting at b).",
                LabelAnalysis.Verdict.OUT_OF_SEQUENCE);
    }

    /**
     * @param code the code to report under
     * @return the rule reporting a number that reads as two numbers glued together
     */
    public static LabelRule glued(String code) {
        return new LabelRule(
                code,
                Severity.WARNING,
                "A number reads as the expected number glued to another (21 where 2 was expected), "
                        + "as when a tracked change is flattened.",
                LabelAnalysis.Verdict.GLUED);
    }

    @Override
    public void check(Resolution resolution, RuleContext context) {
        Lists.forEach(resolution, list -> {
            for (LabelAnalysis.Entry e : LabelAnalysis.analyse(list)) {
                if (e.verdict() != verdict) {
                    continue;
                }
                String label = e.paragraph().label().map(Label::text).orElse("");
                switch (verdict) {
                    case DUPLICATE:
                        context.report(e.paragraph(), "label '" + label + "' appears twice in the same list");
                        break;
                    case GLUED:
                        context.report(
                                e.paragraph(),
                                "label '" + label + "' looks like two numbers glued together; " + "expected "
                                        + e.expected());
                        break;
                    default:
                        context.report(
                                e.paragraph(), "label '" + label + "' is out of sequence; expected " + e.expected());
                        break;
                }
            }
        });
    }
}
