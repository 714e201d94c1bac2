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

    /** The names of the formats found that can be read, sorted: the list the help shows for {@code --from}. */
    static final class Readable implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Formats.all().stream()
                    .filter(FormatProvider::canRead)
                    .map(FormatProvider::name)
                    .sorted()
                    .iterator();
        }
    }

    /** The names of the formats found that can be written, sorted: the list the help shows for {@code --to}. */
    static final class Writable implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Formats.all().stream()
                    .filter(FormatProvider::canWrite)
                    .map(FormatProvider::name)
                    .sorted()
                    .iterator();
        }
    }
}
