package org.resdom.validation;

import org.resdom.diagnostic.Severity;
import org.resdom.model.Resolution;

/**
 * A validation rule. Rules are stateless and thread-safe; each reports through the
 * {@link RuleContext} it is given and never throws on a bad document. Users' own rules plug
 * in the same way as the built-in ones ({@link Validator.Builder#add(Rule)}).
 */
public interface Rule {

    /** @return the stable code of the diagnostics this rule reports, such as {@code RD-LABEL-DUPLICATE} */
    String code();

    /** @return the severity of this rule's diagnostics, unless it says otherwise per diagnostic */
    Severity severity();

    /** @return one sentence on what the rule checks */
    String description();

    /**
     * Checks a resolution.
     *
     * @param resolution the resolution
     * @param context where to report
     */
    void check(Resolution resolution, RuleContext context);
}
