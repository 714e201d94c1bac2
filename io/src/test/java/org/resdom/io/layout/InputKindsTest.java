package org.resdom.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Stage 0 on its own: which plain texts are read for their structure, and as what. */
class InputKindsTest {

    @Test
    void pagesWithFurnitureAreAPdfsText() {
        assertThat(InputKinds.of("Recalling its resolution,\n1/2\n\f2/2\nA/RES/73/3\nDecides to act;\n"))
                .contains("pdf-text");
    }

    @Test
    void aBrowsersIndentedBulletsAreWebText() {
        assertThat(InputKinds.of("  \u2022 recalling\n    \u2022 Resolution 58\n    \u2022 Resolution 70\n"))
                .contains("web-text");
    }

    @Test
    void aFootnoteRuleInsideALineIsAWordExtract() {
        assertThat(InputKinds.of("considering\na)\tthat it is; ____________________ 1 A note.\nresolves\n"))
                .contains("word-text");
    }

    @Test
    void onePragraphALineAndBinaryJunkAreNotExtracted() {
        assertThat(InputKinds.of("considering\na)\tthat it is;\nresolves\n1\tto act.\n"))
                .isEmpty();
        assertThat(InputKinds.of("x\u0001y\u0002z\u0003\f\u0004\n".repeat(20))).isEmpty();
        assertThat(InputKinds.of("")).isEmpty();
    }
}
