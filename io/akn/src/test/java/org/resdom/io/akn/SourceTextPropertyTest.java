package org.resdom.io.akn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fast paths of the reader's source keeping agree with the plain ones they replaced:
 * {@link SourceText} with a {@link StringBuilder}, {@link Utf8Source} with the string its bytes
 * decode to, and the in-place
 * {@code AknParser.collapse(char[], int[], int)} with {@code AknParser.collapse(String)}.
 */
class SourceTextPropertyTest {

    @Test
    void readsBackWhatAStringBuilderHolds() {
        // chunk sizes up to 40,000: appends that fill, cross and start blocks of 16,384
        qt().withFixedSeed(13)
                .withExamples(200)
                .forAll(lists().of(integers().between(0, 40_000)).ofSizeBetween(0, 6))
                .checkAssert(sizes -> {
                    SourceText t = new SourceText();
                    StringBuilder sb = new StringBuilder();
                    int c = 0;
                    for (int size : sizes) {
                        char[] chunk = new char[size + 3];
                        for (int k = 0; k < chunk.length; k++) {
                            chunk[k] = (char) ('a' + c++ % 26 + (c % 7 == 0 ? 0x600 : 0));
                        }
                        t.append(chunk, 1, size);
                        sb.append(chunk, 1, size);
                    }
                    assertThat(t.length()).isEqualTo(sb.length());
                    assertThat(t.toString()).isEqualTo(sb.toString());
                    for (int k = 0; k < sb.length(); k += 997) {
                        assertThat(t.charAt(k)).isEqualTo(sb.charAt(k));
                        int end = Math.min(sb.length(), k + 20_000);
                        assertThat(t.subSequence(k, end)).isEqualTo(sb.substring(k, end));
                    }
                });
    }

    /** Pieces of one to four UTF-8 bytes, line ends, and runs long enough for eight bytes at a time. */
    private static final List<String> PIECES = List.of(
            "a",
            "é",
            "中",
            "\uD83D\uDE00",
            "\n",
            "\r",
            "\r\n",
            " ",
            "abcdefghijklmnopq",
            "\u0627\u0628\u0629\u062A\u062B",
            "中文中文中文中文中",
            "\uD83D\uDE00\uD83D\uDE01\uD83D\uDE02x\uD83D\uDE03");

    @Test
    void utf8SourceReadsBackTheDecodedString() {
        qt().withFixedSeed(17)
                .withExamples(3_000)
                .forAll(
                        lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 60),
                        lists().of(integers().between(0, 999)).ofSizeBetween(1, 40))
                .checkAssert((picks, probes) -> {
                    StringBuilder sb = new StringBuilder();
                    picks.forEach(i -> sb.append(PIECES.get(i)));
                    String s = sb.toString();
                    byte[] bytes = (s + "tail").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    int n = bytes.length - 4;
                    Utf8Source u = new Utf8Source(bytes, n);
                    assertThat(u.length()).isEqualTo(s.length());
                    // characters asked for in any order, line ends looked for from anywhere
                    for (int probe : probes) {
                        if (s.isEmpty()) {
                            break;
                        }
                        int k = probe * s.length() / 1000;
                        assertThat(u.charAt(k)).isEqualTo(s.charAt(k));
                        int to = k + (probe % 7) * (s.length() - k) / 6;
                        int expected = k;
                        while (expected < to && s.charAt(expected) != '\n' && s.charAt(expected) != '\r') {
                            expected++;
                        }
                        assertThat(u.lineBreak(k, to)).isEqualTo(expected);
                    }
                    assertThat(u.toString()).isEqualTo(s);
                });
    }

    private static final List<Character> ALPHABET = List.of('a', 'é', '\u0627', ' ', ' ', '\t', '\n', '\r', '\u00A0');

    @Test
    void collapsesInPlaceAsTheStringCollapse() {
        qt().withFixedSeed(13)
                .withExamples(20_000)
                .forAll(lists().of(integers().between(0, ALPHABET.size() - 1)).ofSizeBetween(0, 30))
                .checkAssert(picks -> {
                    StringBuilder sb = new StringBuilder();
                    picks.forEach(i -> sb.append(ALPHABET.get(i)));
                    String s = sb.toString();
                    char[] c = s.toCharArray();
                    int[] at = new int[c.length];
                    for (int k = 0; k < at.length; k++) {
                        at[k] = 100 + k;
                    }
                    int kept = AknParser.collapse(c, at, c.length);
                    assertThat(new String(c, 0, kept)).isEqualTo(AknParser.collapse(s));
                    // each character kept stands at the first source character of what it replaces
                    for (int k = 0, from = 0; k < kept; k++) {
                        assertThat(at[k]).isEqualTo(100 + from);
                        from++;
                        if (c[k] == ' ') {
                            while (from < s.length() && " \t\n\r".indexOf(s.charAt(from)) >= 0) {
                                from++;
                            }
                        }
                    }
                    char[] again = s.toCharArray();
                    assertThat(new String(again, 0, AknParser.collapse(again, null, again.length)))
                            .isEqualTo(AknParser.collapse(s));
                });
    }
}
