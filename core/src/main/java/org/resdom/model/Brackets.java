package org.resdom.model;

/** The brackets written around a cited revision: {@code (Rév. Dubaï, 2018)} or {@code [Rév. Bucarest, 2022]}. */
public enum Brackets {
    /** No revision, or no brackets. */
    NONE,
    /** Round brackets, the usual style. */
    ROUND,
    /** Square brackets, as used for texts revised at the same conference. */
    SQUARE
}
