package org.resdom.io.akn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.resdom.io.ReadResult;
import org.resdom.io.layout.LayoutResolutionReader;
import org.resdom.io.text.TextResolutionReader;
import org.resdom.model.Located;
import org.resdom.model.Node;
import org.resdom.model.OperativeSection;
import org.resdom.model.Paragraph;
import org.resdom.model.PreambleSection;
import org.resdom.model.Resolution;
import org.resdom.model.SourceSpan;
import org.resdom.testsupport.AknSchema;
import org.resdom.testsupport.UnCorpus;

/**
 * What a paged source tells beyond the text reaches Akoma Ntoso and comes back: the page and line
 * of every section and paragraph ({@code rd:position}) and the date of adoption the masthead gives
 * ({@code FRBRdate}). The input is {@code pdftotext} output of a UN-layout PDF (pages divided by
 * form feeds). Regenerate the golden file with {@code -Dresdom.golden.update=true} (run from
 * {@code io/tests}).
 */
class AknSourcePositionsTest {

    private static final String NAME = "A_HRC_RES_54_10E";

    private static Resolution read(String name) throws IOException {
        ReadResult r = TextResolutionReader.create().read(UnCorpus.resource(UnCorpus.DIR + name + ".txt"));
        assertThat(r.hasErrors()).as("%s", r.diagnostics()).isFalse();
        return r.resolution();
    }

    /** Every section and paragraph with its id and position, in document order. */
    private static List<String> positions(Resolution r) {
        List<String> out = new ArrayList<>();
        for (Located<Node> l : r.elements()) {
            Node n = l.node();
            java.util.Optional<SourceSpan> s = n instanceof Paragraph p
                    ? p.span()
                    : n instanceof PreambleSection p ? p.span() : n instanceof OperativeSection o ? o.span() : null;
            if (s != null) {
                out.add(l.id() + " " + s.map(SourceSpan::toString).orElse("-"));
            }
        }
        return out;
    }

    @Test
    void pagesAndLinesOfAPagedSourceAreWrittenAndReadBack() throws IOException {
        Resolution r = read(NAME);
        assertThat(r.hints().values()).containsEntry(LayoutResolutionReader.META_PAGES, "3");
        String xml = AknResolutionWriter.create().write(r);
        assertThat(AknSchema.errors(xml)).as(xml).isEmpty();
        ReadResult back = AknResolutionReader.create().read(xml);
        assertThat(back.hasErrors()).as("%s", back.diagnostics()).isFalse();
        assertThat(back.resolution()).isEqualTo(r);
        List<String> before = positions(r);
        assertThat(before).isNotEmpty().noneMatch(s -> s.endsWith(" -"));
        assertThat(positions(back.resolution())).containsExactlyElementsOf(before);
        // the last operative paragraph starts on the last page
        List<Paragraph> ops = r.operative().get(r.operative().size() - 1).paragraphs();
        assertThat(ops.get(ops.size() - 1).span().orElseThrow().line()).isEqualTo(3);
        assertThat(xml)
                .contains("<rd:position eId=\""
                        + r.elements().stream()
                                .filter(l -> l.node() == ops.get(ops.size() - 1))
                                .findFirst()
                                .orElseThrow()
                                .id()
                        + "\" page=\"3\"");
    }

    @Test
    void theAdoptionDateOfTheMastheadIsTheWorksDate() throws IOException {
        Resolution r = read(NAME);
        String adopted = r.hints().values().get(LayoutResolutionReader.META_ADOPTED);
        assertThat(adopted).isEqualTo(UnCorpus.source(NAME).hints().values().get("akn.date"));
        String xml = AknResolutionWriter.create().write(r);
        assertThat(xml)
                .contains("<FRBRdate date=\"" + adopted + "\" name=\"adoption\"/>")
                .doesNotContain(Akn.DEFAULT_DATE)
                .contains("/unga-hrc/" + adopted + "/54-10");
        // a reader that does not know resdom's facts finds the date in FRBR
        String foreign = xml.replaceAll("(?s)<proprietary.*?</proprietary>", "");
        Map<String, String> meta =
                AknResolutionReader.create().read(foreign).resolution().hints().values();
        assertThat(meta).containsEntry("akn.date", adopted).containsEntry("akn.expressionDate", adopted);
    }

    @Test
    void withoutPagesNoPositionsAndWithoutADateTheFallback() throws IOException {
        // the same paragraphs one a line, no form feeds: the reader knows lines, not pages
        String text = UnCorpus.resource(UnCorpus.DIR + NAME + ".txt").replace("\f", "");
        Resolution r = TextResolutionReader.create().read(text).resolution();
        assertThat(r.hints().values()).doesNotContainKey(LayoutResolutionReader.META_PAGES);
        Map<String, String> hints = new java.util.TreeMap<>(r.hints().values());
        hints.remove(LayoutResolutionReader.META_ADOPTED);
        Resolution undated = r.withHints(org.resdom.model.SourceHints.of(hints));
        String xml = AknResolutionWriter.create().write(undated);
        assertThat(xml).doesNotContain("rd:position").contains("<FRBRdate date=\"" + Akn.DEFAULT_DATE + "\"");
        assertThat(AknResolutionReader.create().read(xml).resolution()).isEqualTo(undated);
    }

    @Test
    @org.junit.jupiter.api.Timeout(10)
    void unreadablePositionsAreReportedAndLeftOut() throws IOException {
        Resolution r = read(NAME);
        String xml = AknResolutionWriter.create()
                .write(r)
                .replaceFirst("page=\"1\"", "page=\"-7\"")
                .replaceFirst("page=\"2\"", "page=\"99999999999\"")
                .replaceFirst("page=\"3\" line=\"[0-9]+\"", "page=\"3\" line=\"x\"");
        ReadResult back = AknResolutionReader.create().read(xml);
        assertThat(back.resolution()).isEqualTo(r);
        assertThat(back.diagnostics())
                .filteredOn(d -> d.code().equals("AKN-RESDOM"))
                .hasSize(3)
                .allMatch(d -> d.message().startsWith("unreadable source position"));
        assertThat(back.hasErrors()).isFalse();
    }

    @Test
    void matchesTheGoldenFile() throws IOException {
        String xml = AknResolutionWriter.create().write(read(NAME));
        Path golden = Path.of("src/test/resources/golden/extracted", NAME + ".akn.xml");
        if (Boolean.getBoolean("resdom.golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, xml, StandardCharsets.UTF_8);
        }
        assertThat(golden)
                .as("golden file (regenerate with -Dresdom.golden.update=true)")
                .exists();
        assertThat(xml).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        Matcher m = Pattern.compile("<rd:position ").matcher(xml);
        int n = 0;
        while (m.find()) {
            n++;
        }
        assertThat(n).isEqualTo(positions(read(NAME)).size());
    }
}
