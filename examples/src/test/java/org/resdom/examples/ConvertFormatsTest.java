package org.resdom.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resdom.io.Formats;
import org.resdom.io.ReadResult;
import org.resdom.model.Resolution;

class ConvertFormatsTest {

    @Test
    void everyFormatIsWrittenAndDetectedAsItself() {
        Map<String, String> out = ConvertFormats.convert(Sample.read().resolution());
        assertThat(out).containsOnlyKeys("json", "xml", "akn", "text");
        out.forEach((format, text) ->
                assertThat(Formats.detect(text).orElseThrow().name()).as(format).isEqualTo(format));
        assertThat(out.get("akn")).contains("akomaNtoso");
    }

    @Test
    void jsonAndXmlReadBackToTheSameDocument() {
        Resolution sample = Sample.read().resolution();
        Map<String, String> out = ConvertFormats.convert(sample);
        for (String f : new String[] {"json", "xml"}) {
            ReadResult back = Formats.reader(f).read(out.get(f));
            assertThat(back.hasErrors()).as(f).isFalse();
            assertThat(back.resolution()).as(f).isEqualTo(sample);
        }
    }

    @Test
    void theBuiltResolutionSurvivesEveryFormat() {
        Resolution built = BuildResolution.build();
        Map<String, String> out = ConvertFormats.convert(built);
        for (String f : ConvertFormats.TARGETS) {
            Resolution back = Formats.reader(f).read(out.get(f)).resolution();
            assertThat(WalkCitations.citations(back))
                    .as(f)
                    .extracting(WalkCitations.Found::id)
                    .containsExactly("preamble__container_1__list_1__item_b__ref_1");
            if (f.equals("text")) {
                // Plain text cannot tell a wrap-up after sub-items from a paragraph of its own,
                // but writing what was read gives the same text again.
                assertThat(Formats.writer(f).write(back)).isEqualTo(out.get(f));
            } else {
                assertThat(back).as(f).isEqualTo(built);
            }
        }
    }

    @Test
    void writesOneFilePerFormatIntoTheFolder(@TempDir Path dir) throws Exception {
        Map<String, Path> files = ConvertFormats.writeAll(Sample.read().resolution(), dir.resolve("out"), "res71");
        assertThat(files.values())
                .extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("res71.json", "res71.xml", "res71.akn.xml", "res71.txt");
        for (Map.Entry<String, Path> e : files.entrySet()) {
            String head = Files.readString(e.getValue(), StandardCharsets.UTF_8);
            assertThat(Formats.detect(e.getValue(), head).orElseThrow().name()).isEqualTo(e.getKey());
        }
    }

    @Test
    void mainPrintsTheSizeOfEachFormat() throws Exception {
        String out = StdoutCapture.run(() -> ConvertFormats.main(new String[0]));
        assertThat(out.lines()).hasSize(5);
        assertThat(out.lines().toList().get(0))
                .matches("input +" + Sample.text().length() + " chars \\(input\\)");
        assertThat(out).containsPattern("(?m)^json +[0-9]+ chars$").containsPattern("(?m)^akn +[0-9]+ chars$");
    }
}
