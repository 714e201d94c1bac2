package org.resdom.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Builders keep everything they are given, or refuse it: they never drop input silently. */
class BuilderLossTest {

    @Test
    void runInIsKeptWhereASectionHasAPhraseLine() {
        Resolution r = Resolution.builder(Identity.unknown())
                .preamble("Recalling", s -> s.runIn("its resolution 48/13,").item("a)", "x,"))
                .build();
        assertThat(r.preamble().get(0).runIn()).isTrue();
        assertThat(r.preamble().get(0).paragraphs()).hasSize(2);
    }

    @Test
    void runInIsRefusedInAnAnnexWhichHasNoPhraseLine() {
        Resolution.Builder b = Resolution.builder(Identity.unknown());
        assertThatThrownBy(() -> b.annex("1", "ANNEX 1", a -> a.runIn("continues the heading")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("annex")
                .hasMessageContaining("runIn");
        assertThat(b.build().annexes()).isEmpty();
        assertThat(b.annex("1", "ANNEX 1", a -> a.paragraph("first"))
                        .build()
                        .annexes()
                        .get(0)
                        .paragraphs())
                .hasSize(1);
    }

    @Test
    void aUnDocumentCitationOfItsSymbolDerivesItsText() {
        UnDocumentCitation c = UnDocumentCitation.of("A/HRC/54/1");
        assertThat(c.text()).isEqualTo("A/HRC/54/1");
        assertThat(c.symbol()).isEqualTo("A/HRC/54/1");
        assertThat(c).isEqualTo(UnDocumentCitation.of("A/HRC/54/1", "A/HRC/54/1"));
        assertThatThrownBy(() -> UnDocumentCitation.of(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
