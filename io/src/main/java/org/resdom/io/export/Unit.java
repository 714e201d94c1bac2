package org.resdom.io.export;

import java.util.Locale;
import java.util.Optional;

/** What one export record stands for. */
public enum Unit {
    /** One record per paragraph or sub-item (its own text, without its sub-items'). */
    PARAGRAPH,
    /** One record per citation. */
    CITATION,
    /** One record per preamble or operative section, or annex (the text of all its paragraphs). */
    SECTION,
    /** One record per document (its whole text). */
    DOCUMENT;

    /** @return the code used on the command line and in records: {@code paragraph}, {@code citation}... */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param code a code such as {@code paragraph}
     * @return the unit, if the code names one
     */
    public static Optional<Unit> fromCode(String code) {
        for (Unit u : values()) {
            if (u.code().equals(code)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }
}
