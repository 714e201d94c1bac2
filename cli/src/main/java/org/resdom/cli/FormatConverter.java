package org.resdom.cli;

import org.resdom.io.FormatProvider;
import org.resdom.io.Formats;
import picocli.CommandLine;

/** Converts a format's name ({@code text}, {@code json}, {@code xml}, {@code akn}, a provided one; any case) to its {@link FormatProvider}. */
final class FormatConverter implements CommandLine.ITypeConverter<FormatProvider> {
    @Override
    public FormatProvider convert(String value) {
        return Formats.find(value)
                .orElseThrow(() -> new CommandLine.TypeConversionException(
                        "unknown format '" + value + "' (expected " + String.join(", ", Formats.names()) + ")"));
    }
}
