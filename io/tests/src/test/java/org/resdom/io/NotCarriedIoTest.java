package org.resdom.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.resdom.model.Resolution;

/**
 * The Akoma Ntoso source's own content kept as {@code akn.*} hints: JSON, resdom XML and Akoma
 * Ntoso carry it (and say nothing), the text writer leaves it out and says so.
 */
class NotCarriedIoTest {

    private static Resolution aknDocument() throws IOException {
        try (InputStream in =
                NotCarriedIoTest.class.getResourceAsStream("/corpus/dev/un-hrc-54/English/A_HRC_RES_54_10E.xml")) {
            return Formats.reader("akn")
                    .read(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .resolution();
        }
    }

    private static Map<String, String> akn(Resolution r) {
        Map<String, String> m = new TreeMap<>(r.hints().values());
        m.keySet().removeIf(k -> !k.startsWith("akn."));
        return m;
    }

    @Test
    void formatsThatKeepHintsCarryThemAndReportNothing() throws IOException {
        Resolution r = aknDocument();
        assertThat(akn(r)).isNotEmpty();
        for (String format : new String[] {"json", "xml", "akn"}) {
            ResolutionWriter w = Formats.writer(format);
            assertThat(w.notCarried(r)).as(format).isEmpty();
            Resolution back = Formats.reader(format).read(w.write(r)).resolution();
            assertThat(akn(back)).as(format).isEqualTo(akn(r));
        }
    }

    @Test
    void theTextWriterReportsTheHintsItLeavesOut() throws IOException {
        Resolution r = aknDocument();
        var found = Formats.writer("text").notCarried(r);
        assertThat(found).allSatisfy(d -> assertThat(d.code()).isEqualTo(ResolutionWriter.NOT_CARRIED));
        assertThat(found)
                .filteredOn(d -> d.message().contains("Akoma Ntoso source"))
                .singleElement()
                .satisfies(d -> assertThat(d.message())
                        .contains(akn(r).size() + " entr")
                        .contains(akn(r).keySet().iterator().next()));
        // a UN document has no title line in text: its body and number do not read back, and are reported
        assertThat(found)
                .filteredOn(d -> d.message().contains("body"))
                .singleElement()
                .satisfies(d -> assertThat(d.message())
                        .contains("body (UN_HRC)")
                        .contains("number (54/10)")
                        .contains("title (read back as text of the opening formula)"));
    }
}
