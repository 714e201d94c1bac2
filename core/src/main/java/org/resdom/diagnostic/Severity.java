package org.resdom.diagnostic;

import java.util.Locale;

/** How serious a diagnostic is. */
public enum Severity {
    /** The document is wrong or something was lost or could not be placed. */
    ERROR,
    /** Probably wrong; worth a look. */
    WARNING,
    /** For information. */
    INFO;

    /** @return {@code error}, {@code warning} or {@code info} */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
