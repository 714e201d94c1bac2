package org.resdom.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resdom.model.Identity;
import org.resdom.model.Inserted;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.model.Text;
import org.resdom.model.UnknownElement;
import org.resdom.model.UnknownElement.Attribute;

/**
 * An unknown element read from Akoma Ntoso, or built through the API, goes through JSON, resdom
 * XML and Akoma Ntoso and reads back equal; the text writer keeps its text (the HTML writer's
 * span is tested in its module).
 */
class UnknownElementIoTest {

    private static final String AKN = "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\" "
            + "xmlns:e=\"urn:example:ext\"><statement name=\"resolution\"><mainBody>"
            + "<paragraph><num>1.</num><content><p>Decides <blink rate=\"fast\" e:why=\"a &lt; b\">now "
            + "<ins>really</ins> <e:term xml:lang=\"fr\">vite</e:term></blink> to act;</p></content></paragraph>"
            + "<tblock class=\"odd\"><p>odd block</p></tblock></mainBody></statement></akomaNtoso>";

    /** Values no XML can carry as they are (a lone surrogate, a control character, a backslash). */
    private static Resolution built() {
        UnknownElement inner = UnknownElement.of(
                "urn:example:ext",
                "term",
                List.of(new Attribute("http://www.w3.org/XML/1998/namespace", "lang", "fr")),
                List.of(Text.of("vite")));
        UnknownElement outer = UnknownElement.of(
                "blink",
                List.of(
                        Attribute.of("rate", "f\uD800st\u0001\\"),
                        new Attribute("urn:example:other", "why", "a < b \"quoted\"\n")),
                List.of(Text.of("now "), Inserted.of(List.of(Text.of("really"))), Text.of(" "), inner));
        return Resolution.builder(Identity.unknown())
                .operative(
                        "decides",
                        s -> s.add(Paragraph.of(List.of(
                                Text.of("Decides "),
                                outer,
                                Text.of(" to act;"),
                                UnknownElement.of("empty", List.of(), List.of())))))
                .build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml", "akn"})
    void unknownElementsReadFromAknRoundTripThroughEveryStructuredFormat(String format) {
        Resolution read = Formats.reader("akn").read(AKN).resolution();
        assertThat(read.find(UnknownElement.class).map(UnknownElement::name))
                .containsExactly("blink", "term", "tblock", "p");
        String written = Formats.writer(format).write(read);
        Resolution back = Formats.reader(format).read(written).resolution();
        assertThat(back).as(written).isEqualTo(read);
        assertThat(Formats.writer(format).write(back)).isEqualTo(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml", "akn"})
    void unknownElementsBuiltThroughTheApiRoundTripEvenWithValuesXmlCannotCarry(String format) {
        Resolution r = built();
        String written = Formats.writer(format).write(r);
        ReadResult back = Formats.reader(format).read(written);
        assertThat(back.resolution()).as(written).isEqualTo(r);
        assertThat(back.hasErrors()).isFalse();
    }

    @org.junit.jupiter.api.Test
    void theTextWriterKeepsTheText() {
        String written =
                Formats.writer("text").write(Formats.reader("akn").read(AKN).resolution());
        assertThat(written).contains("now ", "really", "vite", "to act", "odd block");
    }

    /**
     * Found by the fuzz suite: resdom XML naming an attribute {@code clas😀s} (a character XML 1.0
     * names do not allow before its fifth edition, which the JDK's parser follows). The XML reader
     * must refuse it, so that the Akoma Ntoso writer never writes a name its reader cannot read.
     */
    @org.junit.jupiter.api.Test
    void aNameTheXmlParserWouldRefuseIsRefusedOnTheWayIn() {
        Resolution r = Formats.reader("akn").read(AKN).resolution();
        String xml = Formats.writer("xml").write(r).replace("name=\"rate\"", "name=\"ra\uD83D\uDE00te\"");
        ReadResult read = Formats.reader("xml").read(xml);
        assertThat(read.diagnostics()).anyMatch(d -> d.message().contains("not an XML name"));
        String akn = Formats.writer("akn").write(read.resolution());
        ReadResult back = Formats.reader("akn").read(akn);
        assertThat(back.hasErrors()).as(akn).isFalse();
        assertThat(back.resolution()).isEqualTo(read.resolution());
    }
}
