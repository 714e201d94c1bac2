package org.resdom.io.akn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.io.ReadResult;
import org.resdom.model.Label;
import org.resdom.model.Paragraph;
import org.resdom.model.PreambleKind;
import org.resdom.model.PreambleSection;
import org.resdom.model.Resolution;

/**
 * A preamble marked up with {@code recitals} (as third-party Akoma Ntoso of ITU resolutions
 * is): an {@code intro} with the phrase, one {@code recital} a paragraph.
 */
class AknRecitalsTest {

    private static final String SOURCE = "<akomaNtoso xmlns=\"" + Akn.NS + "\"><statement name=\"resolution\">"
            + "<meta><identification source=\"#x\"><FRBRWork><FRBRthis value=\"/akn/int/statement/2018/101\"/>"
            + "<FRBRuri value=\"/akn/int/statement/2018/101\"/><FRBRcountry value=\"int\"/></FRBRWork>"
            + "</identification></meta>"
            + "<preamble><formula name=\"enactingFormula\"><p>The Plenipotentiary Conference of the International "
            + "Telecommunication Union (Dubai, 2018),</p></formula>"
            + "<recitals eId=\"recs_recalling\"><intro><p>\n  <i>recalling</i>\n</p></intro>"
            + "<recital eId=\"rec_1\"><p>a) Resolution 101 (Rev. Guadalajara, 2010) of the Plenipotentiary "
            + "Conference;</p></recital>"
            + "<recital eId=\"rec_2\"><num>b)</num><p>Resolutions 102 and 133 (Rev. Dubai, 2018) of this "
            + "conference;</p></recital></recitals>"
            + "<recitals eId=\"recs_considering\"><intro><p><i>considering</i></p></intro>"
            + "<recital eId=\"rec_3\"><num>a)</num><p>that the Internet matters;</p></recital>"
            + "<recital eId=\"rec_4\"><p>the (b) form is no label here;</p></recital></recitals>"
            + "</preamble>"
            + "<mainBody><hcontainer name=\"resolves\"><heading><i>resolves</i></heading>"
            + "<paragraph><num>1</num><content><p>to act;</p></content></paragraph></hcontainer></mainBody>"
            + "</statement></akomaNtoso>";

    @Test
    void recitalsArePreambleSectionsWithTheirPhrasesAndLabels() {
        ReadResult r = AknResolutionReader.create().read(SOURCE);
        assertThat(r.diagnostics()).extracting(Diagnostic::code).doesNotContain("AKN-UNPLACED", "AKN-UNKNOWN-ELEMENT");
        List<PreambleSection> pre = r.resolution().preamble();
        assertThat(pre).extracting(s -> s.phrase().text()).containsExactly("recalling", "considering");
        assertThat(pre)
                .extracting(s -> s.phrase().kind())
                .containsExactly(PreambleKind.RECALLING, PreambleKind.CONSIDERING);
        assertThat(pre.get(0).runIn()).isFalse();
        List<Paragraph> recalling = pre.get(0).paragraphs();
        // the label typed before the text of the first recital, as its next sibling's <num> shows
        assertThat(recalling)
                .extracting(p -> p.label().map(Label::text).orElse(""))
                .containsExactly("a)", "b)");
        assertThat(recalling.get(0).plainText())
                .isEqualTo("Resolution 101 (Rev. Guadalajara, 2010) of the " + "Plenipotentiary Conference;");
        assertThat(r.diagnostics())
                .filteredOn(d -> d.code().equals("AKN-NUMBER"))
                .hasSize(1);
        // a last recital without a number keeps its text: no sibling after it says what a label would be
        List<Paragraph> considering = pre.get(1).paragraphs();
        assertThat(considering.get(1).label()).isEmpty();
        assertThat(considering.get(1).plainText()).isEqualTo("the (b) form is no label here;");
        assertThat(r.resolution().operative()).hasSize(1);
    }

    @Test
    void whatTheWriterWritesReadsBackEqual() {
        Resolution read = AknResolutionReader.create().read(SOURCE).resolution();
        String written = AknResolutionWriter.create().write(read);
        assertThat(AknResolutionReader.create().read(written).resolution()).isEqualTo(read);
    }
}
