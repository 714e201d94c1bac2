package org.resdom.diagnostic;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.resdom.internal.Checks;
import org.resdom.internal.DataTable;

/**
 * One diagnostic code of the documented system: every code a reader or a validation rule
 * reports is listed, with the format it belongs to, the severities it is reported with and a
 * one-line description. The list is data ({@code org/resdom/diagnostic/codes.tsv}); the
 * reference page {@code docs/diagnostics.md} is generated from it.
 *
 * <pre>{@code
 * DiagnosticCode.of(diagnostic.code()).ifPresent(c -> System.out.println(c.description()));
 * }</pre>
 *
 * @param format the format or part that reports it ({@code text}, {@code json}, {@code akn},
 *        {@code validation}, {@code io} for all readers …)
 * @param code the code, such as {@code TXT-GLUED-REVISION}
 * @param severities the severities it is reported with
 * @param description what it means, in one line
 */
public record DiagnosticCode(String format, String code, Set<Severity> severities, String description) {

    /** Checks for nulls and blanks; copies the severities. */
    public DiagnosticCode {
        Checks.notBlank(format, "format");
        Checks.notBlank(code, "code");
        Checks.notNull(severities, "severities");
        Checks.notBlank(description, "description");
        if (severities.isEmpty()) {
            throw new IllegalArgumentException("a code has at least one severity: " + code);
        }
        severities = Set.copyOf(severities);
    }

    /** The table, by code, in its order (by format, then code). */
    private static final class Table {
        static final Map<String, DiagnosticCode> BY_CODE = load();

        private static Map<String, DiagnosticCode> load() {
            Map<String, DiagnosticCode> m = new LinkedHashMap<>();
            for (DataTable.Row row : DataTable.read(DiagnosticCode.class, "codes.tsv", 4)) {
                Set<Severity> s = EnumSet.noneOf(Severity.class);
                for (String name : row.get(2).split("\\|")) {
                    s.add(Severity.valueOf(name.strip().toUpperCase(Locale.ROOT)));
                }
                DiagnosticCode c = new DiagnosticCode(row.get(0), row.get(1), s, row.get(3));
                if (m.put(c.code(), c) != null) {
                    throw new IllegalStateException("codes.tsv:" + row.line() + ": " + c.code() + " listed twice");
                }
            }
            return m;
        }
    }

    /** @return every documented code, by format, then code */
    public static List<DiagnosticCode> all() {
        return List.copyOf(Table.BY_CODE.values());
    }

    /**
     * @param code a diagnostic's code
     * @return its entry, or empty for a code the system does not document (a user's own rule's)
     */
    public static Optional<DiagnosticCode> of(String code) {
        Checks.notNull(code, "code");
        return Optional.ofNullable(Table.BY_CODE.get(code));
    }

    /**
     * The reference page {@code docs/diagnostics.md}: one table per format.
     *
     * @return the page, in Markdown
     */
    public static String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Diagnostic codes\n\n")
                .append(
                        "Every diagnostic a reader or a validation rule reports carries one of these codes, a severity,\n")
                .append("a message and, when known, a line and column. Codes are stable: a code is never reused for\n")
                .append("another meaning. `IO-LIMIT` is shared by all readers.\n\n")
                .append("This page is generated from `core/src/main/resources/org/resdom/diagnostic/codes.tsv`\n")
                .append("(`DiagnosticCode.markdown()`); do not edit it by hand. After changing the table, run\n")
                .append("`mvn -o -q -pl core test -Dtest=DiagnosticCodesDocTest -Dresdom.regenerateDocs=true`.\n");
        String format = null;
        for (DiagnosticCode c : Table.BY_CODE.values()) {
            if (!c.format().equals(format)) {
                format = c.format();
                sb.append("\n## ")
                        .append(format)
                        .append("\n\n")
                        .append("| Code | Severity | Meaning |\n")
                        .append("|---|---|---|\n");
            }
            StringBuilder sev = new StringBuilder();
            for (Severity s : EnumSet.copyOf(c.severities())) {
                sev.append(sev.length() == 0 ? "" : ", ").append(s.label());
            }
            sb.append("| `")
                    .append(c.code())
                    .append("` | ")
                    .append(sev)
                    .append(" | ")
                    .append(c.description())
                    .append(" |\n");
        }
        return sb.toString();
    }
}
