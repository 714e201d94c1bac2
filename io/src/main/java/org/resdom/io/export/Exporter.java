package org.resdom.io.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.resdom.model.Anchor;
import org.resdom.model.Annex;
import org.resdom.model.AnnexCitation;
import org.resdom.model.Bracketed;
import org.resdom.model.Citation;
import org.resdom.model.Deleted;
import org.resdom.model.Footnote;
import org.resdom.model.FootnoteRef;
import org.resdom.model.Identity;
import org.resdom.model.Inline;
import org.resdom.model.Inserted;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.Label;
import org.resdom.model.Located;
import org.resdom.model.NamedInstrumentCitation;
import org.resdom.model.Node;
import org.resdom.model.OpeningFormula;
import org.resdom.model.OperativeSection;
import org.resdom.model.OtherCitation;
import org.resdom.model.Paragraph;
import org.resdom.model.PreambleSection;
import org.resdom.model.ProvisionCitation;
import org.resdom.model.Resolution;
import org.resdom.model.SourceSpan;
import org.resdom.model.Text;
import org.resdom.model.UnDocumentCitation;
import org.resdom.model.UnResolutionCitation;
import org.resdom.model.UnknownElement;
import org.resdom.model.Unrecognized;
import org.resdom.model.Visitor;

/**
 * Turns a resolution into export records, one per {@link Unit}, in document order. Immutable and thread-safe.
 */
public final class Exporter {

    private final Unit unit;

    private Exporter(Unit unit) {
        this.unit = unit;
    }

    /**
     * @param unit what one record stands for
     * @return an exporter of that unit
     */
    public static Exporter of(Unit unit) {
        return new Exporter(Objects.requireNonNull(unit, "unit"));
    }

    /** @return what one record stands for */
    public Unit unit() {
        return unit;
    }

    /**
     * @param identity a document's identity
     * @return its language-neutral key, {@code body/kind/number} ({@code body/kind} without a number)
     */
    public static String documentKey(Identity identity) {
        return identity.body().code() + "/" + identity.kind().code()
                + identity.number().map(n -> "/" + n).orElse("");
    }

    /**
     * @param resolution the resolution
     * @return its records, without a source file
     */
    public List<ExportRecord> records(Resolution resolution) {
        return records(resolution, Optional.empty());
    }

    /**
     * @param resolution the resolution
     * @param source the file it was read from
     * @return its records
     */
    public List<ExportRecord> records(Resolution resolution, String source) {
        return records(resolution, Optional.of(source));
    }

    /**
     * @param resolution the resolution
     * @param source the file it was read from, when known
     * @return its records, in document order
     */
    public List<ExportRecord> records(Resolution resolution, Optional<String> source) {
        return new Run(resolution, source).run();
    }

    /**
     * @param citation a citation
     * @return it as exported
     */
    public static CitedRef cited(Citation citation) {
        Objects.requireNonNull(citation, "citation must not be null");
        return new CitedRef(citation.kind().code(), citation.text(), citation.accept(CitedNumbers.INSTANCE));
    }

    /**
     * The numbers a citation cites, one method per node type: a new citation type fails to
     * compile here until it says what it exports, instead of being exported without numbers.
     */
    private static final class CitedNumbers implements Visitor<List<String>> {
        static final CitedNumbers INSTANCE = new CitedNumbers();

        @Override
        public List<String> visitUnResolutionCitation(UnResolutionCitation node) {
            return List.of(node.number());
        }

        @Override
        public List<String> visitInstrumentCitation(InstrumentCitation node) {
            return node.numbers();
        }

        @Override
        public List<String> visitProvisionCitation(ProvisionCitation node) {
            List<String> numbers = new ArrayList<>();
            node.article().ifPresent(numbers::add);
            node.number().ifPresent(numbers::add);
            node.paragraph().ifPresent(numbers::add);
            return numbers;
        }

        @Override
        public List<String> visitAnnexCitation(AnnexCitation node) {
            List<String> numbers = new ArrayList<>();
            node.annex().ifPresent(numbers::add);
            node.appendix().ifPresent(numbers::add);
            return numbers;
        }

        /** A UN document is cited by its symbol (the record's {@code symbol}), not by numbers. */
        @Override
        public List<String> visitUnDocumentCitation(UnDocumentCitation node) {
            return List.of();
        }

        /** A named instrument is cited by its name (the record's {@code instrument}), not by numbers. */
        @Override
        public List<String> visitNamedInstrumentCitation(NamedInstrumentCitation node) {
            return List.of();
        }

        @Override
        public List<String> visitOtherCitation(OtherCitation node) {
            return List.of();
        }

        // Only citations are exported as cited references (Citation is sealed): the rest cannot be reached.

        private static List<String> notACitation(Node node) {
            throw new IllegalStateException("not a citation: " + node.getClass().getName());
        }

        @Override
        public List<String> visitResolution(Resolution node) {
            return notACitation(node);
        }

        @Override
        public List<String> visitOpeningFormula(OpeningFormula node) {
            return notACitation(node);
        }

        @Override
        public List<String> visitPreambleSection(PreambleSection node) {
            return notACitation(node);
        }

        @Override
        public List<String> visitOperativeSection(OperativeSection node) {
            return notACitation(node);
        }

        @Override
        public List<String> visitParagraph(Paragraph node) {
            return notACitation(node);
        }

        @Override
        public List<String> visitAnnex(Annex node) {
            return notACitation(node);
        }

        @Override
        public List<String> visitText(Text node) {
            return notACitation(node);
        }

        @Override
        public List<String> visitAnchor(Anchor node) {
            return notACitation(node);
        }

        @Override
        public List<String> visitFootnoteRef(FootnoteRef node) {
            return notACitation(node);
        }

        @Override
        public List<String> visitFootnote(Footnote node) {
            return notACitation(node);
        }

        @Override
        public List<String> visitInserted(Inserted node) {
            return notACitation(node);
        }

        @Override
        public List<String> visitDeleted(Deleted node) {
            return notACitation(node);
        }

        @Override
        public List<String> visitBracketed(Bracketed node) {
            return notACitation(node);
        }

        @Override
        public List<String> visitUnrecognized(Unrecognized node) {
            return notACitation(node);
        }

        @Override
        public List<String> visitUnknownElement(UnknownElement node) {
            return notACitation(node);
        }
    }

    /**
     * @param inlines some content
     * @return the citations in it, however deeply nested, in order
     */
    public static List<Citation> citationsIn(List<? extends Inline> inlines) {
        List<Citation> out = new ArrayList<>();
        Deque<Node> todo = new ArrayDeque<>();
        for (int i = inlines.size() - 1; i >= 0; i--) {
            todo.push(inlines.get(i));
        }
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (n instanceof Citation c) {
                out.add(c);
                continue;
            }
            if (n instanceof Paragraph) {
                continue;
            }
            List<? extends Node> children = n.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(children.get(i));
            }
        }
        return out;
    }

    private final class Run {
        final Resolution r;
        final Optional<String> source;
        final String document;
        final String prefix;
        final Map<Node, String> ids = new IdentityHashMap<>();
        final List<ExportRecord> out = new ArrayList<>();

        Run(Resolution r, Optional<String> source) {
            this.r = r;
            this.source = source;
            this.document = documentKey(r.identity());
            this.prefix = document + "/" + r.identity().language().code() + "#";
            for (Located<Node> l : r.elements()) {
                ids.put(l.node(), l.id());
            }
        }

        List<ExportRecord> run() {
            ClausePath root = new ClausePath(
                    "document", 0, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
            if (unit == Unit.DOCUMENT) {
                StringBuilder text = new StringBuilder();
                List<Citation> cites = new ArrayList<>();
                r.formula().ifPresent(f -> {
                    append(text, Inline.plainText(f.content()));
                    cites.addAll(citationsIn(f.content()));
                });
                for (PreambleSection s : r.preamble()) {
                    append(text, s.headingText().orElse(""));
                    gather(s.paragraphs(), text, cites);
                }
                for (OperativeSection s : r.operative()) {
                    append(text, s.headingText().orElse(""));
                    gather(s.paragraphs(), text, cites);
                }
                for (Annex a : r.annexes()) {
                    append(text, a.heading());
                    gather(a.paragraphs(), text, cites);
                }
                emit("", root, text.toString(), cites, r.span());
                return out;
            }
            r.formula().ifPresent(f -> {
                ClausePath p = new ClausePath(
                        "formula",
                        0,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        List.of());
                List<Citation> cites = citationsIn(f.content());
                if (unit == Unit.CITATION) {
                    citations(cites, p, f.span());
                } else {
                    emit(id(f), p, Inline.plainText(f.content()), cites, f.span());
                }
            });
            int n = 0;
            for (PreambleSection s : r.preamble()) {
                ClausePath p = new ClausePath(
                        "preamble",
                        ++n,
                        Optional.of(s.phrase().kind().name()),
                        s.headingText().flatMap(Exporter::nonBlank),
                        Optional.empty(),
                        Optional.empty(),
                        List.of());
                section(s, s.paragraphs(), p, s.span(), s.headingText().orElse(""));
            }
            n = 0;
            for (OperativeSection s : r.operative()) {
                ClausePath p = new ClausePath(
                        "operative",
                        ++n,
                        s.phrase().map(ph -> ph.action().name()),
                        s.headingText().flatMap(Exporter::nonBlank),
                        s.phrase().map(ph -> ph.action().name()),
                        s.phrase().flatMap(ph -> ph.addressee()),
                        List.of());
                section(s, s.paragraphs(), p, s.span(), s.headingText().orElse(""));
            }
            n = 0;
            for (Annex a : r.annexes()) {
                ClausePath p = new ClausePath(
                        "annex",
                        ++n,
                        Optional.empty(),
                        nonBlank(a.heading()),
                        Optional.empty(),
                        Optional.empty(),
                        List.of());
                section(a, a.paragraphs(), p, a.span(), a.heading());
            }
            return out;
        }

        private void section(
                Node s, List<Paragraph> paragraphs, ClausePath p, Optional<SourceSpan> span, String heading) {
            if (unit == Unit.SECTION) {
                StringBuilder text = new StringBuilder();
                append(text, heading);
                List<Citation> cites = new ArrayList<>();
                gather(paragraphs, text, cites);
                emit(id(s), p, text.toString(), cites, span);
                return;
            }
            if (paragraphs.isEmpty() && unit == Unit.PARAGRAPH && heading != null && !heading.isBlank()) {
                // a section that is all heading (a reader took the whole clause for its phrase) is still a clause
                emit(id(s), p, heading.strip(), List.of(), span);
                return;
            }
            for (Paragraph q : paragraphs) {
                paragraph(q, p, span);
            }
        }

        private void paragraph(Paragraph q, ClausePath parent, Optional<SourceSpan> sectionSpan) {
            ClausePath p = parent.child(q.label().map(Label::text).orElse(""));
            Optional<SourceSpan> span = q.span().or(() -> sectionSpan);
            List<Citation> cites = new ArrayList<>(citationsIn(q.content()));
            cites.addAll(citationsIn(q.wrapUp()));
            if (unit == Unit.CITATION) {
                citations(cites, p, span);
            } else {
                String text = Inline.plainText(q.content());
                String wrap = Inline.plainText(q.wrapUp());
                emit(id(q), p, wrap.isEmpty() ? text : text + " " + wrap, cites, span);
            }
            for (Paragraph item : q.items()) {
                paragraph(item, p, span);
            }
        }

        private void citations(List<Citation> cites, ClausePath p, Optional<SourceSpan> fallback) {
            for (Citation c : cites) {
                emit(id(c), p, c.text(), List.of(c), fallback);
            }
        }

        private void gather(List<Paragraph> paragraphs, StringBuilder text, List<Citation> cites) {
            for (Paragraph q : paragraphs) {
                append(text, q.label().map(Label::text).orElse(""));
                append(text, Inline.plainText(q.content()));
                cites.addAll(citationsIn(q.content()));
                gather(q.items(), text, cites);
                append(text, Inline.plainText(q.wrapUp()));
                cites.addAll(citationsIn(q.wrapUp()));
            }
        }

        private String id(Node n) {
            return ids.getOrDefault(n, "");
        }

        private void emit(
                String elementId, ClausePath p, String text, List<Citation> cites, Optional<SourceSpan> span) {
            out.add(new ExportRecord(
                    prefix + elementId,
                    document,
                    r.identity().language(),
                    unit,
                    elementId,
                    p,
                    text,
                    cites.stream().map(Exporter::cited).toList(),
                    source,
                    span));
        }
    }

    private static void append(StringBuilder b, String s) {
        if (s == null || s.isBlank()) {
            return;
        }
        if (b.length() > 0) {
            b.append(' ');
        }
        b.append(s.strip());
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
    }
}
