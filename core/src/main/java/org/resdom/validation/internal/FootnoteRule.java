package org.resdom.validation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.resdom.diagnostic.Severity;
import org.resdom.model.Footnote;
import org.resdom.model.FootnoteRef;
import org.resdom.model.Node;
import org.resdom.model.Resolution;
import org.resdom.validation.RuleContext;

/**
 * Pairs footnote call-outs ({@link FootnoteRef}) with bodies ({@link Footnote}) by marker,
 * over the whole document, and reports one kind of mismatch.
 */
public final class FootnoteRule extends RuleBase {

    private enum Kind {
        MISSING,
        UNREFERENCED,
        DUPLICATE
    }

    private final Kind kind;

    private FootnoteRule(String code, Severity severity, String description, Kind kind) {
        super(code, severity, description);
        this.kind = kind;
    }

    /**
     * @param code the code to report under
     * @return the rule reporting a call-out whose marker has no body
     */
    public static FootnoteRule missing(String code) {
        return new FootnoteRule(
                code, Severity.ERROR, "A footnote call-out has no footnote body with its marker.", Kind.MISSING);
    }

    /**
     * @param code the code to report under
     * @return the rule reporting a body whose marker has no call-out
     */
    public static FootnoteRule unreferenced(String code) {
        return new FootnoteRule(
                code, Severity.ERROR, "A footnote body has no call-out with its marker.", Kind.UNREFERENCED);
    }

    /**
     * @param code the code to report under
     * @return the rule reporting more bodies with one marker than call-outs
     */
    public static FootnoteRule duplicate(String code) {
        return new FootnoteRule(
                code,
                Severity.ERROR,
                "Two footnote bodies have the same marker (more bodies than call-outs with that marker).",
                Kind.DUPLICATE);
    }

    @Override
    public void check(Resolution resolution, RuleContext context) {
        Map<String, List<FootnoteRef>> refs = new HashMap<>();
        Map<String, List<Footnote>> bodies = new HashMap<>();
        List<Node> order = new ArrayList<>();
        resolution.stream().forEach(n -> {
            if (n instanceof FootnoteRef r) {
                refs.computeIfAbsent(r.marker().strip(), k -> new ArrayList<>()).add(r);
                order.add(n);
            } else if (n instanceof Footnote f) {
                bodies.computeIfAbsent(f.marker().strip(), k -> new ArrayList<>())
                        .add(f);
                order.add(n);
            }
        });
        Map<String, Integer> bodiesSeen = new HashMap<>();
        for (Node n : order) {
            if (n instanceof FootnoteRef r && kind == Kind.MISSING) {
                if (!bodies.containsKey(r.marker().strip())) {
                    context.report(r, "footnote call-out '" + r.marker() + "' has no footnote body");
                }
            } else if (n instanceof Footnote f) {
                String m = f.marker().strip();
                int refCount = refs.getOrDefault(m, List.of()).size();
                int index = bodiesSeen.merge(m, 1, Integer::sum);
                if (kind == Kind.UNREFERENCED && refCount == 0) {
                    context.report(f, "footnote body '" + f.marker() + "' has no call-out in the text");
                } else if (kind == Kind.DUPLICATE && refCount > 0 && index > Math.max(refCount, 1)) {
                    context.report(
                            f,
                            "footnote marker '" + f.marker() + "' is used by "
                                    + bodies.get(m).size() + " footnote bodies but only " + refCount + " call-out(s)");
                }
            }
        }
    }
}
