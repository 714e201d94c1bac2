package org.resdom.io.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.resdom.io.FormatProvider;
import org.resdom.io.Formats;
import org.resdom.model.Inserted;
import org.resdom.model.Resolution;

/** HTML is found by {@link java.util.ServiceLoader} as a write-only format. */
class HtmlFormatProviderTest {

    @Test
    void theServiceLoaderFindsItAsAWriteOnlyFormat() {
        FormatProvider p = Formats.get("html");
        assertThat(p).isInstanceOf(HtmlFormatProvider.class);
        assertThat(Formats.get("htm")).isSameAs(p);
        assertThat(p.extension()).isEqualTo(".html");
        assertThat(p.binary()).isFalse();
        assertThatThrownBy(p::readerBuilder)
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("does not read");
        // no input is ever taken for HTML
        assertThat(p.sniff("page.html", "<!DOCTYPE html><html>")).isEqualTo(FormatProvider.NOT_MINE);
        Resolution r = Formats.reader("text")
                .read("resolves\n1\tto report{+ each year+}.\n")
                .resolution();
        assertThat(r.find(Inserted.class)).isNotEmpty();
        assertThat(Formats.writer("html").write(r))
                .isEqualTo(HtmlResolutionWriter.create().write(r))
                .contains("<ins")
                .contains("each year");
    }
}
