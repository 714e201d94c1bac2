package org.resdom.model;

import java.util.Optional;

/**
 * A reference from the text to another instrument or to a part of this document. Every
 * citation keeps its exact source text, which writers reproduce.
 */
public sealed interface Citation extends Inline
        permits InstrumentCitation,
                UnResolutionCitation,
                UnDocumentCitation,
                NamedInstrumentCitation,
                ProvisionCitation,
                AnnexCitation,
                OtherCitation {

    /** @return the exact source text, such as {@code Résolution 70 (Rév. Dubaï, 2018)} */
    String text();

    /** @return what is cited */
    CitationKind kind();

    /** @return where it came from, if known */
    Optional<SourceSpan> span();

    /**
     * @param value the new span
     * @return a copy with that span
     */
    Citation withSpan(Optional<SourceSpan> value);
}
