package org.resdom.cli;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.model.Citation;
import org.resdom.model.CitationKind;
import org.resdom.model.Identity;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code stats --format json}: the same figures as the text summary, one object per input. */
final class StatsJson {

    private final ArrayNode all = Json.MAPPER.createArrayNode();

    void add(Loaded loaded, List<Diagnostic> diagnostics) {
        Resolution r = loaded.result().resolution();
        ObjectNode o = all.addObject();
        o.put("file", loaded.file().display());
        o.put("format", loaded.format().name());
        Identity id = r.identity();
        ObjectNode doc = o.putObject("document");
        doc.put("body", id.body().code());
        doc.put("kind", id.kind().code());
        Json.put(doc, "number", id.number());
        doc.put("language", id.language().code());
        Json.put(doc, "title", id.title());
        id.latest().ifPresent(v -> doc.put("revision", v.toString()));
        ObjectNode pre = o.putObject("preamble");
        pre.put("sections", r.preamble().size());
        ObjectNode kinds = pre.putObject("kinds");
        count(r.preamble().stream().map(s -> s.phrase().kind().name()).toList()).forEach(kinds::put);
        ObjectNode op = o.putObject("operative");
        op.put("sections", r.operative().size());
        ObjectNode actions = op.putObject("actions");
        count(r.operative().stream()
                        .map(s -> s.phrase().map(p -> p.action().name()).orElse("UNHEADED"))
                        .toList())
                .forEach(actions::put);
        o.put("annexes", r.annexes().size());
        long paragraphs = r.find(Paragraph.class).count();
        long top = r.preamble().stream().mapToLong(s -> s.paragraphs().size()).sum()
                + r.operative().stream().mapToLong(s -> s.paragraphs().size()).sum()
                + r.annexes().stream().mapToLong(a -> a.paragraphs().size()).sum();
        o.put("paragraphs", paragraphs);
        o.put("subItems", paragraphs - top);
        o.put("footnotes", r.footnotes().size());
        List<Citation> citations = r.citations();
        ObjectNode c = o.putObject("citations");
        c.put("total", citations.size());
        Map<CitationKind, Integer> byKind = new EnumMap<>(CitationKind.class);
        citations.forEach(x -> byKind.merge(x.kind(), 1, Integer::sum));
        ObjectNode ck = c.putObject("kinds");
        byKind.forEach((k, n) -> ck.put(k.code(), n));
        ObjectNode d = o.putObject("diagnostics");
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        diagnostics.forEach(x -> bySeverity.merge(x.severity(), 1, Integer::sum));
        d.put("errors", bySeverity.getOrDefault(Severity.ERROR, 0));
        d.put("warnings", bySeverity.getOrDefault(Severity.WARNING, 0));
        d.put("info", bySeverity.getOrDefault(Severity.INFO, 0));
        d.put("reader", loaded.result().diagnostics().size());
        d.put("validation", diagnostics.size() - loaded.result().diagnostics().size());
        ObjectNode codes = d.putObject("codes");
        count(diagnostics.stream().map(Diagnostic::code).toList()).forEach(codes::put);
    }

    String toJson() {
        return Json.pretty(all);
    }

    private static Map<String, Integer> count(List<String> keys) {
        Map<String, Integer> m = new LinkedHashMap<>();
        keys.forEach(k -> m.merge(k, 1, Integer::sum));
        return m;
    }
}
