package org.resdom.diagnostic;

import java.util.Optional;
import org.resdom.internal.Checks;
import org.resdom.model.SourceSpan;

/**
 * A problem found by a reader or a validation rule.
 *
 * @param code a stable code, such as {@code RD-LABEL-SEQUENCE} or {@code TXT-GLUED-REVISION}
 * @param severity how serious it is
 * @param message what is wrong, for a person
 * @param elementId the identifier of the element concerned (see
 *        {@link org.resdom.model.Resolution#elements()}), if known
 * @param span where in the source, if known
 */
public record Diagnostic(String code, Severity severity, String message, Optional<String> elementId,
        Optional<SourceSpan> span) {

    /** Checks for nulls and blank codes. */
    public Diagnostic {
        Checks.notBlank(code, "code");
        Checks.notNull(severity, "severity");
        Checks.notNull(message, "message");
        Checks.optional(elementId, "elementId");
        Checks.optional(span, "span");
    }

    /**
     * A diagnostic at a source position, not tied to an element.
     *
     * @param code the code
     * @param severity the severity
     * @param message the message
     * @param span the position
     * @return the diagnostic
     */
    public static Diagnostic at(String code, Severity severity, String message, SourceSpan span) {
        return new Diagnostic(code, severity, message, Optional.empty(), Optional.of(Checks.notNull(span, "span")));
    }

    /** @return the line, or 0 when the position is unknown */
    public int line() {
        return span.map(SourceSpan::line).orElse(0);
    }

    /** @return the column, or 0 when the position is unknown */
    public int column() {
        return span.map(SourceSpan::column).orElse(0);
    }

    /**
     * The compiler-style line {@code PATH:LINE:COL: SEVERITY CODE message}.
     *
     * @param path the file's path as the user named it
     * @return the line
     */
    public String format(String path) {
        Checks.notNull(path, "path");
        return path + ":" + line() + ":" + column() + ": " + severity.label() + " " + code + " " + message;
    }

    /** @return {@code LINE:COL: SEVERITY CODE message} */
    @Override
    public String toString() {
        return line() + ":" + column() + ": " + severity.label() + " " + code + " " + message
                + elementId.map(id -> " [" + id + "]").orElse("");
    }
}
