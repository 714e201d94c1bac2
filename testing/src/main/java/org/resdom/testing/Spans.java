package org.resdom.testing;

import java.util.List;
import java.util.Optional;
import org.resdom.model.Anchor;
import org.resdom.model.Annex;
import org.resdom.model.Bracketed;
import org.resdom.model.Citation;
import org.resdom.model.Deleted;
import org.resdom.model.Footnote;
import org.resdom.model.FootnoteRef;
import org.resdom.model.Inline;
import org.resdom.model.Inserted;
import org.resdom.model.Node;
import org.resdom.model.OpeningFormula;
import org.resdom.model.OperativeSection;
import org.resdom.model.Paragraph;
import org.resdom.model.PreambleSection;
import org.resdom.model.Resolution;
import org.resdom.model.SourceSpan;
import org.resdom.model.Text;
import org.resdom.model.UnknownElement;
import org.resdom.model.Unrecognized;

/** Test support for source spans: list them, or strip them from a whole document. */
public final class Spans {
    private Spans() {}

    /** @return the span of every node but texts, in document order (spans do not take part in equals) */
    public static List<Optional<SourceSpan>> of(Resolution r) {
        return r.stream().filter(n -> !(n instanceof Text)).map(Node::span).toList();
    }

    /** @return an equal document with no span anywhere */
    public static Resolution strip(Resolution r) {
        return new Resolution(
                r.identity(),
                r.formula().map(f -> new OpeningFormula(inlines(f.content()), Optional.empty())),
                r.preamble().stream()
                        .map(s -> new PreambleSection(
                                s.phrase(), s.runIn(), paragraphs(s.paragraphs()), Optional.empty()))
                        .toList(),
                r.operative().stream()
                        .map(s -> new OperativeSection(
                                s.phrase(), s.runIn(), paragraphs(s.paragraphs()), Optional.empty()))
                        .toList(),
                r.annexes().stream()
                        .map(a -> new Annex(
                                a.number(), a.heading(), a.title(), paragraphs(a.paragraphs()), Optional.empty()))
                        .toList(),
                r.metadata(),
                r.hints(),
                Optional.empty());
    }

    private static List<Paragraph> paragraphs(List<Paragraph> list) {
        return list.stream()
                .map(p -> new Paragraph(
                        p.anchors().stream().map(a -> (Anchor) inline(a)).toList(),
                        p.label(),
                        inlines(p.content()),
                        paragraphs(p.items()),
                        inlines(p.wrapUp()),
                        Optional.empty()))
                .toList();
    }

    private static List<Inline> inlines(List<Inline> list) {
        return list.stream().map(Spans::inline).toList();
    }

    private static Inline inline(Inline i) {
        Optional<SourceSpan> none = Optional.empty();
        if (i instanceof Text t) {
            return t;
        } else if (i instanceof Anchor a) {
            return a.withSpan(none);
        } else if (i instanceof FootnoteRef f) {
            return f.withSpan(none);
        } else if (i instanceof Footnote f) {
            return new Footnote(f.marker(), inlines(f.content()), none);
        } else if (i instanceof Inserted m) {
            return new Inserted(inlines(m.content()), none);
        } else if (i instanceof Deleted m) {
            return new Deleted(inlines(m.content()), none);
        } else if (i instanceof Bracketed m) {
            return new Bracketed(inlines(m.content()), none);
        } else if (i instanceof Unrecognized u) {
            return u.withSpan(none);
        } else if (i instanceof UnknownElement u) {
            return new UnknownElement(u.namespace(), u.name(), u.attributes(), inlines(u.content()), none);
        } else {
            return ((Citation) i).withSpan(none);
        }
    }
}
