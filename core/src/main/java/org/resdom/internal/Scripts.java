package org.resdom.internal;

/**
 * {@link Character.UnicodeScript#of(int)} for one UTF-16 code unit, from a table built once:
 * the JDK's look-up is a binary search over the script ranges, and the recognisers ask it for
 * every character they read. The answer is exactly the JDK's ({@code ScriptsTest} checks all
 * 65,536 code units).
 */
public final class Scripts {

    private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();
    private static final byte[] TABLE = table();

    private Scripts() {}

    private static byte[] table() {
        if (SCRIPTS.length > 256) {
            throw new IllegalStateException("more Unicode scripts than a byte holds");
        }
        byte[] t = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            t[c] = (byte) Character.UnicodeScript.of(c).ordinal();
        }
        return t;
    }

    /**
     * @param c a UTF-16 code unit
     * @return its script, as {@code Character.UnicodeScript.of(c)} gives it
     */
    public static Character.UnicodeScript of(char c) {
        return SCRIPTS[TABLE[c] & 0xFF];
    }

    /**
     * @param c a UTF-16 code unit
     * @return whether it is a Han (Chinese) character
     */
    public static boolean isHan(char c) {
        return of(c) == Character.UnicodeScript.HAN;
    }
}
