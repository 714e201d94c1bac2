package org.resdom.cli.toy;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.resdom.io.FormatProvider;
import org.resdom.io.ResolutionWriter;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;

/**
 * A format that only this test suite knows: one line {@code toy BODY NUMBER LANGUAGE}, then one
 * line per paragraph, its label and plain text. Write-only. It is declared in this test
 * module's {@code META-INF/services}, and nothing in io or the command line names it.
 */
public final class ToyFormatProvider implements FormatProvider {

    /** For {@link java.util.ServiceLoader}. */
    public ToyFormatProvider() {}

    @Override
    public String name() {
        return "toy";
    }

    @Override
    public List<String> extensions() {
        return List.of(".toy");
    }

    @Override
    public int sniff(String fileName, String head) {
        return fileName.endsWith(".toy") ? BY_NAME : head.startsWith("toy ") ? BY_CONTENT : NOT_MINE;
    }

    @Override
    public ReaderBuilder readerBuilder() {
        throw new UnsupportedOperationException("toy is a write-only format");
    }

    @Override
    public ResolutionWriter writer() {
        return new ToyWriter();
    }

    /** Writes the toy format. */
    static final class ToyWriter implements ResolutionWriter {
        @Override
        public String format() {
            return "toy";
        }

        @Override
        public void write(Resolution resolution, Writer out) throws IOException {
            out.write(String.format(
                    Locale.ROOT,
                    "toy %s %s %s%n",
                    resolution.identity().body().code(),
                    resolution.identity().number().orElse("-"),
                    resolution.identity().language().code()));
            for (Paragraph p : resolution.find(Paragraph.class).toList()) {
                out.write(p.label().map(l -> l.text() + " ").orElse("") + p.plainText() + "\n");
            }
            out.flush();
        }
    }
}
