package org.resdom.model;

import java.util.Locale;
import java.util.Optional;

/** The body that adopted a document, or that a citation names. */
public enum Body {
    /** ITU Plenipotentiary Conference. */
    ITU_PP("ITU-PP"),
    /** ITU World Telecommunication Standardization Assembly. */
    ITU_WTSA("ITU-WTSA"),
    /** ITU World Telecommunication Development Conference. */
    ITU_WTDC("ITU-WTDC"),
    /** ITU World Radiocommunication Conference. */
    ITU_WRC("ITU-WRC"),
    /** ITU Radiocommunication Assembly. */
    ITU_RA("ITU-RA"),
    /** ITU Council. */
    ITU_COUNCIL("ITU-COUNCIL"),
    /** ITU Telecommunication Standardization Sector (its Recommendations, ITU-T). */
    ITU_T("ITU-T"),
    /** ITU Radiocommunication Sector (its Recommendations, ITU-R). */
    ITU_R("ITU-R"),
    /** ITU Telecommunication Development Sector (its Recommendations, ITU-D). */
    ITU_D("ITU-D"),
    /** United Nations General Assembly. */
    UN_GA("UNGA"),
    /** United Nations Human Rights Council. */
    UN_HRC("UNHRC"),
    /** United Nations Security Council. */
    UN_SC("UNSC"),
    /** United Nations Economic and Social Council. */
    UN_ECOSOC("ECOSOC"),
    /** United Nations Commission on Human Rights (until 2006). */
    UN_CHR("UNCHR"),
    /**
     * Any other body, or, in a citation, a body the text does not name (resdom never guesses
     * one).
     */
    OTHER("OTHER");

    private final String code;

    Body(String code) {
        this.code = code;
    }

    /** @return the stable code used in exports, such as {@code ITU-PP} or {@code UNGA} */
    public String code() {
        return code;
    }

    /**
     * Finds a body by its code, ignoring case (locale-independent).
     *
     * @param code a code such as {@code itu-pp}
     * @return the body, or empty
     */
    public static Optional<Body> fromCode(String code) {
        String c = code.toUpperCase(Locale.ROOT);
        for (Body b : values()) {
            if (b.code.equals(c) || b.name().equals(c)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** @return whether this is one of the United Nations' bodies ({@code UN_*}) */
    public boolean isUn() {
        return name().startsWith("UN_");
    }

    /** @return whether this is one of the ITU's bodies or Sectors */
    public boolean isItu() {
        return name().startsWith("ITU_");
    }
}
