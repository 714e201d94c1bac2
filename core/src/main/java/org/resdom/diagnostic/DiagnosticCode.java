package org.resdom.diagnostic;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.resdom.internal.Checks;
import org.resdom.internal.Vocabularies;
import org.resdom.spi.Vocabulary;

/**
 * One diagnostic code of the documented system: every code a reader or a validation rule
 * reports is listed, with the format it belongs to, the severities it is reported with and a
 * one-line description. resdom's own list is data ({@code org/resdom/diagnostic/codes.tsv}); the
 * reference page {@code docs/diagnostics.md} is generated from it. A format or other plug-in
 * declares its own codes, under a prefix it owns, through a {@link Vocabulary}; {@link #of(String)}
 * and {@link #all()} find them too.
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

    /**
     * @return every code: resdom's own (by format, then code), then those of the
     *         {@linkplain Vocabulary plug-ins} found (by owner)
     */
    public static List<DiagnosticCode> all() {
        return List.copyOf(Vocabularies.found().codes().values());
    }

    /**
     * @param code a diagnostic's code
     * @return its entry, resdom's or a {@linkplain Vocabulary plug-in}'s; empty for a code no one
     *         declares (a user's own validation rule's, say)
     */
    public static Optional<DiagnosticCode> of(String code) {
        Checks.notNull(code, "code");
        return Optional.ofNullable(Vocabularies.found().codes().get(code));
    }

    /**
     * The reference page {@code docs/diagnostics.md}: one table per format, resdom's own codes only
     * (a plug-in documents its own).
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
        for (DiagnosticCode c : Vocabularies.found().builtInCodes()) {
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
