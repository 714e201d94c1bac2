package org.resdom.io.akn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.io.ReadResult;
import org.resdom.io.text.TextResolutionWriter;
import org.resdom.model.Inline;
import org.resdom.model.Inserted;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.model.Text;
import org.resdom.model.UnknownElement;
import org.resdom.model.UnknownElement.Attribute;

/** Elements the reader does not know are kept whole, and written back by the Akoma Ntoso writer. */
class AknUnknownElementTest {

    private static final String EXT = "urn:example:ext";

    private final AknResolutionReader reader = AknResolutionReader.create();
    private final AknResolutionWriter writer = AknResolutionWriter.create();

    /** A foreign file: an own unknown inline element, a foreign one with a foreign attribute, an unknown block. */
    private static final String SOURCE = "<akomaNtoso xmlns=\"" + Akn.NS + "\" xmlns:e=\"" + EXT + "\">"
            + "<statement name=\"resolution\"><mainBody>"
            + "<paragraph><num>1.</num><content><p>Decides <blink rate=\"fast\" e:why=\"a &lt; b\">now "
            + "<ins>really</ins></blink> to act <e:term e:ref=\"t1\" lang=\"en\">quickly</e:term>;</p></content>"
            + "</paragraph>"
            + "<tblock class=\"odd\"><p>odd block</p></tblock>"
            + "<e:empty/>"
            + "</mainBody></statement></akomaNtoso>";

    @Test
    void unknownElementsKeepTheirNameNamespaceAttributesAndContent() {
        ReadResult r = reader.read(SOURCE);
        List<UnknownElement> unknown = r.resolution().find(UnknownElement.class).toList();
        assertThat(unknown).extracting(UnknownElement::name).containsExactly("blink", "term", "tblock", "p", "empty");

        UnknownElement blink = unknown.get(0);
        assertThat(blink.namespace()).isEmpty();
        assertThat(blink.foreign()).isFalse();
        assertThat(blink.attributes())
                .containsExactly(Attribute.of("rate", "fast"), new Attribute(EXT, "why", "a < b"));
        assertThat(blink.content()).containsExactly(Text.of("now "), Inserted.of(List.of(Text.of("really"))));

        UnknownElement term = unknown.get(1);
        assertThat(term.namespace()).isEqualTo(EXT);
        assertThat(term.attributes()).containsExactly(new Attribute(EXT, "ref", "t1"), Attribute.of("lang", "en"));
        assertThat(term.content()).containsExactly(Text.of("quickly"));

        UnknownElement block = unknown.get(2);
        assertThat(block.attributes()).containsExactly(Attribute.of("class", "odd"));
        assertThat(Inline.plainText(block.content())).isEqualTo("odd block");
        assertThat(unknown.get(4).foreign()).isTrue();
        assertThat(unknown.get(4).content()).isEmpty();

        assertThat(r.diagnostics())
                .filteredOn(d -> d.code().equals("AKN-UNKNOWN-ELEMENT"))
                .extracting(Diagnostic::message)
                .anyMatch(m -> m.contains("<term> of " + EXT));
        assertThat(r.diagnostics())
                .filteredOn(d -> d.code().equals("AKN-UNKNOWN-ELEMENT"))
                .allMatch(d -> d.line().orElse(0) >= 1 && d.column().orElse(0) >= 1);
    }

    @Test
    void readingThenWritingAknGivesTheElementsBackAndReadsBackEqual() {
        Resolution read = reader.read(SOURCE).resolution();
        String written = writer.write(read);
        assertThat(written)
                .contains(
                        "<blink ",
                        " rate=\"fast\"",
                        "why=\"a &lt; b\"",
                        ":term ",
                        ":ref=\"t1\"",
                        " lang=\"en\"",
                        "<tblock ",
                        " class=\"odd\"",
                        ":empty ");
        assertThat(written).contains("xmlns:u1=\"" + EXT + "\"");
        ReadResult back = reader.read(written);
        assertThat(back.resolution()).isEqualTo(read);
        assertThat(back.resolution().find(UnknownElement.class).map(UnknownElement::name))
                .containsExactly("blink", "term", "tblock", "p", "empty");
        assertThat(writer.write(back.resolution())).isEqualTo(written);
    }

    /**
     * An unknown element built through the API with the name of an element the reader knows
     * (here {@code ref} and {@code ins}) still comes back as an unknown element: the writer marks it.
     */
    @Test
    void anUnknownElementNamedLikeAKnownOneComesBackUnknown() {
        Resolution r = Resolution.builder(org.resdom.model.Identity.unknown())
                .operative(
                        "decides",
                        s -> s.add(Paragraph.of(List.of(
                                Text.of("a "),
                                UnknownElement.of("ref", List.of(Attribute.of("href", "/x")), List.of(Text.of("b"))),
                                UnknownElement.of("ins", List.of(), List.of(Text.of("c")))))))
                .build();
        ReadResult back = reader.read(writer.write(r));
        assertThat(back.resolution()).isEqualTo(r);
    }

    @Test
    void otherWritersKeepTheText() {
        Resolution read = reader.read(SOURCE).resolution();
        String text = TextResolutionWriter.create().write(read);
        assertThat(text).contains("Decides now {+really+} to act quickly;", "odd block");
        assertThat(read.find(Paragraph.class).map(Paragraph::plainText)).anyMatch(t -> t.contains("now really"));
    }

    /** Unknown elements directly in {@code preamble} and in an annex: kept whole, in place, never reduced to text. */
    @Test
    void unknownElementsOutsideParagraphsStayInPlace() {
        String src = "<akomaNtoso xmlns=\"" + Akn.NS + "\" xmlns:e=\"" + EXT + "\">"
                + "<statement name=\"resolution\"><preamble>"
                + "<e:note kind=\"a\">first</e:note>"
                + "<container name=\"considering\"><p><i>Considering</i> that it matters,</p></container>"
                + "<tblock><p>between</p></tblock>"
                + "<container name=\"recalling\"><p><i>Recalling</i> its earlier work,</p></container>"
                + "</preamble><mainBody><paragraph><num>1.</num><content><p>Decides to act;</p></content>"
                + "</paragraph></mainBody>"
                + "<attachments><attachment><doc name=\"annex\"><preface><p>Annex</p></preface>"
                + "<e:extra>kept</e:extra><mainBody><p>Text of the annex.</p></mainBody></doc></attachment>"
                + "</attachments></statement></akomaNtoso>";
        ReadResult r = reader.read(src);
        assertThat(r.diagnostics()).extracting(Diagnostic::code).doesNotContain("AKN-UNPLACED");
        Resolution read = r.resolution();
        assertThat(read.find(UnknownElement.class).map(UnknownElement::name))
                .containsExactly("note", "tblock", "p", "extra");
        assertThat(read.metadata().keySet()).noneMatch(k -> k.startsWith("akn.unplaced"));
        // in document order: the first before any section, the second after the first section's paragraph
        assertThat(Inline.plainText(read.preamble().get(0).paragraphs().get(0).content()))
                .isEqualTo("first");
        assertThat(read.preamble().get(1).paragraphs()).hasSize(2);
        assertThat(Inline.plainText(read.preamble().get(1).paragraphs().get(1).content()))
                .isEqualTo("between");
        assertThat(read.preamble().get(2).phrase().text()).isEqualTo("Recalling");
        assertThat(Inline.plainText(read.annexes().get(0).paragraphs().get(0).content()))
                .isEqualTo("kept");

        String written = writer.write(read);
        assertThat(written).contains(":note ", " kind=\"a\"", "<tblock", ":extra ");
        assertThat(reader.read(written).resolution()).isEqualTo(read);
    }

    /**
     * A file resdom wrote carries what it kept as hints; content added to its markup since is kept
     * too, numbered after them, and neither replaces the other.
     */
    @Test
    void contentAddedToAFileResdomWroteIsKeptBesideTheHintsItCarries() {
        String foreign = "<akomaNtoso xmlns=\"" + Akn.NS + "\"><statement name=\"resolution\">"
                + "<coverPage><p>FIRSTCOVER</p></coverPage><mainBody><paragraph><num>1.</num><content><p>Decides;</p>"
                + "</content></paragraph></mainBody><zzTop>TOPBEFORE</zzTop></statement></akomaNtoso>";
        Resolution first = reader.read(foreign).resolution();
        assertThat(first.hints().values().values())
                .anyMatch(v -> v.contains("TOPBEFORE"))
                .anyMatch(v -> v.contains("FIRSTCOVER"));
        String written = writer.write(first);
        String edited = written.replace("</statement>", "<foo xmlns=\"urn:x\">NEWONE</foo></statement>")
                .replaceFirst("</meta>", "</meta><coverPage><p>NEWCOVER</p></coverPage>");
        assertThat(edited).contains("NEWONE", "NEWCOVER");
        Resolution again = reader.read(edited).resolution();
        assertThat(again.hints().values().values())
                .anyMatch(v -> v.contains("TOPBEFORE"))
                .anyMatch(v -> v.contains("FIRSTCOVER"))
                .anyMatch(v -> v.contains("NEWONE"))
                .anyMatch(v -> v.contains("NEWCOVER"));
        // and a file resdom wrote, read unchanged, gives back exactly the hints it carries
        assertThat(reader.read(written).resolution().hints()).isEqualTo(first.hints());
    }
}
