package org.resdom.model;

/** What a citation cites, with the stable code used in exports ({@code un-resolution} …). */
public enum CitationKind {
    /** A resolution of an ITU body. */
    RESOLUTION("resolution"),
    /** A decision. */
    DECISION("decision"),
    /** A recommendation. */
    RECOMMENDATION("recommendation"),
    /** An opinion. */
    OPINION("opinion"),
    /** A United Nations resolution. */
    UN_RESOLUTION("un-resolution"),
    /** A provision of the ITU Constitution. */
    CONSTITUTION("constitution"),
    /** A provision of the ITU Convention. */
    CONVENTION("convention"),
    /** A United Nations decision ({@code decision 25/116}). */
    UN_DECISION("un-decision"),
    /** A United Nations document by its symbol ({@code A/HRC/55/2}). */
    UN_DOCUMENT("un-document"),
    /** A named instrument: a charter, declaration, covenant, convention or agenda. */
    NAMED_INSTRUMENT("named-instrument"),
    /** An annex or appendix of this document. */
    ANNEX("annex"),
    /** Anything else. */
    OTHER("other");

    private final String code;

    CitationKind(String code) {
        this.code = code;
    }

    /** @return the stable code */
    public String code() {
        return code;
    }

    /**
     * @param kind a document kind
     * @return the citation kind for it
     */
    public static CitationKind of(DocumentKind kind) {
        return switch (org.resdom.internal.Checks.notNull(kind, "kind")) {
            case RESOLUTION -> RESOLUTION;
            case DECISION -> DECISION;
            case RECOMMENDATION -> RECOMMENDATION;
            case OPINION -> OPINION;
        };
    }
}
