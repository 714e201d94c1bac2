package org.resdom.io.internal;

import java.io.Writer;

/** A {@link Writer} into a {@link StringBuilder}, without {@link java.io.StringWriter}'s locking. */
public final class StringBuilderWriter extends Writer {

    private final StringBuilder sb;

    /** @param capacity the builder's initial capacity */
    public StringBuilderWriter(int capacity) {
        this.sb = new StringBuilder(capacity);
    }

    @Override
    public void write(int c) {
        sb.append((char) c);
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
        sb.append(cbuf, off, len);
    }

    @Override
    public void write(String str, int off, int len) {
        sb.append(str, off, off + len);
    }

    @Override
    public void write(String str) {
        sb.append(str);
    }

    @Override
    public Writer append(CharSequence csq) {
        sb.append(csq);
        return this;
    }

    @Override
    public Writer append(CharSequence csq, int start, int end) {
        sb.append(csq, start, end);
        return this;
    }

    @Override
    public Writer append(char c) {
        sb.append(c);
        return this;
    }

    @Override
    public void flush() {
        // nothing buffered
    }

    @Override
    public void close() {
        // nothing to release
    }

    /** @return what was written */
    @Override
    public String toString() {
        return sb.toString();
    }
}
