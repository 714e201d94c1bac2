package org.resdom.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a line's end tells, on its own. */
class SentenceEndsTest {

    @Test
    void theLastMarkIsFoundPastQuotesBidiMarksAndAGluedCallOut() {
        assertThat(SentenceEnds.last("its work,2 ")).isEqualTo(',');
        assertThat(SentenceEnds.last("\u201cthe report.\u201d")).isEqualTo('.');
        assertThat(SentenceEnds.last("\u0627\u0644\u0639\u0645\u0644\u060c\u200f"))
                .isEqualTo('\u060c');
        assertThat(SentenceEnds.last("\u4e13\u5bb6\u7684\u62a5\u544a\uff1b2")).isEqualTo('\uff1b');
        // a year is no call-out: its digits are the line's end
        assertThat(SentenceEnds.last("in 2023")).isEqualTo('3');
        assertThat(SentenceEnds.last("   ")).isEqualTo(' ');
    }

    @Test
    void aCommaEndsASentencePartButNoClause() {
        assertThat(SentenceEnds.ENDS).contains(",", ";", "\u060c", "\uff0c");
        assertThat(SentenceEnds.CLAUSE_ENDS).contains(";", ":", ".", "\u3002").doesNotContain(",", "\uff0c");
    }

    @Test
    void aDotAfterOneLowerCaseLetterEndsAnInitial() {
        assertThat(SentenceEnds.afterInitial("Mahamat v. ")).isTrue();
        assertThat(SentenceEnds.afterInitial("in the region.")).isFalse();
        assertThat(SentenceEnds.afterInitial("Annex A.")).isFalse();
    }
}
