package org.resdom.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Joining a wrapped line to the text before it, on its own. */
class WrapJoinsTest {

    private static final List<LayoutLine> LINES = StageLines.plain("the develop-", "ment of the development");

    private static String join(String before, String line, int[] hyphens, boolean ideographic) {
        WrapJoins j =
                new WrapJoins(LINES, StageLines.kinds(LINES), 0, ideographic, Set.of("and"), (a, b) -> false, hyphens);
        StringBuilder sb = new StringBuilder(before);
        j.join(sb, line);
        return sb.toString();
    }

    @Test
    void aBrokenWordIsOneWordAgainAndASuspendedCompoundKeepsItsSpace() {
        int[] hyphens = new int[3];
        assertThat(join("the develop-", "ment of", hyphens, false)).isEqualTo("the development of");
        assertThat(hyphens).containsExactly(1, 0, 0);
        assertThat(join("burden-", "and information-sharing", hyphens, false))
                .isEqualTo("burden- and information-sharing");
        assertThat(hyphens).containsExactly(1, 1, 0);
        assertThat(join("devel\u00ad", "opment", hyphens, false)).isEqualTo("development");
    }

    @Test
    void aGluedSlashOrDashAndIdeographsJoinWithoutASpaceAndWordsWithOne() {
        int[] hyphens = new int[3];
        assertThat(join("\u0438/", "\u0438\u043b\u0438", hyphens, false)).isEqualTo("\u0438/\u0438\u043b\u0438");
        assertThat(join("2022\u2013", "2024", hyphens, false)).isEqualTo("2022\u20132024");
        assertThat(join("\u5927\u4f1a", "\u56de\u987e", hyphens, false)).isEqualTo("\u5927\u4f1a\u56de\u987e");
        // in an ideographic document every line joins without a space
        assertThat(join("see", "the", hyphens, true)).isEqualTo("seethe");
        assertThat(join("the", "plan", hyphens, false)).isEqualTo("the plan");
        assertThat(hyphens).containsExactly(0, 0, 0);
    }

    @Test
    void aFootnotesLinesAreSpacedUnlessIdeographicOrAfterAGluedSlash() {
        assertThat(WrapJoins.spaced(new StringBuilder("S/2013/"), "341")).isFalse();
        assertThat(WrapJoins.spaced(new StringBuilder("\u89c1"), "A/75/174")).isFalse();
        assertThat(WrapJoins.spaced(new StringBuilder("See the"), "report")).isTrue();
        assertThat(WrapJoins.firstWord("And the")).isEqualTo("and");
        assertThat(WrapJoins.firstWord("well-being")).isEmpty();
    }
}
