package org.resdom.io.pdf;

import java.util.List;
import java.util.Set;
import org.resdom.io.FormatProvider;
import org.resdom.io.Positions;
import org.resdom.io.ResolutionWriter;

/**
 * PDF ({@code pdf}, {@code .pdf}) as a {@link FormatProvider}: found by
 * {@link java.util.ServiceLoader}, not meant to be called directly. Claims {@code .pdf} names
 * and any input that opens with {@code %PDF-}. Read-only and binary: its reader reads bytes, and
 * gives positions in the PDF (page and line) only.
 */
public final class PdfFormatProvider implements FormatProvider {

    /** For {@link java.util.ServiceLoader}. */
    public PdfFormatProvider() {}

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public List<String> extensions() {
        return List.of(".pdf");
    }

    @Override
    public int sniff(String fileName, String head) {
        java.util.Objects.requireNonNull(fileName, "fileName must not be null");
        java.util.Objects.requireNonNull(head, "head must not be null");
        if (fileName.endsWith(".pdf")) {
            return BY_NAME;
        }
        return head.startsWith("%PDF-") ? BY_SIGNATURE : NOT_MINE;
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
                        PdfResolutionReader.builder().limits(limits).build());
    }

    /**
     * PDF is read-only.
     *
     * @return never
     * @throws UnsupportedOperationException always
     */
    @Override
    public ResolutionWriter writer() {
        throw new UnsupportedOperationException("resdom reads pdf but does not write it");
    }
}
