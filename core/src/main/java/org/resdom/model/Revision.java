package org.resdom.model;

import org.resdom.internal.Checks;

/**
 * One adoption or revision of a document: where and when, such as <i>Kyoto, 1994</i> (the
 * original adoption) or <i>Rev. Bucharest, 2022</i>.
 *
 * @param revised true for a revision ({@code Rev.}), false for the original adoption
 * @param place the place as written, such as {@code Bucharest} or {@code Bucarest}
 * @param year the year, such as 2022
 */
public record Revision(boolean revised, String place, int year) {

    /** Checks the invariants: a non-blank place, a four-digit year. */
    public Revision {
        Checks.notBlank(place, "place");
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year must have four digits: " + year);
        }
    }

    /**
     * A revision, written {@code Rev. place, year}.
     *
     * @param place the place
     * @param year the year
     * @return the revision
     */
    public static Revision rev(String place, int year) {
        return new Revision(true, place, year);
    }

    /**
     * An original adoption, written {@code place, year}.
     *
     * @param place the place
     * @param year the year
     * @return the adoption
     */
    public static Revision adopted(String place, int year) {
        return new Revision(false, place, year);
    }

    /** @return {@code Rev. Bucharest, 2022} or {@code Kyoto, 1994} */
    @Override
    public String toString() {
        return (revised ? "Rev. " : "") + place + ", " + year;
    }
}
