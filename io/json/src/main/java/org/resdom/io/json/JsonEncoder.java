package org.resdom.io.json;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.resdom.model.Anchor;
import org.resdom.model.Annex;
import org.resdom.model.AnnexCitation;
import org.resdom.model.Bracketed;
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
import org.resdom.model.OperativePhrase;
import org.resdom.model.OperativeSection;
import org.resdom.model.OtherCitation;
import org.resdom.model.Paragraph;
import org.resdom.model.PreamblePhrase;
import org.resdom.model.PreambleSection;
import org.resdom.model.ProvisionCitation;
import org.resdom.model.Resolution;
import org.resdom.model.Revision;
import org.resdom.model.RevisionMark;
import org.resdom.model.SourceSpan;
import org.resdom.model.Text;
import org.resdom.model.UnDocumentCitation;
import org.resdom.model.UnResolutionCitation;
import org.resdom.model.UnknownElement;
import org.resdom.model.Unrecognized;
import org.resdom.model.Visitor;
import tools.jackson.core.JsonGenerator;

/**
 * Writes one resolution to a generator. Implements the model's visitor, so that a new node type
 * cannot be added to the model without a JSON mapping (the visitor would not compile).
 */
final class JsonEncoder implements Visitor<Void> {

    private final JsonGenerator g;
    private final boolean spans;
    private final Map<Node, String> ids;

    JsonEncoder(JsonGenerator g, Resolution resolution, boolean spans, boolean ids) {
        this.g = g;
        this.spans = spans;
        this.ids = new IdentityHashMap<>();
        if (ids) {
            for (Located<Node> l : resolution.elements()) {
                this.ids.putIfAbsent(l.node(), l.id());
            }
        }
    }

    // ---- helpers ---------------------------------------------------------------------------

    private void start(Node node) {
        g.writeStartObject();
        if (node instanceof Inline || node instanceof PreambleSection || node instanceof OperativeSection) {
            g.writeStringProperty("type", JsonNames.type(node));
        }
        String id = ids.get(node);
        if (id != null && !id.isEmpty()) {
            g.writeStringProperty("id", id);
        }
    }

    private void end(Node node) {
        span(node.span());
        g.writeEndObject();
    }

    private void span(Optional<SourceSpan> span) {
        if (spans && span.isPresent()) {
            SourceSpan s = span.get();
            g.writeName("span");
            g.writeStartObject();
            // the file format says -1 for an unknown offset
            g.writeNumberProperty("startOffset", s.startOffset().orElse(-1));
            g.writeNumberProperty("endOffset", s.endOffset().orElse(-1));
            g.writeNumberProperty("line", s.line());
            g.writeNumberProperty("column", s.column());
            g.writeEndObject();
        }
    }

    private void string(String name, Optional<String> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get());
        }
    }

    private void inlines(String name, List<? extends Inline> content) {
        if (!content.isEmpty()) {
            g.writeName(name);
            g.writeStartArray();
            for (Inline i : content) {
                i.accept(this);
            }
            g.writeEndArray();
        }
    }

    private void paragraphs(String name, List<Paragraph> paragraphs) {
        if (!paragraphs.isEmpty()) {
            g.writeName(name);
            g.writeStartArray();
            for (Paragraph p : paragraphs) {
                visitParagraph(p);
            }
            g.writeEndArray();
        }
    }

    private void revision(Revision r) {
        g.writeStartObject();
        g.writeBooleanProperty("revised", r.revised());
        g.writeStringProperty("place", r.place());
        g.writeNumberProperty("year", r.year());
        g.writeEndObject();
    }

    private void identity(Identity identity) {
        g.writeName("identity");
        g.writeStartObject();
        g.writeStringProperty("body", JsonNames.encode(identity.body()));
        g.writeStringProperty("kind", JsonNames.encode(identity.kind()));
        string("number", identity.number());
        string("heading", identity.heading());
        string("title", identity.title());
        g.writeStringProperty("language", JsonNames.encode(identity.language()));
        if (!identity.history().isEmpty()) {
            g.writeName("history");
            g.writeStartArray();
            identity.history().forEach(this::revision);
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private void label(Label label) {
        g.writeName("label");
        g.writeStartObject();
        g.writeStringProperty("text", label.text());
        g.writeStringProperty("style", JsonNames.encode(label.style()));
        g.writeStringProperty("value", label.value());
        string("suffix", label.suffix());
        g.writeStringProperty("separator", label.separator());
        g.writeEndObject();
    }

    // ---- nodes -----------------------------------------------------------------------------

    @Override
    public Void visitResolution(Resolution node) {
        g.writeStartObject();
        g.writeStringProperty("format", JsonFormat.NAME);
        g.writeNumberProperty("version", JsonFormat.VERSION);
        identity(node.identity());
        if (node.formula().isPresent()) {
            g.writeName("formula");
            visitOpeningFormula(node.formula().get());
        }
        if (!node.preamble().isEmpty()) {
            g.writeName("preamble");
            g.writeStartArray();
            node.preamble().forEach(this::visitPreambleSection);
            g.writeEndArray();
        }
        if (!node.operative().isEmpty()) {
            g.writeName("operative");
            g.writeStartArray();
            node.operative().forEach(this::visitOperativeSection);
            g.writeEndArray();
        }
        if (!node.annexes().isEmpty()) {
            g.writeName("annexes");
            g.writeStartArray();
            node.annexes().forEach(this::visitAnnex);
            g.writeEndArray();
        }
        if (!node.metadata().isEmpty() || !node.hints().isEmpty()) {
            // source hints are written among the metadata under their namespaced keys; the reader gives them back as
            // hints
            Map<String, String> entries = new java.util.TreeMap<>(node.metadata());
            entries.putAll(node.hints().values());
            g.writeName("metadata");
            g.writeStartObject();
            for (Map.Entry<String, String> e : entries.entrySet()) {
                g.writeStringProperty(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        span(node.span());
        g.writeEndObject();
        return null;
    }

    @Override
    public Void visitOpeningFormula(OpeningFormula node) {
        start(node);
        inlines("content", node.content());
        end(node);
        return null;
    }

    @Override
    public Void visitPreambleSection(PreambleSection node) {
        start(node);
        PreamblePhrase phrase = node.phrase();
        g.writeName("phrase");
        g.writeStartObject();
        g.writeStringProperty("text", phrase.text());
        g.writeStringProperty("kind", JsonNames.encode(phrase.kind()));
        string("qualifier", phrase.qualifier());
        g.writeEndObject();
        g.writeBooleanProperty("runIn", node.runIn());
        paragraphs("paragraphs", node.paragraphs());
        end(node);
        return null;
    }

    @Override
    public Void visitOperativeSection(OperativeSection node) {
        start(node);
        if (node.phrase().isPresent()) {
            OperativePhrase phrase = node.phrase().get();
            g.writeName("phrase");
            g.writeStartObject();
            g.writeStringProperty("text", phrase.text());
            g.writeStringProperty("action", JsonNames.encode(phrase.action()));
            string("qualifier", phrase.qualifier());
            string("addressee", phrase.addressee());
            g.writeEndObject();
        }
        g.writeBooleanProperty("runIn", node.runIn());
        paragraphs("paragraphs", node.paragraphs());
        end(node);
        return null;
    }

    @Override
    public Void visitParagraph(Paragraph node) {
        start(node);
        inlines("anchors", node.anchors());
        node.label().ifPresent(this::label);
        inlines("content", node.content());
        paragraphs("items", node.items());
        inlines("wrapUp", node.wrapUp());
        end(node);
        return null;
    }

    @Override
    public Void visitAnnex(Annex node) {
        start(node);
        string("number", node.number());
        g.writeStringProperty("heading", node.heading());
        string("title", node.title());
        paragraphs("paragraphs", node.paragraphs());
        end(node);
        return null;
    }

    @Override
    public Void visitText(Text node) {
        start(node);
        g.writeStringProperty("text", node.text());
        end(node);
        return null;
    }

    @Override
    public Void visitAnchor(Anchor node) {
        start(node);
        g.writeStringProperty("name", node.name());
        end(node);
        return null;
    }

    @Override
    public Void visitFootnoteRef(FootnoteRef node) {
        start(node);
        g.writeStringProperty("marker", node.marker());
        end(node);
        return null;
    }

    @Override
    public Void visitFootnote(Footnote node) {
        start(node);
        g.writeStringProperty("marker", node.marker());
        inlines("content", node.content());
        end(node);
        return null;
    }

    @Override
    public Void visitInserted(Inserted node) {
        return mark(node);
    }

    @Override
    public Void visitDeleted(Deleted node) {
        return mark(node);
    }

    private <M extends Inline & RevisionMark> Void mark(M node) {
        start(node);
        inlines("content", node.content());
        string("author", node.author());
        string("date", node.date());
        string("move", node.move());
        end(node);
        return null;
    }

    @Override
    public Void visitBracketed(Bracketed node) {
        start(node);
        inlines("content", node.content());
        end(node);
        return null;
    }

    @Override
    public Void visitUnrecognized(Unrecognized node) {
        start(node);
        g.writeStringProperty("raw", node.raw());
        end(node);
        return null;
    }

    @Override
    public Void visitUnknownElement(UnknownElement node) {
        start(node);
        if (node.foreign()) {
            g.writeStringProperty("namespace", node.namespace());
        }
        g.writeStringProperty("name", node.name());
        if (!node.attributes().isEmpty()) {
            g.writeName("attributes");
            g.writeStartArray();
            for (UnknownElement.Attribute a : node.attributes()) {
                g.writeStartObject();
                if (!a.namespace().isEmpty()) {
                    g.writeStringProperty("namespace", a.namespace());
                }
                g.writeStringProperty("name", a.name());
                g.writeStringProperty("value", a.value());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        inlines("content", node.content());
        end(node);
        return null;
    }

    @Override
    public Void visitInstrumentCitation(InstrumentCitation node) {
        start(node);
        g.writeStringProperty("document", JsonNames.encode(node.document()));
        node.body().ifPresent(b -> g.writeStringProperty("body", JsonNames.encode(b)));
        g.writeName("numbers");
        g.writeStartArray();
        node.numbers().forEach(g::writeString);
        g.writeEndArray();
        if (node.revision().isPresent()) {
            g.writeName("revision");
            revision(node.revision().get());
        }
        g.writeStringProperty("brackets", JsonNames.encode(node.brackets()));
        g.writeStringProperty("text", node.text());
        end(node);
        return null;
    }

    @Override
    public Void visitUnResolutionCitation(UnResolutionCitation node) {
        start(node);
        g.writeStringProperty("body", JsonNames.encode(node.body()));
        g.writeStringProperty("document", JsonNames.encode(node.document()));
        g.writeStringProperty("number", node.number());
        string("target", node.target());
        g.writeStringProperty("text", node.text());
        end(node);
        return null;
    }

    @Override
    public Void visitUnDocumentCitation(UnDocumentCitation node) {
        start(node);
        g.writeStringProperty("symbol", node.symbol());
        string("target", node.target());
        g.writeStringProperty("text", node.text());
        end(node);
        return null;
    }

    @Override
    public Void visitNamedInstrumentCitation(NamedInstrumentCitation node) {
        start(node);
        g.writeStringProperty("instrument", node.instrument());
        g.writeStringProperty("text", node.text());
        end(node);
        return null;
    }

    @Override
    public Void visitProvisionCitation(ProvisionCitation node) {
        start(node);
        g.writeStringProperty("instrument", JsonNames.encode(node.instrument()));
        string("article", node.article());
        string("number", node.number());
        string("paragraph", node.paragraph());
        g.writeStringProperty("text", node.text());
        end(node);
        return null;
    }

    @Override
    public Void visitAnnexCitation(AnnexCitation node) {
        start(node);
        string("annex", node.annex());
        string("appendix", node.appendix());
        g.writeStringProperty("text", node.text());
        end(node);
        return null;
    }

    @Override
    public Void visitOtherCitation(OtherCitation node) {
        start(node);
        g.writeStringProperty("text", node.text());
        end(node);
        return null;
    }
}
