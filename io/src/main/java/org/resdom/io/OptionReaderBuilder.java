package org.resdom.io;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The {@link FormatProvider.ReaderBuilder} behind {@link FormatProvider.ReaderBuilder#of}: collects
 * the common options, refuses the positions the format cannot give, then builds the format's own
 * reader with the options given or their defaults.
 */
final class OptionReaderBuilder implements FormatProvider.ReaderBuilder {

    private final String format;
    private final Set<Positions> supported;
    private final FormatProvider.ReaderFactory factory;
    private ReadLimits limits = ReadLimits.defaults();
    private Positions positions;

    OptionReaderBuilder(String format, Set<Positions> supported, FormatProvider.ReaderFactory factory) {
        this.format = Objects.requireNonNull(format, "format must not be null");
        Objects.requireNonNull(supported, "supported must not be null");
        if (supported.isEmpty()) {
            throw new IllegalArgumentException("the " + format + " reader must give at least one kind of positions");
        }
        this.supported = Set.copyOf(EnumSet.copyOf(supported));
        this.factory = Objects.requireNonNull(factory, "factory must not be null");
        // the first the format gives: STORED when it can (a conversion keeps the original positions)
        this.positions = EnumSet.copyOf(supported).iterator().next();
    }

    @Override
    public FormatProvider.ReaderBuilder limits(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits must not be null");
        return this;
    }

    @Override
    public FormatProvider.ReaderBuilder positions(Positions positions) {
        Objects.requireNonNull(positions, "positions must not be null");
        if (!supported.contains(positions)) {
            throw new UnsupportedOperationException(
                    "the " + format + " reader cannot give " + positions + " positions (it gives " + supported + ")");
        }
        this.positions = positions;
        return this;
    }

    @Override
    public Set<Positions> supportedPositions() {
        return supported;
    }

    @Override
    public ResolutionReader build() {
        return Objects.requireNonNull(
                factory.build(limits, positions), () -> "the " + format + " reader factory returned null");
    }
}
