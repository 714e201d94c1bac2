/**
 * The resolution model: immutable records under sealed interfaces.
 *
 * <h2>Grammar</h2>
 * <pre>
 * Resolution       = Identity, OpeningFormula?, PreambleSection*, OperativeSection*, Annex*, metadata,
 *                    (SourceHints)
 * Identity         = Body, DocumentKind, number?, heading?, title?, Language, Revision*
 * PreambleSection  = PreamblePhrase (text, PreambleKind, qualifier?), runIn, Paragraph*
 * OperativeSection = OperativePhrase? (text, ActionKind, qualifier?, addressee?), runIn, Paragraph*
 * Annex            = number?, heading, title?, Paragraph*
 * Paragraph        = Anchor*, Label?, Inline*, Paragraph* (items), Inline* (wrap-up)
 * Inline           = Text | Anchor | FootnoteRef | Footnote | Inserted | Deleted | Bracketed
 *                  | Unrecognized | UnknownElement | Citation
 * Citation         = InstrumentCitation | UnResolutionCitation | UnDocumentCitation
 *                  | NamedInstrumentCitation | ProvisionCitation | AnnexCitation | OtherCitation
 * </pre>
 *
 * <h2>Example</h2>
 * <pre>{@code
 * Resolution r = Resolution.builder(Identity.of(Body.ITU_PP, DocumentKind.RESOLUTION, "71", Language.ENGLISH))
 *     .formula("The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),")
 *     .preamble("considering", s -> s.item("a)", "the relevant provisions of the Constitution;"))
 *     .operative("instructs the Secretary-General", s -> s.item("1", "to report to the Council."))
 *     .build();
 * r.sections().get(1);                            // OperativeSection, action INSTRUCTS
 * r.locate(Paragraph.class).map(Located::id);     // preamble__container_1__list_1__item_a, hcontainer_1__para_1
 * }</pre>
 *
 * <h2>Null policy</h2>
 * No method of the model accepts or returns {@code null}. Every public constructor, factory
 * and method throws {@link NullPointerException} naming the parameter when given one. Absent
 * values are {@link java.util.Optional#empty()}; absent collections are empty. Lists and maps
 * are copied and unmodifiable.
 *
 * <h2>Equality, spans, hints, threads</h2>
 * Nodes are values: two nodes are equal when their content is equal. What says how or where a
 * node was read rather than what it says never takes part in {@code equals}/{@code hashCode}:
 * the source spans of every node, and the resolution's {@link SourceHints} (layout a writer of
 * the same format reproduces, such as {@code text.newline}, and a source's own metadata, such as
 * {@code akn.date}), so the same resolution read from text, Word or Akoma Ntoso is one value.
 * {@link Resolution#metadata()} holds the facts that do take part (a key of a hint namespace
 * given as metadata becomes a hint). Nodes are immutable and safe to share between
 * threads; builders are not thread-safe. Keyword matching and case conversion never depend
 * on the default locale.
 *
 * <p>A {@link Label}'s separator (the TAB or spaces written after it) does take part in
 * {@code equals}: it is source text, kept byte for byte so that a text file is written back
 * as it was read, not a layout hint. {@code Label.of("1", "\t")} and {@code Label.of("1", " ")}
 * are different labels with the same {@link Label#value() value}.
 */
package org.resdom.model;
