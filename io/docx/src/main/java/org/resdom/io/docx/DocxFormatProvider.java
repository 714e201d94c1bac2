package org.resdom.io.docx;

import java.util.List;
import java.util.Set;
import org.resdom.io.FormatProvider;
import org.resdom.io.Positions;
import org.resdom.io.ResolutionWriter;

/**
 * Word documents ({@code docx}, {@code .docx}) as a {@link FormatProvider}: found by
 * {@link java.util.ServiceLoader}, not meant to be called directly. Claims {@code .docx} names
 * and any input that opens as a zip package whose first entries are a Word document's
 * ({@code [Content_Types].xml} or {@code word/}). Read-only and binary: its reader
 * ({@link DocxResolutionReader}) reads bytes, tracked changes included, and gives positions in
 * the document (paragraph and character) only.
 */
public final class DocxFormatProvider implements FormatProvider {

    /** For {@link java.util.ServiceLoader}. */
    public DocxFormatProvider() {}

    @Override
    public String name() {
        return DocxResolutionReader.FORMAT;
    }

    @Override
    public List<String> extensions() {
        return List.of(".docx");
    }

    @Override
    public int sniff(String fileName, String head) {
        java.util.Objects.requireNonNull(fileName, "fileName must not be null");
        java.util.Objects.requireNonNull(head, "head must not be null");
        if (fileName.endsWith(".docx")) {
            return BY_NAME;
        }
        if (head.startsWith("PK\u0003\u0004") && (head.contains("[Content_Types].xml") || head.contains("word/"))) {
            return BY_SIGNATURE;
        }
        return NOT_MINE;
    }

    @Override
    public boolean binary() {
        return true;
    }

    /** resdom reads this format but does not write it. */
    @Override
    public boolean canWrite() {
        return false;
    }

    @Override
    public ReaderBuilder readerBuilder() {
        return ReaderBuilder.of(
                name(),
                Set.of(Positions.DOCUMENT),
                (limits, positions) ->
                        DocxResolutionReader.builder().limits(limits).build());
    }

    /**
     * DOCX is read-only.
     *
     * @return never
     * @throws UnsupportedOperationException always
     */
    @Override
    public ResolutionWriter writer() {
        throw new UnsupportedOperationException("resdom reads docx but does not write it");
    }
}
