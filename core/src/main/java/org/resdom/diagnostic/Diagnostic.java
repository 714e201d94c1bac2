package org.resdom.diagnostic;

import java.util.Optional;
import java.util.OptionalInt;
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
public record Diagnostic(
        String code, Severity severity, String message, Optional<String> elementId, Optional<SourceSpan> span) {

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

    /** @return the 1-based line, if the position is known */
    public OptionalInt line() {
        return span.isPresent() ? OptionalInt.of(span.get().line()) : OptionalInt.empty();
    }

    /** @return the 1-based column, if the position is known */
    public OptionalInt column() {
        return span.isPresent() ? OptionalInt.of(span.get().column()) : OptionalInt.empty();
    }

    /** @return {@code LINE:COL: } when the position is known, else nothing */
    private String position() {
        return span.map(s -> s.line() + ":" + s.column() + ": ").orElse("");
    }

    /**
     * The compiler-style line {@code PATH:LINE:COL: SEVERITY CODE message}
     * ({@code PATH: SEVERITY CODE message} when the position is unknown).
     *
     * @param path the file's path as the user named it
     * @return the line
     */
    public String format(String path) {
        Checks.notNull(path, "path");
        return path + ":" + (span.isPresent() ? position() : " ") + severity.label() + " " + code + " " + message;
    }

    /** @return {@code LINE:COL: SEVERITY CODE message}, without the position when it is unknown */
    @Override
    public String toString() {
        return position() + severity.label() + " " + code + " " + message
                + elementId.map(id -> " [" + id + "]").orElse("");
    }
}
