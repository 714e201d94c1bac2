package org.resdom.cite;

/**
 * One token of normalised text.
 *
 * @param type what it is
 * @param start normalised start
 * @param end normalised end (exclusive)
 * @param entry the vocabulary entry of a keyword, else null
 * @param value the value of a number or symbol as the source writes it, else null
 */
record Token(Type type, int start, int end, Vocabulary.Entry entry, String value) {

    enum Type {
        /** A vocabulary phrase. */
        KW,
        /** An ITU number: {@code 70}, {@code 191A}, {@code 12bis}. */
        NUM,
        /** A UN number: {@code 60/251}, {@code S-31/1}, {@code ES-10/15}, {@code 1998/72}. */
        UNNUM,
        /** A Security Council number: {@code 2626 (2022)}. */
        SCNUM,
        /** Old General Assembly numbering: {@code 2200 A (XXI)}. */
        OLDGA,
        /** A Recommendation's identifier: {@code X.509}. */
        RECID,
        /** A UN document symbol: {@code A/HRC/55/2}. */
        SYMBOL,
        /** A number of another kind ({@code 69.2}, {@code 15/03/2006}, {@code 1/CP.21}). */
        OTHERNUM,
        /** Punctuation; the value is the normalised character. */
        PUNCT,
        /** Any other word. */
        WORD
    }

    boolean is(String key) {
        return entry != null && entry.is(key);
    }

    boolean punct(char c) {
        return type == Type.PUNCT && value.charAt(0) == c;
    }

    boolean unItem() {
        return type == Type.UNNUM || type == Type.SCNUM || type == Type.OLDGA;
    }
}
