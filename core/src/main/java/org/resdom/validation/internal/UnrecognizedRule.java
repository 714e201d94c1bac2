package org.resdom.validation.internal;

import org.resdom.diagnostic.Severity;
import org.resdom.model.Inline;
import org.resdom.model.Resolution;
import org.resdom.model.UnknownElement;
import org.resdom.model.Unrecognized;
import org.resdom.validation.RuleContext;

/**
 * Reports every {@link Unrecognized} and {@link UnknownElement} node: content a reader kept but
 * could not place.
 */
public final class UnrecognizedRule extends RuleBase {

    /**
     * @param code the code to report under
     */
    public UnrecognizedRule(String code) {
        super(
                code,
                Severity.WARNING,
                "The document holds content a reader could not place (an Unrecognized or UnknownElement node).");
    }

    @Override
    public void check(Resolution resolution, RuleContext context) {
        resolution.find(Unrecognized.class).forEach(u -> {
            String raw = u.raw().strip();
            String shown = raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
            context.report(u, "unrecognized content '" + shown + "'");
        });
        resolution.find(UnknownElement.class).forEach(u -> {
            String raw = Inline.plainText(u.content()).strip();
            String shown = raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
            context.report(
                    u,
                    "unknown element <" + u.name() + ">" + (u.foreign() ? " of " + u.namespace() : "") + " kept"
                            + (shown.isEmpty() ? "" : ": '" + shown + "'"));
        });
    }
}
