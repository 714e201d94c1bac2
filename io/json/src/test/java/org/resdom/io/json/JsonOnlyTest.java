package org.resdom.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resdom.io.Formats;
import org.resdom.io.ReadResult;
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
}
