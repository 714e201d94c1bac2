package org.resdom.model;

import java.util.List;

/**
 * The plain text of inline content (see {@link Inline#plainText(List)}): one method per node
 * type, so a new type fails to compile here until it says what text it contributes.
 */
final class PlainText implements Visitor<Void> {

    private final StringBuilder sb = new StringBuilder();

    private PlainText() {}

    static String of(List<? extends Inline> content) {
        PlainText p = new PlainText();
        p.all(content);
        return p.sb.toString();
    }

    private Void all(List<? extends Inline> content) {
        for (Inline i : content) {
            i.accept(this);
        }
        return null;
    }

    private Void append(String s) {
        sb.append(s);
        return null;
    }

    @Override
    public Void visitText(Text node) {
        return append(node.text());
    }

    /** @return nothing: an anchor has no text */
    @Override
    public Void visitAnchor(Anchor node) {
        return null;
    }

    /** @return nothing: the call-out's marker is not text */
    @Override
    public Void visitFootnoteRef(FootnoteRef node) {
        return null;
    }

    /** @return nothing: a footnote's body is not part of the text it annotates */
    @Override
    public Void visitFootnote(Footnote node) {
        return null;
    }

    @Override
    public Void visitInserted(Inserted node) {
        return all(node.content());
    }

    @Override
    public Void visitDeleted(Deleted node) {
        return all(node.content());
    }

    @Override
    public Void visitBracketed(Bracketed node) {
        return all(node.content());
    }

    @Override
    public Void visitUnrecognized(Unrecognized node) {
        return append(node.raw());
    }

    @Override
    public Void visitUnknownElement(UnknownElement node) {
        return all(node.content());
    }

    @Override
    public Void visitInstrumentCitation(InstrumentCitation node) {
        return append(node.text());
    }

    @Override
    public Void visitUnResolutionCitation(UnResolutionCitation node) {
        return append(node.text());
    }

    @Override
    public Void visitUnDocumentCitation(UnDocumentCitation node) {
        return append(node.text());
    }

    @Override
    public Void visitNamedInstrumentCitation(NamedInstrumentCitation node) {
        return append(node.text());
    }

    @Override
    public Void visitProvisionCitation(ProvisionCitation node) {
        return append(node.text());
    }

    @Override
    public Void visitAnnexCitation(AnnexCitation node) {
        return append(node.text());
    }

    @Override
    public Void visitOtherCitation(OtherCitation node) {
        return append(node.text());
    }

    // Structure never stands in inline content (Inline is sealed): these cannot be reached.

    private static Void notInline(Node node) {
        throw new IllegalStateException("not inline content: " + node.getClass().getName());
    }

    @Override
    public Void visitResolution(Resolution node) {
        return notInline(node);
    }

    @Override
    public Void visitOpeningFormula(OpeningFormula node) {
        return notInline(node);
    }

    @Override
    public Void visitPreambleSection(PreambleSection node) {
        return notInline(node);
    }

    @Override
    public Void visitOperativeSection(OperativeSection node) {
        return notInline(node);
    }

    @Override
    public Void visitParagraph(Paragraph node) {
        return notInline(node);
    }

    @Override
    public Void visitAnnex(Annex node) {
        return notInline(node);
    }
}
