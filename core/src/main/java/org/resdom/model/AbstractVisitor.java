package org.resdom.model;

/**
 * A {@link Visitor} that visits every node's children by default: override the methods of the
 * node types you care about and call {@link #visitChildren(Node)} (or {@code super}) where the
 * walk should go on below them. Results are combined in document order by
 * {@link #aggregateResult(Object, Object)}, starting from {@link #defaultResult()}.
 *
 * <p>A new node type adds a method to {@link Visitor} and here, so code that extends this class
 * keeps compiling and visits the new node's children; implement {@link Visitor} itself where
 * every node type must be handled (as the writers do).
 *
 * <pre>{@code
 * int footnotes = resolution.accept(new AbstractVisitor<Integer>() {
 *     protected Integer defaultResult() { return 0; }
 *     protected Integer aggregateResult(Integer sum, Integer next) { return sum + next; }
 *     public Integer visitFootnote(Footnote node) { return 1 + visitChildren(node); }
 * });
 * }</pre>
 *
 * <p>The walk recurses once per level of nesting; readers limit nesting (see their
 * {@code ReadLimits}), and {@link Node#stream()} walks without recursion where depth is not
 * bounded.
 *
 * @param <R> the result of a visit
 */
public abstract class AbstractVisitor<R> implements Visitor<R> {

    /** For subclasses. */
    protected AbstractVisitor() {}

    /**
     * @return the result of visiting a node with no children, and the start of the aggregation;
     *         {@code null} unless overridden, which suits {@code AbstractVisitor<Void>}
     */
    protected R defaultResult() {
        return null;
    }

    /**
     * Combines the result so far with a child's.
     *
     * @param aggregate the result so far
     * @param next the result of the next child
     * @return the combined result; the next child's unless overridden
     */
    protected R aggregateResult(R aggregate, R next) {
        return next;
    }

    /**
     * Visits a node's children in document order.
     *
     * @param node the node
     * @return the children's results, aggregated
     */
    protected R visitChildren(Node node) {
        R result = defaultResult();
        for (Node child : node.children()) {
            result = aggregateResult(result, child.accept(this));
        }
        return result;
    }

    /** Visits the children. */
    @Override
    public R visitResolution(Resolution node) {
        return visitChildren(node);
    }

    /** Visits the children. */
    @Override
    public R visitOpeningFormula(OpeningFormula node) {
        return visitChildren(node);
    }

    /** Visits the children. */
    @Override
    public R visitPreambleSection(PreambleSection node) {
        return visitChildren(node);
    }

    /** Visits the children. */
    @Override
    public R visitOperativeSection(OperativeSection node) {
        return visitChildren(node);
    }

    /** Visits the children. */
    @Override
    public R visitParagraph(Paragraph node) {
        return visitChildren(node);
    }

    /** Visits the children. */
    @Override
    public R visitAnnex(Annex node) {
        return visitChildren(node);
    }

    /** Visits the children. */
    @Override
    public R visitText(Text node) {
        return visitChildren(node);
    }

    /** Visits the children. */
    @Override
    public R visitAnchor(Anchor node) {
        return visitChildren(node);
    }

    /** Visits the children. */
    @Override
    public R visitFootnoteRef(FootnoteRef node) {
        return visitChildren(node);
    }

    /** Visits the children. */
    @Override
    public R visitFootnote(Footnote node) {
        return visitChildren(node);
    }

    /** Visits the children. */
    @Override
    public R visitInserted(Inserted node) {
        return visitChildren(node);
    }

    /** Visits the children. */
    @Override
    public R visitDeleted(Deleted node) {
        return visitChildren(node);
    }

    /** Visits the children. */
    @Override
    public R visitBracketed(Bracketed node) {
        return visitChildren(node);
    }

    /** Visits the children. */
    @Override
    public R visitUnrecognized(Unrecognized node) {
        return visitChildren(node);
    }

    /** Visits the children. */
    @Override
    public R visitUnknownElement(UnknownElement node) {
        return visitChildren(node);
    }

    /** Visits the children. */
    @Override
    public R visitInstrumentCitation(InstrumentCitation node) {
        return visitChildren(node);
    }

    /** Visits the children. */
    @Override
    public R visitUnResolutionCitation(UnResolutionCitation node) {
        return visitChildren(node);
    }

    /** Visits the children. */
    @Override
    public R visitUnDocumentCitation(UnDocumentCitation node) {
        return visitChildren(node);
    }

    /** Visits the children. */
    @Override
    public R visitNamedInstrumentCitation(NamedInstrumentCitation node) {
        return visitChildren(node);
    }

    /** Visits the children. */
    @Override
    public R visitProvisionCitation(ProvisionCitation node) {
        return visitChildren(node);
    }

    /** Visits the children. */
    @Override
    public R visitAnnexCitation(AnnexCitation node) {
        return visitChildren(node);
    }

    /** Visits the children. */
    @Override
    public R visitOtherCitation(OtherCitation node) {
        return visitChildren(node);
    }
}
