package org.resdom.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;

/** Standard input as an input file: the argument {@code -} of every command. */
final class StandardInput {

    /** The input file standing for standard input. */
    static final InputFile FILE = new InputFile(Path.of("-"), "-", Path.of("-"), false);

    /** Where standard input is read from; tests replace it. */
    static volatile InputStream source = System.in;

    private StandardInput() {}

    static boolean is(InputFile file) {
        return file == FILE;
    }

    static boolean isArgument(Path arg) {
        return "-".equals(arg.toString());
    }

    /**
     * @param max the largest input read, in bytes
     * @return all of standard input
     * @throws IOException when it cannot be read or is larger than max
     */
    static byte[] readAll(long max) throws IOException {
        byte[] bytes = source.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (bytes.length > max) {
            throw new IOException(String.format(Locale.ROOT, "standard input too large (the limit is %,d bytes)", max));
        }
        return bytes;
    }
}
