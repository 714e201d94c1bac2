package org.resdom.io.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resdom.io.akn.AknResolutionReader;
import org.resdom.model.Citation;
import org.resdom.model.Located;
import org.resdom.model.Resolution;
import org.resdom.model.SourceSpan;

/**
 * Citations read from a foreign Akoma Ntoso file carry the source position of their own words
 * (line, column and offsets of the cited text), not their paragraph's: found in a paragraph's
 * text, in a footnote, or read from a UN {@code <a href>} link. The files are real UN and ITU
 * documents of the dev corpus (CRLF line ends, long lines, entity-free and with references).
 */
class AknCitationPositionsTest {

    private static final String UN_EN = "/corpus/dev/un-hrc-54/English/A_HRC_RES_54_3E.xml";
    private static final String UN_FR = "/corpus/dev/un-hrc-54/French/A_HRC_RES_54_3F.xml";
    private static final String ITU = "/corpus/dev/itu-pp18/akn/res-70.akn.xml";

    /** text, line:column of each citation in document order. */
    private static List<String> positions(String name) throws Exception {
        List<String> out = new ArrayList<>();
        read(name)
                .locate(Citation.class)
                .forEach(l -> out.add(l.node().text() + " @ "
                        + l.node().span().map(SourceSpan::toString).orElse("-")));
        return out;
    }

    @Test
    void citationsFoundInParagraphTextPointAtTheirOwnWords() throws Exception {
        assertThat(positions(UN_EN))
                .startsWith(
                        "resolution 64/151 @ 243:204",
                        "resolutions 10/11 @ 243:254",
                        "15/12 @ 243:290",
                        "15/26 @ 243:318")
                .contains(
                        "51/13 @ 243:585",
                        "Organization of African Unity Convention for the Elimination of Mercenarism in Africa @ 247:643",
                        "Charter of the United Nations @ 251:98",
                        "E/CN.4/2004/15 @ 390:765");
    }

    @Test
    void citationsInFootnotesAndLinksToo() throws Exception {
        assertThat(positions(UN_EN)).contains("A/HRC/54/29 @ 366:254"); // a footnote's text
        assertThat(positions(UN_FR))
                .startsWith("64/151 @ 246:283") // <a href="…/A/RES/64/151">
                .contains("15/12 @ 246:412", "51/13 @ 246:1038", "A/HRC/54/29 @ 361:306");
        assertThat(positions(ITU)).contains("No. 154 of the ITU Constitution @ 328:223", "Radio Regulations @ 358:543");
    }

    /** Over whole files: every citation's offsets cover its text in the source, and its line and column agree. */
    @Test
    void everySpanCoversTheCitedTextInTheSource() throws Exception {
        for (String name : List.of(
                UN_EN,
                UN_FR,
                ITU,
                "/corpus/dev/un-hrc-54/Arabic/A_HRC_RES_54_3A.xml",
                "/corpus/dev/un-hrc-54/Chinese/A_HRC_RES_54_3C.xml",
                "/corpus/dev/un-hrc-54/Russian/A_HRC_RES_54_3R.xml")) {
            String src = Files.readString(path(name), StandardCharsets.UTF_8);
            List<Located<Citation>> all = read(name).locate(Citation.class).toList();
            assertThat(all).as(name).isNotEmpty();
            for (Located<Citation> l : all) {
                Citation c = l.node();
                assertThat(c.span()).as("%s %s", name, c.text()).isPresent();
                SourceSpan s = c.span().get();
                assertThat(s.hasOffsets()).as("%s %s", name, c.text()).isTrue();
                String cited = src.substring(
                                s.startOffset().getAsInt(), s.endOffset().getAsInt())
                        .replace("&amp;", "&")
                        .replaceAll("[ \\t\\r\\n]+", " ");
                assertThat(cited).as("%s at %s", name, s).isEqualTo(c.text());
                int lineStart = src.lastIndexOf('\n', s.startOffset().getAsInt() - 1) + 1;
                long line = src.substring(0, s.startOffset().getAsInt())
                                .chars()
                                .filter(ch -> ch == '\n')
                                .count()
                        + 1;
                assertThat(s.line()).as("%s %s line", name, c.text()).isEqualTo((int) line);
                assertThat(s.column())
                        .as("%s %s column", name, c.text())
                        .isEqualTo(s.startOffset().getAsInt() - lineStart + 1);
            }
        }
    }

    /**
     * Over every Akoma Ntoso file of the dev corpus (UN and ITU, six languages): every citation has
     * offsets, and they cover its text in the source (markup dropped, whitespace as the reader
     * collapses it, references undone).
     */
    @Test
    void everyCitationOfTheCorpusPointsAtItsText() throws Exception {
        Path corpus = path("/corpus/dev");
        List<Path> files;
        try (var walk = Files.walk(corpus)) {
            files = walk.filter(f -> f.toString().endsWith(".xml")
                            && !f.getFileName().toString().equals("ATTRIBUTION.md"))
                    .sorted()
                    .toList();
        }
        int citations = 0;
        List<String> wrong = new ArrayList<>();
        for (Path f : files) {
            String src = Files.readString(f, StandardCharsets.UTF_8);
            for (Located<Citation> l : AknResolutionReader.create()
                    .read(f)
                    .resolution()
                    .locate(Citation.class)
                    .toList()) {
                citations++;
                Citation c = l.node();
                SourceSpan s = c.span().orElse(null);
                String cited = s == null || !s.hasOffsets()
                        ? null
                        : decode(src.substring(
                                s.startOffset().getAsInt(), s.endOffset().getAsInt()));
                if (!c.text().equals(cited)) {
                    wrong.add(corpus.relativize(f) + " " + s + " «" + c.text() + "» ≠ «" + cited + "»");
                }
            }
        }
        System.out.println("AKN citation positions: " + citations + " citations in " + files.size() + " files, "
                + wrong.size() + " not at their text");
        assertThat(files).hasSizeGreaterThan(250);
        assertThat(wrong).isEmpty();
    }

    /** Source text as a reader gives it ({@link SourceText#decode(String)}). */
    private static String decode(String source) {
        return SourceText.decode(source);
    }

    private static Resolution read(String name) throws IOException, URISyntaxException {
        return AknResolutionReader.create().read(path(name)).resolution();
    }

    private static Path path(String name) throws URISyntaxException {
        java.net.URL url = AknCitationPositionsTest.class.getResource(name);
        assertThat(url).as(name).isNotNull();
        return Path.of(url.toURI());
    }
}
