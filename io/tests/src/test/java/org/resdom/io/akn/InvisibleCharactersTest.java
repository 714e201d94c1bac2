package org.resdom.io.akn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.resdom.io.text.TextResolutionReader;
import org.resdom.io.text.TextResolutionWriter;
import org.resdom.model.OperativePhrase;
import org.resdom.model.OperativeSection;
import org.resdom.model.PreambleSection;
import org.resdom.model.Resolution;
import org.resdom.testsupport.Resources;

/**
 * Text in decomposed form (NFD) or with invisible format characters (right-to-left marks at
 * line starts, as Word and browsers write Arabic; zero-width joiners; soft hyphens; tatweel)
 * gives the same structure as its clean form, through the Akoma Ntoso reader and through the
 * text reader, and the text itself is kept as it was given.
 */
class InvisibleCharactersTest {

    private static final UnaryOperator<String> NFD = s -> Normalizer.normalize(s, Normalizer.Form.NFD);
    private static final List<UnaryOperator<String>> XML = List.of(NFD, x -> inText(x, InvisibleCharactersTest::marks));
    private static final List<UnaryOperator<String>> TEXT =
            List.of(NFD, InvisibleCharactersTest::marks, s -> marks(s).replaceAll("(?m)^(?=\\S)", "\u200F"));

    /**
     * Right-to-left marks after every element start, a ZWJ and a soft hyphen inside words, a
     * tatweel inside Arabic words. For text, a third distortion adds a right-to-left mark at
     * the start of every line that has text.
     */
    private static String marks(String xmlOrText) {
        return xmlOrText
                .replaceAll("(?m)^(\\s*)(?=\\S)", "$1\u200F\u200E")
                .replace("ea", "e\u200Da")
                .replace("ti", "t\u00ADi")
                .replace("\u064A\u0634", "\u064A\u0640\u0634");
    }

    /** Applies a change to the character data of an XML document only (between {@code >} and {@code <}). */
    private static String inText(String xml, UnaryOperator<String> change) {
        StringBuilder sb = new StringBuilder(xml.length() + 1024);
        int i = 0;
        while (i < xml.length()) {
            int lt = xml.indexOf('<', i);
            if (lt < 0) {
                sb.append(change.apply(xml.substring(i)));
                break;
            }
            sb.append(change.apply(xml.substring(i, lt)));
            int gt = xml.indexOf('>', lt);
            gt = gt < 0 ? xml.length() - 1 : gt;
            sb.append(xml, lt, gt + 1);
            i = gt + 1;
        }
        return sb.toString();
    }

    private static Path corpus(String file) throws URISyntaxException {
        return Path.of(InvisibleCharactersTest.class
                .getResource("/corpus/dev/un-hrc-54/" + file)
                .toURI());
    }

    /** The structure: preamble kinds with modifiers, operative actions. */
    private static String structure(Resolution r) {
        StringBuilder sb = new StringBuilder();
        for (PreambleSection s : r.preamble()) {
            sb.append(s.phrase().kind())
                    .append(s.phrase().qualifier().isPresent() ? "+" : "")
                    .append(' ')
                    .append(s.paragraphs().size())
                    .append(';');
        }
        sb.append('|');
        for (OperativeSection s : r.operative()) {
            sb.append(s.phrase().map(p -> p.action().name()).orElse("-"))
                    .append(s.paragraphs().size())
                    .append(';');
        }
        sb.append('|');
        r.operativeActions().stream()
                .map(OperativePhrase::action)
                .forEach(a -> sb.append(a).append(' '));
        return sb.toString();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "English/A_HRC_RES_54_1E.xml",
                "French/A_HRC_RES_54_1F.xml",
                "Spanish/A_HRC_RES_54_1S.xml",
                "Russian/A_HRC_RES_54_1R.xml",
                "Arabic/A_HRC_RES_54_1A.xml",
                "Chinese/A_HRC_RES_54_1C.xml",
                "Arabic/A_HRC_RES_54_18A.xml",
                "French/A_HRC_RES_54_18F.xml"
            })
    void sameStructureThroughAkomaNtoso(String file) throws IOException, URISyntaxException {
        String clean = Files.readString(corpus(file), StandardCharsets.UTF_8);
        AknResolutionReader reader = AknResolutionReader.create();
        Resolution base = reader.read(clean).resolution();
        assertThat(base.preamble()).isNotEmpty();
        for (UnaryOperator<String> d : XML) {
            String distorted = d.apply(clean);
            Resolution r = reader.read(distorted).resolution();
            assertThat(structure(r)).isEqualTo(structure(base));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "English/A_HRC_RES_54_1E.xml",
                "French/A_HRC_RES_54_1F.xml",
                "Russian/A_HRC_RES_54_1R.xml",
                "Arabic/A_HRC_RES_54_1A.xml",
                "Chinese/A_HRC_RES_54_1C.xml",
                "Spanish/A_HRC_RES_54_5S.xml"
            })
    void sameStructureThroughText(String file) throws IOException, URISyntaxException {
        Resolution fromAkn = AknResolutionReader.create().read(corpus(file)).resolution();
        String text = TextResolutionWriter.create().write(fromAkn);
        TextResolutionReader reader = TextResolutionReader.create();
        Resolution base = reader.read(text).resolution();
        assertThat(base.preamble()).isNotEmpty();
        for (UnaryOperator<String> d : TEXT) {
            String distorted = d.apply(text);
            Resolution r = reader.read(distorted).resolution();
            assertThat(structure(r)).isEqualTo(structure(base));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "res71-ar.txt",
                "res71-en.txt",
                "res71-es.txt",
                "res71-fr-clean.txt",
                "res71-ru.txt",
                "res71-zh.txt"
            })
    void sameStructureForItuText(String name) throws IOException {
        String text = Resources.text("/fixtures/" + name);
        TextResolutionReader reader = TextResolutionReader.create();
        Resolution base = reader.read(text).resolution();
        assertThat(base.preamble()).isNotEmpty();
        for (UnaryOperator<String> d : TEXT) {
            Resolution r = reader.read(d.apply(text)).resolution();
            assertThat(structure(r)).as(name).isEqualTo(structure(base));
        }
    }
}
