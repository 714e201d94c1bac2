package org.resdom.model;

/** How a paragraph label is written. */
public enum LabelStyle {
    /** A letter: {@code a)}, {@code (b)}, {@code aa)}. */
    LETTER,
    /** A number: {@code 1}, {@code 2.}, or a multi-level number {@code 1.2.3}. */
    NUMBER,
    /** A lower- or upper-case roman numeral: {@code i)}, {@code (iv)}. */
    ROMAN,
    /** A dash: {@code –}, {@code -}, {@code —}. */
    DASH,
    /** A bullet: {@code •}, {@code ·}, {@code *}. */
    BULLET,
    /** Anything else, kept as written. */
    OTHER
}
