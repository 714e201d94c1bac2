package org.resdom.io.extracted;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resdom.io.ReadResult;
import org.resdom.io.akn.AknResolutionReader;
import org.resdom.io.layout.LayoutResolutionReader;
import org.resdom.io.text.TextResolutionReader;
import org.resdom.model.Body;
import org.resdom.model.Resolution;

/**
 * The text reader on {@code pdftotext} output of PDFs rendered in the UN layout from the real UN
 * Human Rights Council Akoma Ntoso of the dev corpus (two masthead kinds: Human Rights Council,
 * and the same content under a General Assembly masthead), scored against gold from that markup.
 */
public class UnExtractedCorpusTest {

    /** The class-path folder of the {@code pdftotext} fixtures. */
    public static final String DIR = "/corpus/extracted/un-pdftotext/";

    static final String AKN = "/corpus/dev/un-hrc-54/English/";

    /**
     * @param name a class-path resource
     * @return its text
     * @throws IOException when it cannot be read
     */
    public static String resource(String name) throws IOException {
        try (InputStream in = UnExtractedCorpusTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * @return the fixture names
     * @throws IOException when the index cannot be read
     */
    public static List<String> names() throws IOException {
        List<String> out = new ArrayList<>();
        for (String l : resource(DIR + "index.txt").split("\n")) {
            if (!l.isBlank()) {
                out.add(l.strip());
            }
        }
        return out;
    }

    /**
     * @param name a fixture name ({@code A_HRC_RES_54_10E} or {@code A_HRC_RES_54_12E-ga})
     * @return the document it was rendered from
     */
    public static Resolution source(String name) throws IOException {
        return AknResolutionReader.create()
                .read(resource(AKN + name.replace("-ga", "") + ".xml"))
                .resolution();
    }

    /**
     * Identity is right when body, number and date of adoption are.
     *
     * @param name the fixture name
     * @param gold the source
     * @param read what was read
     * @return whether the identity is right
     */
    public static boolean identityRight(String name, Resolution gold, Resolution read) {
        Body body = name.endsWith("-ga") ? Body.UN_GA : Body.UN_HRC;
        return read.identity().body() == body
                && read.identity().number().equals(gold.identity().number())
                && gold.hints()
                        .values()
                        .getOrDefault("akn.date", "")
                        .equals(read.hints().values().get(LayoutResolutionReader.META_ADOPTED));
    }

    @Test
    void pdftotextOutputReadsForItsStructure() throws IOException {
        CorpusGold.Scores s = new CorpusGold.Scores();
        TextResolutionReader reader = TextResolutionReader.create();
        for (String name : names()) {
            Resolution gold = source(name);
            ReadResult r = reader.read(resource(DIR + name + ".txt"));
            s.add(CorpusGold.facts(gold, false), CorpusGold.facts(r.resolution()));
            s.documents++;
            if (identityRight(name, gold, r.resolution())) {
                s.identityRight++;
            }
        }
        System.out.println("UN pdftotext (" + s.documents + " documents): " + s);
        // floors just under what is measured (99.8 %, 99.8 %, 99.8 %, 96.7 %: docs/text-format.md)
        assertThat(s.paragraphs.precision()).isGreaterThanOrEqualTo(0.995);
        assertThat(s.paragraphs.recall()).isGreaterThanOrEqualTo(0.995);
        assertThat(s.phrases.recall()).isGreaterThanOrEqualTo(0.995);
        assertThat(s.footnotes.recall()).isGreaterThanOrEqualTo(0.96);
        assertThat(s.footnotes.precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(s.identityRight).isEqualTo(s.documents);
    }
}
