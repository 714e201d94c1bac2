package org.resdom.io.html;

import java.util.List;
import java.util.Set;
import org.resdom.io.FormatProvider;
import org.resdom.io.ResolutionWriter;

/**
 * HTML pages ({@code html}, {@code .html}) as a {@link FormatProvider}: found by
 * {@link java.util.ServiceLoader}, not meant to be called directly. Write-only: the writer is
 * {@link HtmlResolutionWriter} with its default settings; resdom never reads HTML, so it claims
 * no input ({@link #sniff} always answers {@link #NOT_MINE}).
 */
public final class HtmlFormatProvider implements FormatProvider {

    /** For {@link java.util.ServiceLoader}. */
    public HtmlFormatProvider() {}

    @Override
    public String name() {
        return HtmlResolutionWriter.FORMAT;
    }

    @Override
    public Set<String> aliases() {
        return Set.of("htm");
    }

    @Override
    public List<String> extensions() {
        return List.of(".html", ".htm");
    }

    /**
     * HTML is never read: no input is this format's.
     *
     * @param fileName the file name (not looked at)
     * @param head the first characters (not looked at)
     * @return {@link #NOT_MINE}
     */
    @Override
    public int sniff(String fileName, String head) {
        java.util.Objects.requireNonNull(fileName, "fileName must not be null");
        java.util.Objects.requireNonNull(head, "head must not be null");
        return NOT_MINE;
    }

    /** HTML is write-only. */
    @Override
    public boolean canRead() {
        return false;
    }

    /**
     * HTML is write-only.
     *
     * @return never
     * @throws UnsupportedOperationException always
     */
    @Override
    public ReaderBuilder readerBuilder() {
        throw new UnsupportedOperationException("resdom writes html but does not read it");
    }

    @Override
    public ResolutionWriter writer() {
        return HtmlResolutionWriter.create();
    }
}
