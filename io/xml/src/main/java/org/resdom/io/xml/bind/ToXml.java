package org.resdom.io.xml.bind;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.resdom.model.Anchor;
import org.resdom.model.Annex;
import org.resdom.model.AnnexCitation;
import org.resdom.model.Bracketed;
import org.resdom.model.Brackets;
import org.resdom.model.Deleted;
import org.resdom.model.DocumentKind;
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
import org.resdom.model.Revision;
import org.resdom.model.SourceSpan;
import org.resdom.model.Text;
import org.resdom.model.UnDocumentCitation;
import org.resdom.model.UnResolutionCitation;
import org.resdom.model.UnknownElement;
import org.resdom.model.Unrecognized;
import org.resdom.model.Visitor;

/**
 * Maps a resolution to binding objects: each visit returns the binding of its node, and a
 * {@link Text} its character data (a {@code String}), which the caller adds to mixed content.
 * One method per node type, so a new type fails to compile here until it is mapped. One instance
 * per document; not thread-safe.
 */
public final class ToXml implements Visitor<Object> {
    private final Map<Node, String> ids = new IdentityHashMap<>();
    private final boolean spans;

    private ToXml(Resolution r, boolean spans) {
        this.spans = spans;
        for (Located<Node> l : r.elements()) {
            ids.putIfAbsent(l.node(), l.id());
        }
    }

    /**
     * @param r the resolution
     * @param spans whether to write source spans
     * @return its binding
     */
    public static XResolution map(Resolution r, boolean spans) {
        return new ToXml(r, spans).visitResolution(r);
    }

    @Override
    public XResolution visitResolution(Resolution r) {
        XResolution x = new XResolution();
        x.version = XmlNames.VERSION;
        span(x, r.span());
        x.identity = identity(r.identity());
        r.formula().ifPresent(f -> x.formula = visitOpeningFormula(f));
        r.preamble().forEach(s -> x.preamble.add(visitPreambleSection(s)));
        r.operative().forEach(s -> x.operative.add(visitOperativeSection(s)));
        r.annexes().forEach(a -> x.annexes.add(visitAnnex(a)));
        if (!r.metadata().isEmpty() || !r.hints().isEmpty()) {
            // source hints are written among the metadata under their namespaced keys; the reader gives them back as
            // hints
            java.util.Map<String, String> entries = new java.util.TreeMap<>(r.metadata());
            entries.putAll(r.hints().values());
            x.metadata = new XMetadata();
            entries.forEach((k, v) -> {
                XMetadata.Entry e = new XMetadata.Entry();
                e.key = esc(k);
                XmlChars.toMixed(v, e.content);
                x.metadata.entries.add(e);
            });
        }
        return x;
    }

    @Override
    public XInlines visitOpeningFormula(OpeningFormula f) {
        XInlines x = node(new XInlines(), f, f.span());
        inlines(f.content(), x.content);
        return x;
    }

    @Override
    public XSection visitPreambleSection(PreambleSection s) {
        XSection xs = node(new XSection(), s, s.span());
        xs.runIn = s.runIn() ? "true" : null;
        xs.phrase = new XPhrase();
        XmlChars.toMixed(s.phrase().text(), xs.phrase.content);
        xs.phrase.kind = s.phrase().kind().camelName();
        xs.phrase.qualifier = s.phrase().qualifier().map(ToXml::esc).orElse(null);
        s.paragraphs().forEach(p -> xs.paragraphs.add(visitParagraph(p)));
        return xs;
    }

    @Override
    public XSection visitOperativeSection(OperativeSection s) {
        XSection xs = node(new XSection(), s, s.span());
        xs.runIn = s.runIn() ? "true" : null;
        s.phrase().ifPresent(ph -> {
            xs.phrase = new XPhrase();
            XmlChars.toMixed(ph.text(), xs.phrase.content);
            xs.phrase.action = ph.action().camelName();
            xs.phrase.qualifier = ph.qualifier().map(ToXml::esc).orElse(null);
            xs.phrase.addressee = ph.addressee().map(ToXml::esc).orElse(null);
        });
        s.paragraphs().forEach(p -> xs.paragraphs.add(visitParagraph(p)));
        return xs;
    }

    @Override
    public XAnnex visitAnnex(Annex a) {
        XAnnex xa = node(new XAnnex(), a, a.span());
        xa.number = a.number().map(ToXml::esc).orElse(null);
        xa.heading = text(a.heading());
        xa.title = a.title().map(ToXml::text).orElse(null);
        a.paragraphs().forEach(p -> xa.paragraphs.add(visitParagraph(p)));
        return xa;
    }

    private XIdentity identity(Identity i) {
        XIdentity x = new XIdentity();
        x.body = i.body().code();
        x.kind = i.kind().code();
        x.number = i.number().map(ToXml::esc).orElse(null);
        x.language = i.language().code();
        x.heading = i.heading().map(ToXml::text).orElse(null);
        x.title = i.title().map(ToXml::text).orElse(null);
        for (Revision r : i.history()) {
            XRevision xr = new XRevision();
            xr.revised = Boolean.toString(r.revised());
            xr.place = esc(r.place());
            xr.year = Integer.toString(r.year());
            x.history.add(xr);
        }
        return x;
    }

    @Override
    public XParagraph visitParagraph(Paragraph p) {
        XParagraph x = node(new XParagraph(), p, p.span());
        p.anchors().forEach(a -> x.anchors.add(visitAnchor(a)));
        p.label().ifPresent(l -> x.label = label(l));
        if (!p.content().isEmpty()) {
            x.content = new XInlines();
            inlines(p.content(), x.content.content);
        }
        p.items().forEach(i -> x.items.add(visitParagraph(i)));
        if (!p.wrapUp().isEmpty()) {
            x.wrapUp = new XInlines();
            inlines(p.wrapUp(), x.wrapUp.content);
        }
        return x;
    }

    private static XLabel label(Label l) {
        XLabel x = new XLabel();
        x.text = esc(l.text());
        x.style = l.style().name().toLowerCase(Locale.ROOT);
        x.value = esc(l.value());
        x.suffix = l.suffix().map(ToXml::esc).orElse(null);
        x.separator = esc(l.separator());
        return x;
    }

    @Override
    public XAnchor visitAnchor(Anchor a) {
        XAnchor x = node(new XAnchor(), a, a.span());
        x.name = esc(a.name());
        return x;
    }

    private void inlines(List<Inline> content, List<Object> out) {
        for (Inline i : content) {
            Object x = i.accept(this);
            if (x instanceof String text) {
                XmlChars.toMixed(text, out);
            } else {
                out.add(x);
            }
        }
    }

    /** @return the text itself: character data, added to the mixed content around it */
    @Override
    public String visitText(Text t) {
        return t.text();
    }

    @Override
    public XNoteRef visitFootnoteRef(FootnoteRef f) {
        XNoteRef x = node(new XNoteRef(), f, f.span());
        x.marker = esc(f.marker());
        return x;
    }

    @Override
    public XFootnote visitFootnote(Footnote f) {
        XFootnote x = node(new XFootnote(), f, f.span());
        x.marker = esc(f.marker());
        inlines(f.content(), x.content);
        return x;
    }

    @Override
    public XIns visitInserted(Inserted m) {
        XIns x = node(new XIns(), m, m.span());
        inlines(m.content(), x.content);
        x.author = m.author().map(ToXml::esc).orElse(null);
        x.date = m.date().map(ToXml::esc).orElse(null);
        x.move = m.move().map(ToXml::esc).orElse(null);
        return x;
    }

    @Override
    public XDel visitDeleted(Deleted m) {
        XDel x = node(new XDel(), m, m.span());
        inlines(m.content(), x.content);
        x.author = m.author().map(ToXml::esc).orElse(null);
        x.date = m.date().map(ToXml::esc).orElse(null);
        x.move = m.move().map(ToXml::esc).orElse(null);
        return x;
    }

    @Override
    public XBracket visitBracketed(Bracketed m) {
        XBracket x = node(new XBracket(), m, m.span());
        inlines(m.content(), x.content);
        return x;
    }

    @Override
    public XUnrecognized visitUnrecognized(Unrecognized u) {
        return withText(node(new XUnrecognized(), u, u.span()), u.raw());
    }

    @Override
    public XUnknown visitUnknownElement(UnknownElement u) {
        XUnknown x = node(new XUnknown(), u, u.span());
        x.namespace = u.foreign() ? esc(u.namespace()) : null;
        x.name = u.name();
        for (UnknownElement.Attribute a : u.attributes()) {
            XUnknown.XAttribute xa = new XUnknown.XAttribute();
            xa.namespace = a.namespace().isEmpty() ? null : esc(a.namespace());
            xa.name = a.name();
            xa.value = esc(a.value());
            x.attributes.add(xa);
        }
        if (!u.content().isEmpty()) {
            x.content = new XInlines();
            inlines(u.content(), x.content.content);
        }
        return x;
    }

    @Override
    public XInstrumentCitation visitInstrumentCitation(InstrumentCitation c) {
        XInstrumentCitation x = withText(node(new XInstrumentCitation(), c, c.span()), c.text());
        x.document = c.document().code();
        x.body = c.body().map(b -> b.code()).orElse(null);
        x.numbers = String.join(
                " ", c.numbers().stream().map(n -> XmlChars.escape(n, true)).toList());
        c.revision().ifPresent(r -> {
            x.revision = r.revised() ? "revised" : "adopted";
            x.place = esc(r.place());
            x.year = Integer.toString(r.year());
        });
        x.brackets = c.brackets() == Brackets.NONE ? null : c.brackets().name().toLowerCase(Locale.ROOT);
        return x;
    }

    @Override
    public XUnResolutionCitation visitUnResolutionCitation(UnResolutionCitation c) {
        XUnResolutionCitation x = withText(node(new XUnResolutionCitation(), c, c.span()), c.text());
        x.body = c.body().code();
        x.document =
                c.document() == DocumentKind.RESOLUTION ? null : c.document().code();
        x.number = esc(c.number());
        x.target = c.target().map(ToXml::esc).orElse(null);
        return x;
    }

    @Override
    public XUnDocumentCitation visitUnDocumentCitation(UnDocumentCitation c) {
        XUnDocumentCitation x = withText(node(new XUnDocumentCitation(), c, c.span()), c.text());
        x.symbol = esc(c.symbol());
        x.target = c.target().map(ToXml::esc).orElse(null);
        return x;
    }

    @Override
    public XNamedInstrumentCitation visitNamedInstrumentCitation(NamedInstrumentCitation c) {
        XNamedInstrumentCitation x = withText(node(new XNamedInstrumentCitation(), c, c.span()), c.text());
        x.instrument = esc(c.instrument());
        return x;
    }

    @Override
    public XProvisionCitation visitProvisionCitation(ProvisionCitation c) {
        XProvisionCitation x = withText(node(new XProvisionCitation(), c, c.span()), c.text());
        x.instrument = c.instrument().name().toLowerCase(Locale.ROOT);
        x.article = c.article().map(ToXml::esc).orElse(null);
        x.number = c.number().map(ToXml::esc).orElse(null);
        x.paragraph = c.paragraph().map(ToXml::esc).orElse(null);
        return x;
    }

    @Override
    public XAnnexCitation visitAnnexCitation(AnnexCitation c) {
        XAnnexCitation x = withText(node(new XAnnexCitation(), c, c.span()), c.text());
        x.annex = c.annex().map(ToXml::esc).orElse(null);
        x.appendix = c.appendix().map(ToXml::esc).orElse(null);
        return x;
    }

    @Override
    public XOtherCitation visitOtherCitation(OtherCitation c) {
        return withText(node(new XOtherCitation(), c, c.span()), c.text());
    }

    private static <T extends XText> T withText(T x, String text) {
        XmlChars.toMixed(text, x.content);
        return x;
    }

    private static XText text(String s) {
        XText x = new XText();
        XmlChars.toMixed(s, x.content);
        return x;
    }

    private static String esc(String s) {
        return XmlChars.escape(s, false);
    }

    private <T extends XNode> T node(T x, Node n, Optional<SourceSpan> span) {
        String id = ids.get(n);
        if (id != null && !id.isEmpty()) {
            x.id = id;
        }
        span(x, span);
        return x;
    }

    private void span(XNode x, Optional<SourceSpan> span) {
        if (spans && span.isPresent()) {
            SourceSpan s = span.get();
            x.line = Integer.toString(s.line());
            x.column = Integer.toString(s.column());
            if (s.hasOffsets()) {
                x.start = Integer.toString(s.startOffset().getAsInt());
                x.end = Integer.toString(s.endOffset().getAsInt());
            }
        }
    }
}
