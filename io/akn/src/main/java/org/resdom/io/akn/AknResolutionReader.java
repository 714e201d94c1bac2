package org.resdom.io.akn;

import java.io.IOException;
import java.io.Reader;
import org.resdom.io.ReadLimits;
import org.resdom.io.ReadResult;
import org.resdom.io.ResolutionReader;

/**
 * Reads Akoma Ntoso 3.0 with StAX, in one streaming pass: documents written by
 * {@link AknResolutionWriter} (recognized by their {@code <proprietary source="#resdom">}
 * block) come back exactly, whitespace included; documents written by others (such as the
 * UN's AKN4UN resolutions) are read with whitespace runs collapsed to one space and paragraph
 * ends trimmed, preamble phrases taken from the leading italic span, UN resolution numbers
 * such as {@code 46/7} recognized as citations, and what has no place in the model (cover
 * page, conclusions, workflow, keywords) kept in the metadata under {@code akn.…} keys.
 *
 * <pre>{@code
 * ReadResult result = AknResolutionReader.create().read(Path.of("A_HRC_RES_55_2E.xml"));
 * result.resolution().preamble().get(0).phrase().kind();   // GUIDED
 * }</pre>
 *
 * DTDs and external entities are refused; {@link ReadLimits} bound the size and depth; bad
 * content gives diagnostics (codes {@code AKN-…}, {@code IO-LIMIT}) with line and column, never
 * an exception. Immutable and thread-safe.
 */
public final class AknResolutionReader implements ResolutionReader {

    private final ReadLimits limits;

    private AknResolutionReader(Builder builder) {
        this.limits = builder.limits;
    }

    /** @return a reader with the default settings */
    public static AknResolutionReader create() {
        return builder().build();
    }

    /** @return a builder with the default settings */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String format() {
        return "akn";
    }

    /** @return the limits this reader enforces */
    public ReadLimits limits() {
        return limits;
    }

    @Override
    public ReadResult read(Reader in) throws IOException {
        java.util.Objects.requireNonNull(in, "in must not be null");
        return limits.checkDepth(new AknParser(limits).run(in));
    }

    /** Configures a {@link AknResolutionReader}. */
    public static final class Builder {
        private ReadLimits limits = ReadLimits.defaults();

        private Builder() {}

        /**
         * @param value the limits
         * @return this builder
         */
        public Builder limits(ReadLimits value) {
            this.limits = java.util.Objects.requireNonNull(value, "value must not be null");
            return this;
        }

        /** @return the reader */
        public AknResolutionReader build() {
            return new AknResolutionReader(this);
        }
    }
}
