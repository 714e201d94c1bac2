package org.resdom.model;

/**
 * One method per node type. A new node type adds a method here, so every visitor fails to
 * compile until it handles it: the exhaustiveness Java 17's {@code switch} cannot give.
 *
 * @param <R> what each method returns ({@link Void} for none)
 */
public interface Visitor<R> {
    /** @param node the node @return the result */
    R visitResolution(Resolution node);

    /** @param node the node @return the result */
    R visitOpeningFormula(OpeningFormula node);

    /** @param node the node @return the result */
    R visitPreambleSection(PreambleSection node);

    /** @param node the node @return the result */
    R visitOperativeSection(OperativeSection node);

    /** @param node the node @return the result */
    R visitParagraph(Paragraph node);

    /** @param node the node @return the result */
    R visitAnnex(Annex node);

    /** @param node the node @return the result */
    R visitText(Text node);

    /** @param node the node @return the result */
    R visitAnchor(Anchor node);

    /** @param node the node @return the result */
    R visitFootnoteRef(FootnoteRef node);

    /** @param node the node @return the result */
    R visitFootnote(Footnote node);

    /** @param node the node @return the result */
    R visitInserted(Inserted node);

    /** @param node the node @return the result */
    R visitDeleted(Deleted node);

    /** @param node the node @return the result */
    R visitBracketed(Bracketed node);

    /** @param node the node @return the result */
    R visitUnrecognized(Unrecognized node);

    /** @param node the node @return the result */
    R visitUnknownElement(UnknownElement node);

    /** @param node the node @return the result */
    R visitInstrumentCitation(InstrumentCitation node);

    /** @param node the node @return the result */
    R visitUnResolutionCitation(UnResolutionCitation node);

    /** @param node the node @return the result */
    R visitUnDocumentCitation(UnDocumentCitation node);

    /** @param node the node @return the result */
    R visitNamedInstrumentCitation(NamedInstrumentCitation node);

    /** @param node the node @return the result */
    R visitProvisionCitation(ProvisionCitation node);

    /** @param node the node @return the result */
    R visitAnnexCitation(AnnexCitation node);

    /** @param node the node @return the result */
    R visitOtherCitation(OtherCitation node);
}
