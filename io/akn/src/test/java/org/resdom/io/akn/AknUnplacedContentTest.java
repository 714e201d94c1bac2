package org.resdom.io.akn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.io.ReadResult;
import org.resdom.model.Annex;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.model.UnknownElement;

/** Content the model has no field for is kept, never dropped: annex prefaces, unknown elements outside the body. */
class AknUnplacedContentTest {

    private final AknResolutionReader reader = AknResolutionReader.create();
    private final AknResolutionWriter writer = AknResolutionWriter.create();

    private static final String ANNEX = "<akomaNtoso xmlns=\"" + Akn.NS + "\">\n"
            + "<statement name=\"resolution\"><mainBody><paragraph><num>1.</num><content><p>Decides to act;</p>"
            + "</content></paragraph></mainBody>\n"
            + "<attachments><attachment><doc name=\"annex\"><preface>\n"
            + "<p>ANNEX 1</p>\n"
            + "<p><docTitle>Plan of action</docTitle></p>\n"
            + "<p>Adopted at the 12th meeting</p>\n"
            + "<note kind=\"x\">See <i>below</i></note>\n"
            + "<p>Second line</p>\n"
            + "</preface><mainBody><paragraph><num>1.</num><content><p>Body text.</p></content></paragraph></mainBody>"
            + "</doc></attachment></attachments></statement></akomaNtoso>";

    @Test
    void annexPrefaceLinesBeyondTheHeadingAreKeptInOrderAsTheAnnexsFirstParagraphs() {
        ReadResult r = reader.read(ANNEX);
        Annex annex = r.resolution().annexes().get(0);
        assertThat(annex.heading()).isEqualTo("ANNEX 1");
        assertThat(annex.title()).contains("Plan of action");
        assertThat(annex.paragraphs())
                .extracting(Paragraph::plainText)
                .containsExactly("Adopted at the 12th meeting", "See below", "Second line", "Body text.");
        UnknownElement note =
                annex.paragraphs().get(1).find(UnknownElement.class).findFirst().orElseThrow();
        assertThat(note.name()).isEqualTo("note");
        assertThat(note.attributes()).containsExactly(UnknownElement.Attribute.of("kind", "x"));
        assertThat(r.diagnostics())
                .filteredOn(d -> d.code().equals("AKN-ANNEX-PREFACE"))
                .hasSize(3)
                .allSatisfy(d -> assertThat(d.line()).isPresent());

        Resolution back = reader.read(writer.write(r.resolution())).resolution();
        assertThat(back).isEqualTo(r.resolution());
        assertThat(reader.read(writer.write(back)).resolution()).isEqualTo(back);
    }

    private static final String UNPLACED = "<akomaNtoso xmlns=\"" + Akn.NS + "\" xmlns:e=\"urn:example:e\">\n"
            + "<statement name=\"resolution\">\n"
            + "<coverPage><p>Distr.: General</p>\n"
            + "  <toc e:level=\"2\"><tocItem href=\"#a\">Item &amp; more</tocItem></toc></coverPage>\n"
            + "<preface><p>RESOLUTION 9</p>\n"
            + "  <e:stamp when=\"now\">x &lt; y</e:stamp></preface>\n"
            + "<mainBody><paragraph><num>1.</num><content><p>Decides;</p></content></paragraph></mainBody>\n"
            + "<conclusions><p>Adopted</p>\n"
            + "  <signature><person refersTo=\"#p1\">A. Name</person></signature></conclusions>\n"
            + "  <extra a=\"&quot;q&quot;\">top level</extra>\n"
            + "  <bare xmlns=\"\"><in>no namespace</in></bare>\n"
            + "</statement></akomaNtoso>";

    @Test
    void unknownElementsOutsideTheBodyAreKeptWholeAsMarkupWithTheirPosition() {
        ReadResult r = reader.read(UNPLACED);
        Resolution doc = r.resolution();
        assertThat(doc.hints().get("akn.coverPage.01")).contains("Distr.: General");
        assertThat(doc.hints().get("akn.conclusions.01")).contains("Adopted");
        assertThat(doc.hints().get("akn.unplaced.01"))
                .contains(
                        "<toc xmlns=\"" + Akn.NS
                                + "\" xmlns:e=\"urn:example:e\" e:level=\"2\"><tocItem href=\"#a\">Item &amp; more</tocItem></toc>");
        assertThat(doc.hints().get("akn.unplaced.02"))
                .contains("<e:stamp xmlns:e=\"urn:example:e\" when=\"now\">x &lt; y</e:stamp>");
        assertThat(doc.hints().get("akn.unplaced.03"))
                .contains("<signature xmlns=\"" + Akn.NS + "\"><person refersTo=\"#p1\">A. Name</person></signature>");
        assertThat(doc.hints().get("akn.unplaced.04"))
                .contains("<extra xmlns=\"" + Akn.NS + "\" a=\"&quot;q&quot;\">top level</extra>");
        assertThat(doc.hints().get("akn.unplaced.05")).contains("<bare xmlns=\"\"><in>no namespace</in></bare>");
        List<Diagnostic> unplaced = r.diagnostics().stream()
                .filter(d -> d.code().equals("AKN-UNPLACED"))
                .toList();
        assertThat(unplaced).extracting(d -> d.line().orElse(0)).containsExactly(4, 6, 9, 10, 11);
        assertThat(unplaced).extracting(d -> d.column().orElse(0)).allMatch(c -> c > 1);
        assertThat(unplaced.get(0).message()).contains("<toc>").contains("kept whole as markup");

        // the Akoma Ntoso writer keeps the hints among its metadata: they read back the same
        ReadResult back = reader.read(writer.write(doc));
        assertThat(back.resolution()).isEqualTo(doc);
        assertThat(back.resolution().hints().values())
                .containsAllEntriesOf(doc.hints().values());
        assertThat(Optional.of(back.diagnostics()).get())
                .noneMatch(d -> d.code().equals("AKN-UNPLACED"));
    }
}
