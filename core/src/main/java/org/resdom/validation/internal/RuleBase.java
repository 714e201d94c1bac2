package org.resdom.validation.internal;

import org.resdom.diagnostic.Severity;
import org.resdom.internal.Checks;
import org.resdom.validation.Rule;

/** Code, severity and description of a built-in rule. */
public abstract class RuleBase implements Rule {
    private final String code;
    private final Severity severity;
    private final String description;

    /**
     * @param code the stable code
     * @param severity the severity
     * @param description one sentence on what the rule checks
     */
    protected RuleBase(String code, Severity severity, String description) {
        this.code = Checks.notBlank(code, "code");
        this.severity = Checks.notNull(severity, "severity");
        this.description = Checks.notBlank(description, "description");
    }

    @Override
    public final String code() {
        return code;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final String description() {
        return description;
    }

    /** @return the code */
    @Override
    public String toString() {
        return code;
    }
}
