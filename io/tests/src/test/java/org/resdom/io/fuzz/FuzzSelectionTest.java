package org.resdom.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which readers a fuzz case reads bytes with and round-trips: chosen by format name, never by identity. */
class FuzzSelectionTest {

    @Test
    void formatNamesAreComparedByValue() {
        // names built at run time, as a plug-in's might be: equal, not the same object as the literals
        String json = new StringBuilder("js").append("on").toString();
        String akn = new StringBuilder("ak").append('n').toString();
        assertThat(FuzzTest.readsBytes("json", json)).isTrue();
        assertThat(FuzzTest.roundTripped("json", json, "xml")).isTrue();
        assertThat(FuzzTest.roundTripped("akn", "text", akn)).isTrue();
        assertThat(FuzzTest.roundTripped("xml", json, akn)).isFalse();
        assertThat(FuzzTest.readsBytes("xml", json)).isFalse();
    }

    @Test
    void theLongRunIsNotCutShortByTheWholeRunsBound() {
        // 100,000 cases took about 70 ms each on a loaded two-core machine: the bound must leave room for them
        assertThat(FuzzTest.totalSeconds(100_000)).isGreaterThanOrEqualTo(100_000L);
        // the default run (a few seconds) is bounded tightly enough to catch a far slower path
        assertThat(FuzzTest.totalSeconds(FuzzTest.DEFAULT_CASES)).isEqualTo(240L);
    }
}
