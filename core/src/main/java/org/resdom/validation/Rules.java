package org.resdom.validation;

import java.util.List;

/** The built-in rules. Each is documented with its code, what it checks and an example. */
public final class Rules {
    private Rules() {
    }

    /** @return every built-in rule, in the order they run */
    public static List<Rule> standard() {
        return List.of();
    }
}
