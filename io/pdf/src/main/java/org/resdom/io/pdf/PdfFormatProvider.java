package org.resdom.io.pdf;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.resdom.io.FormatProvider;
import org.resdom.io.Positions;
import org.resdom.io.ReadLimits;
import org.resdom.io.ResolutionReader;
import org.resdom.io.ResolutionWriter;

/**
 * PDF ({@code pdf}, {@code .pdf}) as a {@link FormatProvider}: found by
 * {@link java.util.ServiceLoader}, not meant to be called directly. Claims {@code .pdf} names
 * and any input that opens with {@code %PDF-}. Read-only and binary: its reader reads bytes, and
 * gives positions in the PDF (page and line) only.
 */
public final class PdfFormatProvider implements FormatProvider {

    /** For {@link java.util.ServiceLoader}. */
    public PdfFormatProvider() {
    }

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
        if (fileName.endsWith(".pdf")) {
            return BY_NAME;
        }
        return head.startsWith("%PDF-") ? BY_SIGNATURE : NOT_MINE;
    }

    @Override
    public boolean binary() {
        return true;
    }

    @Override
    public ReaderBuilder readerBuilder() {
        return new ReaderBuilder() {
            private final PdfResolutionReader.Builder builder = PdfResolutionReader.builder();

            @Override
            public ReaderBuilder limits(ReadLimits limits) {
                builder.limits(Objects.requireNonNull(limits, "limits"));
                return this;
            }

            @Override
            public ReaderBuilder positions(Positions positions) {
                if (!supportedPositions().contains(Objects.requireNonNull(positions, "positions"))) {
                    throw new IllegalArgumentException("pdf gives " + Positions.DOCUMENT + " positions only");
                }
                return this;
            }

            @Override
            public Set<Positions> supportedPositions() {
                return EnumSet.of(Positions.DOCUMENT);
            }

            @Override
            public ResolutionReader build() {
                return builder.build();
            }
        };
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
