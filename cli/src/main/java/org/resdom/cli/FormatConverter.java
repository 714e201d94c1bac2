package org.resdom.cli;

import org.resdom.io.Format;
import picocli.CommandLine;

/** Converts {@code text}, {@code json}, {@code xml}, {@code akn}, {@code pdf} (any case) to a {@link Format}. */
final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
        return Format.fromCode(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                "unknown format '" + value + "' (expected text, json, xml, akn or pdf)"));
    }
}
