package org.resdom.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.model.Citation;
import org.resdom.model.CitationKind;
import org.resdom.model.Identity;
import org.resdom.model.OperativeSection;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.model.Revision;
import org.resdom.validation.Validator;
import picocli.CommandLine.Command;

/** {@code resdom stats}: a short summary of each document. */
@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        versionProvider = ResdomCommand.Version.class,
        header = "Summarize documents: sections, paragraphs, citations, diagnostics.",
        description = {
            "Prints a short summary of each input: what it is, its sections by kind,",
            "paragraphs, annexes, footnotes, citations by kind, and diagnostics by severity",
            "(the reader's and the standard validation rules').",
            "Exit code 1 when errors were found, 2 for usage or I/O problems."
        },
        footer = {"", "Examples:", "  resdom stats res71.txt", "  resdom stats --format json texts/ > stats.json"})
final class StatsCommand extends FileCommand {

    enum Output {
        text,
        json
    }

    @picocli.CommandLine.Option(
            names = "--format",
            paramLabel = "FMT",
            defaultValue = "text",
            description = "Output: text (a summary per input) or json (one array, an object per input). "
                    + "Default: ${DEFAULT-VALUE}.")
    Output format;

    private final Validator validator = Validator.standard();
    private final StatsJson json = new StatsJson();

    @Override
    void process(Loaded loaded) {
        Resolution r = loaded.result().resolution();
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.result().diagnostics());
        diagnostics.addAll(validator.validate(r));
        session.errors(countErrors(diagnostics));
        if (format == Output.json) {
            json.add(loaded, diagnostics);
            return;
        }
        StringBuilder b = new StringBuilder();
        b.append(loaded.file().display())
                .append(" (")
                .append(loaded.format().name())
                .append(")\n");
        row(b, "document", describe(r.identity()));
        row(
                b,
                "preamble",
                Session.plural(r.preamble().size(), "section")
                        + counts(r.preamble(), s -> words(s.phrase().kind().name())));
        row(
                b,
                "operative",
                Session.plural(r.operative().size(), "section") + counts(r.operative(), StatsCommand::action));
        row(b, "annexes", String.valueOf(r.annexes().size()));
        long paragraphs = r.find(Paragraph.class).count();
        long top = r.preamble().stream().mapToLong(s -> s.paragraphs().size()).sum()
                + r.operative().stream().mapToLong(s -> s.paragraphs().size()).sum()
                + r.annexes().stream().mapToLong(a -> a.paragraphs().size()).sum();
        row(b, "paragraphs", paragraphs + " (" + (paragraphs - top) + " sub-items)");
        row(b, "footnotes", String.valueOf(r.footnotes().size()));
        List<Citation> citations = r.citations();
        Map<CitationKind, Integer> byKind = new EnumMap<>(CitationKind.class);
        citations.forEach(c -> byKind.merge(c.kind(), 1, Integer::sum));
        StringBuilder kinds = new StringBuilder();
        byKind.forEach((k, n) -> kinds.append(kinds.length() == 0 ? ": " : ", ")
                .append(k.code())
                .append(' ')
                .append(n));
        row(b, "citations", citations.size() + kinds.toString());
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        diagnostics.forEach(d -> bySeverity.merge(d.severity(), 1, Integer::sum));
        row(
                b,
                "diagnostics",
                String.format(
                        Locale.ROOT,
                        "%s, %s, %d info (reader %d, validation %d)",
                        Session.plural(bySeverity.getOrDefault(Severity.ERROR, 0), "error"),
                        Session.plural(bySeverity.getOrDefault(Severity.WARNING, 0), "warning"),
                        bySeverity.getOrDefault(Severity.INFO, 0),
                        loaded.result().diagnostics().size(),
                        diagnostics.size() - loaded.result().diagnostics().size()));
        session.out.print(b);
        session.out.flush();
    }

    @Override
    void after() {
        if (format == Output.json) {
            session.out.print(json.toJson() + "\n");
            session.out.flush();
        }
    }

    private static void row(StringBuilder b, String key, String value) {
        b.append("  ")
                .append(key)
                .append(" ".repeat(Math.max(1, 13 - key.length())))
                .append(value)
                .append('\n');
    }

    private static String describe(Identity id) {
        StringBuilder s =
                new StringBuilder(id.body().code()).append(' ').append(id.kind().code());
        id.number().ifPresent(n -> s.append(' ').append(n));
        id.latest()
                .map(Revision::toString)
                .ifPresent(v -> s.append(" (").append(v).append(')'));
        s.append(", language ").append(id.language().code());
        id.title().ifPresent(t -> s.append(": ").append(t));
        return s.toString();
    }

    private static String action(OperativeSection s) {
        return s.phrase().map(p -> words(p.action().name())).orElse("unheaded");
    }

    private static String words(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static <T> String counts(List<T> items, Function<T, String> key) {
        Map<String, Integer> m = new LinkedHashMap<>();
        items.forEach(i -> m.merge(key.apply(i), 1, Integer::sum));
        StringBuilder b = new StringBuilder();
        m.forEach((k, n) ->
                b.append(b.length() == 0 ? ": " : ", ").append(k).append(' ').append(n));
        return b.toString();
    }
}
