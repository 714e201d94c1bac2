package org.resdom.diagnostic;

import java.util.List;
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
 * @param leftOut for the overflow note a {@link DiagnosticSink} ends its diagnostics with (code
 *        {@value DiagnosticSink#LIMIT}), how many diagnostics it stands for; empty for every other
 *        diagnostic. {@link DiagnosticSink#addAll(List)} counts another sink's note by it.
 */
public record Diagnostic(
        String code,
        Severity severity,
        String message,
        Optional<String> elementId,
        Optional<SourceSpan> span,
        OptionalInt leftOut) {

    /**
     * Checks for nulls and blank codes.
     *
     * @throws IllegalArgumentException when {@code leftOut} is present but below 1 or on a
     *         diagnostic whose code is not {@value DiagnosticSink#LIMIT}
     */
    public Diagnostic {
        Checks.notBlank(code, "code");
        Checks.notNull(severity, "severity");
        Checks.notNull(message, "message");
        Checks.optional(elementId, "elementId");
        Checks.optional(span, "span");
        Checks.notNull(leftOut, "leftOut");
        if (leftOut.isPresent() && (leftOut.getAsInt() < 1 || !code.equals(DiagnosticSink.LIMIT))) {
            throw new IllegalArgumentException(
                    "leftOut is for a " + DiagnosticSink.LIMIT + " note of at least 1, not " + code + " " + leftOut);
        }
    }

    /**
     * A diagnostic that stands for itself (no {@link #leftOut()}).
     *
     * @param code the code
     * @param severity the severity
     * @param message the message
     * @param elementId the identifier of the element concerned, if known
     * @param span where in the source, if known
     */
    public Diagnostic(
            String code, Severity severity, String message, Optional<String> elementId, Optional<SourceSpan> span) {
        this(code, severity, message, elementId, span, OptionalInt.empty());
    }

    /**
     * @param value the new position
     * @return a copy at that position, everything else (the {@link #leftOut()} count too) the same
     */
    public Diagnostic withSpan(Optional<SourceSpan> value) {
        return new Diagnostic(code, severity, message, elementId, Checks.optional(value, "value"), leftOut);
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
