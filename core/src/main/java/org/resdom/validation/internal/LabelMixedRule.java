package org.resdom.validation.internal;

import java.util.List;
import java.util.Locale;
import org.resdom.diagnostic.Severity;
import org.resdom.model.Label;
import org.resdom.model.LabelStyle;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.validation.RuleContext;

/**
 * Reports a list whose labels are not all written alike: letters with numbers, {@code a)} with
 * {@code (b)}, {@code 1} with {@code 2.}, lower with upper case, one dash with another. Once per
 * list, on the first label that departs from the list's first label. Unlabelled paragraphs are
 * ignored.
 */
public final class LabelMixedRule extends RuleBase {

    /**
     * @param code the code to report under
     */
    public LabelMixedRule(String code) {
        super(
                code,
                Severity.WARNING,
                "The labels of one list are written in different styles (a) with 1, a) with (b)).");
    }

    @Override
    public void check(Resolution resolution, RuleContext context) {
        Lists.forEach(resolution, list -> checkList(list, context));
    }

    private static void checkList(List<Paragraph> list, RuleContext context) {
        boolean lettered = LabelAnalysis.lettered(list);
        Label first = null;
        LabelAnalysis.Family firstFamily = null;
        String firstShape = null;
        for (Paragraph p : list) {
            if (p.label().isEmpty()) {
                continue;
            }
            Label l = p.label().get();
            LabelAnalysis.Family f = LabelAnalysis.family(l, lettered);
            String shape = shape(l);
            if (first == null) {
                first = l;
                firstFamily = f;
                firstShape = shape;
                continue;
            }
            if (f != firstFamily) {
                context.report(
                        p,
                        "label '" + l.text() + "' (" + name(f) + ") mixed with '" + first.text() + "' ("
                                + name(firstFamily) + ") in one list");
                return;
            }
            if (f != LabelAnalysis.Family.OTHER && !shape.equals(firstShape)) {
                context.report(
                        p,
                        "label '" + l.text() + "' is written differently from '" + first.text() + "' in the same list");
                return;
            }
        }
    }

    private static String name(LabelAnalysis.Family f) {
        return f.name().toLowerCase(Locale.ROOT);
    }

    /** The label with its value replaced by a placeholder: {@code a)} and {@code b)bis} give {@code #)}. */
    static String shape(Label l) {
        String s = l.text().strip();
        if (s.startsWith("[")) {
            s = s.substring(1).strip();
        }
        if (l.style() == LabelStyle.DASH || l.style() == LabelStyle.BULLET || l.style() == LabelStyle.OTHER) {
            return s;
        }
        if (l.suffix().isPresent()) {
            int at = s.lastIndexOf(l.suffix().get());
            if (at >= 0) {
                s = s.substring(0, at) + s.substring(at + l.suffix().get().length());
            }
        }
        int i = s.indexOf(l.value());
        if (i < 0) {
            return s.replace(" ", "");
        }
        char c = l.value().charAt(0);
        String mark = Character.isUpperCase(c) ? "#^" : "#";
        return (s.substring(0, i) + mark + s.substring(i + l.value().length())).replace(" ", "");
    }
}
