package org.resdom.io.json;

import java.util.List;
import java.util.Optional;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.DiagnosticSink;
import org.resdom.diagnostic.Severity;
import org.resdom.model.SourceSpan;

/** Collects the diagnostics of one read, up to a limit: JSON paths and positions on the core sink. */
final class Diagnostics {

    private final DiagnosticSink sink;

    Diagnostics(int max) {
        this.sink = DiagnosticSink.of(max);
    }

    void error(String code, String path, JsonTree.Where where, String message) {
        add(code, Severity.ERROR, path, where, message);
    }

    void warning(String code, String path, JsonTree.Where where, String message) {
        add(code, Severity.WARNING, path, where, message);
    }

    private void add(String code, Severity severity, String path, JsonTree.Where where, String message) {
        sink.add(code, severity, path + ": " + message, span(where));
    }

    boolean hasErrors() {
        return sink.hasErrors();
    }

    List<Diagnostic> list() {
        return sink.diagnostics();
    }

    static Optional<SourceSpan> span(JsonTree.Where where) {
        if (where == null || where.line() < 1 || where.column() < 1) {
            return Optional.empty();
        }
        long off = where.offset();
        if (off >= 0 && off <= Integer.MAX_VALUE) {
            return Optional.of(SourceSpan.of((int) off, (int) off, where.line(), where.column()));
        }
        return Optional.of(SourceSpan.at(where.line(), where.column()));
    }

    /** Appends a property name to a JSON path, quoting it when it is not a plain identifier. */
    static String member(String path, String name) {
        if (!name.isEmpty()
                && name.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '_'))
                && !Character.isDigit(name.charAt(0))) {
            return path + "." + name;
        }
        StringBuilder sb = new StringBuilder(path).append("['");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\'' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append("']").toString();
    }

    static String index(String path, int i) {
        return path + "[" + i + "]";
    }
}
