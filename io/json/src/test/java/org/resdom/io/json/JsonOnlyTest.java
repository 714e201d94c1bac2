package org.resdom.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resdom.io.FormatProvider;
import org.resdom.io.Formats;
import org.resdom.io.ReadResult;
import org.resdom.io.corpus.Corpus;
import org.resdom.io.corpus.CorpusDocument;
import org.resdom.model.Resolution;
import org.resdom.testing.SeedFixture;

/**
 * A user who depends on resdom-json alone: its test class path is what Maven gives that user
 * (resdom-json, resdom-io, resdom-core, jackson-core) plus the test libraries, and holds no
 * Jakarta XML Binding, yet reads and writes JSON through {@link Formats}.
 */
class JsonOnlyTest {

    @Test
    void noJaxbOnTheClassPath() {
        assertThatThrownBy(() -> Class.forName("jakarta.xml.bind.JAXBContext"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.glassfish.jaxb.runtime.v2.ContextFactory"))
                .isInstanceOf(ClassNotFoundException.class);
        List<String> entries =
                Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        assertThat(entries)
                .isNotEmpty()
                .noneMatch(
                        e -> e.contains("jaxb") || e.contains("jakarta.xml.bind") || e.contains("jakarta.activation"));
    }

    @Test
    void onlyJsonIsFoundAndItRoundTrips() {
        assertThat(Formats.names()).containsExactly("json");
        Resolution r = SeedFixture.resolution71();
        String json = Formats.writer("json").write(r);
        ReadResult back = Formats.reader("json").read(json);
        assertThat(back.diagnostics()).isEmpty();
        assertThat(back.resolution()).isEqualTo(r);
    }

    @Test
    void detectionWithoutTextFindsJsonOrNothingAndNeverThrows() {
        String json = Formats.writer("json").write(SeedFixture.resolution71());
        assertThat(Formats.detect(json)).map(FormatProvider::name).hasValue("json");
        assertThat(Formats.detect(Path.of("res71.json"), ""))
                .map(FormatProvider::name)
                .hasValue("json");
        // plain text is the format that takes anything: without resdom-text, nothing claims this
        assertThat(Formats.detect("RESOLUTION 71")).isEmpty();
        assertThat(Formats.detect(Path.of("res71.txt"), "RESOLUTION 71")).isEmpty();
    }

    @Test
    void aCorpusFileNoFormatReadsIsReportedNotThrown() {
        CorpusDocument d = Corpus.of(Path.of("in")).read(Path.of("in/res71.txt"), "res71.txt", "RESOLUTION 71");
        assertThat(d.resolution()).isEmpty();
        assertThat(d.diagnostics()).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(Corpus.UNREADABLE);
            assertThat(x.message()).contains("no format found reads it").contains("json");
        });
    }
}
