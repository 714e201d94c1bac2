package org.resdom.io.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.resdom.io.FormatProvider;
import org.resdom.io.Formats;
import org.resdom.testsupport.DocxFixtures;

/** DOCX is found by {@link java.util.ServiceLoader}, by name, extension and first bytes. */
class DocxFormatProviderTest {

    @Test
    void theServiceLoaderFindsItAsABinaryReadOnlyFormat() throws Exception {
        FormatProvider p = Formats.get("docx");
        assertThat(p).isInstanceOf(DocxFormatProvider.class);
        assertThat(p.binary()).isTrue();
        assertThat(p.extension()).isEqualTo(".docx");
        assertThatThrownBy(p::writer).isInstanceOf(UnsupportedOperationException.class);
        byte[] docx = DocxFixtures.reference();
        assertThat(Formats.reader("docx")
                        .read(new java.io.ByteArrayInputStream(docx))
                        .resolution())
                .isEqualTo(DocxResolutionReader.create().read(docx).resolution());
    }

    @Test
    void itIsDetectedByNameAndByItsZipEntries() throws Exception {
        String head = new String(DocxFixtures.reference(), StandardCharsets.ISO_8859_1).substring(0, 1024);
        assertThat(Formats.detect(Path.of("x.bin"), head).orElseThrow().name()).isEqualTo("docx");
        assertThat(Formats.detect(Path.of("res71.DOCX"), "").orElseThrow().name())
                .isEqualTo("docx");
        // a zip of something else is not a Word document
        assertThat(new DocxFormatProvider().sniff("x.zip", "PK\u0003\u0004\u0014\u0000data/file.csv"))
                .isEqualTo(FormatProvider.NOT_MINE);
    }
}
