package org.resdom.model;

/** What kind of act a document (or a cited document) is. */
public enum DocumentKind {
    /** A resolution. */
    RESOLUTION,
    /** A decision. */
    DECISION,
    /** A recommendation. */
    RECOMMENDATION,
    /** An opinion. */
    OPINION;

    /** @return the lower-case name used in exports, such as {@code resolution} */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
