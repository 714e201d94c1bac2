package org.resdom.io.akn;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.resdom.model.Annex;
import org.resdom.model.Located;
import org.resdom.model.Node;
import org.resdom.model.OperativeSection;
import org.resdom.model.Paragraph;
import org.resdom.model.PreambleSection;
import org.resdom.model.Resolution;
import org.resdom.model.SourceSpan;

/**
 * Gives sections and paragraphs back the positions in their original source that resdom wrote
 * as {@code rd:position} facts (the page and line of a PDF): a node whose eId has a position
 * takes it as its span, the others keep theirs. Spans are not part of {@code equals}, so the
 * document stays equal to the one written.
 */
final class SourcePositions {

    private SourcePositions() {}

    static Resolution apply(Resolution r, Map<String, SourceSpan> positions) {
        Map<Node, String> ids = new IdentityHashMap<>();
        for (Located<Node> l : r.elements()) {
            ids.putIfAbsent(l.node(), l.id());
        }
        SourcePositions.Job j = new Job(ids, positions);
        List<PreambleSection> pre = new ArrayList<>(r.preamble().size());
        for (PreambleSection s : r.preamble()) {
            pre.add(new PreambleSection(s.phrase(), s.runIn(), j.paragraphs(s.paragraphs()), j.span(s, s.span())));
        }
        List<OperativeSection> op = new ArrayList<>(r.operative().size());
        for (OperativeSection s : r.operative()) {
            op.add(new OperativeSection(s.phrase(), s.runIn(), j.paragraphs(s.paragraphs()), j.span(s, s.span())));
        }
        List<Annex> an = new ArrayList<>(r.annexes().size());
        for (Annex a : r.annexes()) {
            an.add(new Annex(a.number(), a.heading(), a.title(), j.paragraphs(a.paragraphs()), j.span(a, a.span())));
        }
        return new Resolution(r.identity(), r.formula(), pre, op, an, r.metadata(), r.hints(), r.span());
    }

    private record Job(Map<Node, String> ids, Map<String, SourceSpan> positions) {

        Optional<SourceSpan> span(Node n, Optional<SourceSpan> old) {
            String id = ids.get(n);
            SourceSpan p = id == null ? null : positions.get(id);
            return p == null ? old : Optional.of(p);
        }

        List<Paragraph> paragraphs(List<Paragraph> in) {
            List<Paragraph> out = new ArrayList<>(in.size());
            for (Paragraph p : in) {
                out.add(p.withItems(paragraphs(p.items())).withSpan(span(p, p.span())));
            }
            return out;
        }
    }
}
