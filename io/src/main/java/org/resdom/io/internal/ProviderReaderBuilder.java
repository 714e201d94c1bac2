package org.resdom.io.internal;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.resdom.io.FormatProvider;
import org.resdom.io.Positions;
import org.resdom.io.ReadLimits;
import org.resdom.io.ResolutionReader;

/**
 * A {@link FormatProvider.ReaderBuilder} for a format: collects the common options, refuses the
 * positions the format cannot give, then builds the format's own reader.
 */
public final class ProviderReaderBuilder implements FormatProvider.ReaderBuilder {

    /** Builds a format's reader from the options given. */
    @FunctionalInterface
    public interface Factory {
        /**
         * @param limits the limits, or {@code null} for the reader's default
         * @param positions the positions, or {@code null} for the reader's default
         * @return the reader
         */
        ResolutionReader build(ReadLimits limits, Positions positions);
    }

    private final String format;
    private final Set<Positions> supported;
    private final Factory factory;
    private ReadLimits limits;
    private Positions positions;

    /**
     * @param format the format's name, for messages
     * @param supported the positions its reader can give
     * @param factory builds the reader
     */
    public ProviderReaderBuilder(String format, Set<Positions> supported, Factory factory) {
        this.format = Objects.requireNonNull(format, "format");
        this.supported = Set.copyOf(EnumSet.copyOf(supported));
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /**
     * @param format the format's name
     * @param factory builds the reader from its limits alone
     * @return a builder for a reader that gives positions in the file read only
     */
    public static ProviderReaderBuilder documentPositionsOnly(
            String format, Function<ReadLimits, ResolutionReader> factory) {
        return new ProviderReaderBuilder(format, EnumSet.of(Positions.DOCUMENT), (l, p) -> factory.apply(l));
    }

    @Override
    public FormatProvider.ReaderBuilder limits(ReadLimits value) {
        this.limits = Objects.requireNonNull(value, "limits");
        return this;
    }

    @Override
    public FormatProvider.ReaderBuilder positions(Positions value) {
        Objects.requireNonNull(value, "positions");
        if (!supported.contains(value)) {
            throw new UnsupportedOperationException(
                    "the " + format + " reader cannot give " + value + " positions (it gives " + supported + ")");
        }
        this.positions = value;
        return this;
    }

    @Override
    public Set<Positions> supportedPositions() {
        return supported;
    }

    @Override
    public ResolutionReader build() {
        return factory.build(limits, positions);
    }
}
