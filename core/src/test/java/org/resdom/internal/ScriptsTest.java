package org.resdom.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScriptsTest {

    @Test
    void everyCodeUnitHasTheScriptTheJdkGivesIt() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            Character.UnicodeScript jdk = Character.UnicodeScript.of(c);
            if (Scripts.of((char) c) != jdk) {
                assertEquals(jdk, Scripts.of((char) c), "U+" + Integer.toHexString(c));
            }
            assertEquals(jdk == Character.UnicodeScript.HAN, Scripts.isHan((char) c));
        }
    }

    @Test
    void hanLatinCyrillicArabic() {
        assertEquals(Character.UnicodeScript.HAN, Scripts.of('决'));
        assertEquals(Character.UnicodeScript.LATIN, Scripts.of('e'));
        assertEquals(Character.UnicodeScript.CYRILLIC, Scripts.of('ж'));
        assertEquals(Character.UnicodeScript.ARABIC, Scripts.of('\u0642'));
        assertEquals(Character.UnicodeScript.COMMON, Scripts.of(' '));
        assertEquals(Character.UnicodeScript.UNKNOWN, Scripts.of('\uD800'));
    }
}
