package org.resdom.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * What the command line prints (messages, diagnostics, reports): a lone UTF-16 surrogate, which
 * UTF-8 cannot carry and its encoder would turn into {@code ?}, is printed as {@code \}{@code uXXXX},
 * so a message quoting the text names the character instead of changing it. A pair is printed as
 * it is. Documents written to standard output never reach a lone surrogate here: the commands
 * refuse such a document (or the format escapes it, as JSON does) before writing it.
 */
final class ConsoleWriter extends FilterWriter {
    /** A high surrogate waiting for the character after it, or 0. */
    private char pending;

    ConsoleWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (pending != 0) {
            char high = pending;
            pending = 0;
            if (Character.isLowSurrogate(ch)) {
                out.write(high);
                out.write(ch);
                return;
            }
            escape(high);
        }
        if (Character.isHighSurrogate(ch)) {
            pending = ch;
        } else if (Character.isLowSurrogate(ch)) {
            escape(ch);
        } else {
            out.write(ch);
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        write(new String(cbuf, off, len), 0, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        int run = off; // the start of a run of characters that are no surrogate, written at once
        for (int i = off; i < off + len; i++) {
            if (Character.isSurrogate(str.charAt(i))) {
                out.write(str, run, i - run);
                write(str.charAt(i));
                run = i + 1;
            } else if (pending != 0) {
                write(str.charAt(i)); // ends the lone high surrogate before it
                run = i + 1;
            }
        }
        out.write(str, run, off + len - run);
    }

    private void escape(char c) throws IOException {
        out.write(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
    }

    /** A high surrogate left at the end is lone: printed escaped before the flush. */
    @Override
    public void flush() throws IOException {
        if (pending != 0) {
            char high = pending;
            pending = 0;
            escape(high);
        }
        super.flush();
    }
}
