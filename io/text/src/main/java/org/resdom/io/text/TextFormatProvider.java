package org.resdom.io.text;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.resdom.io.FormatProvider;
import org.resdom.io.Positions;
import org.resdom.io.ResolutionWriter;

/**
 * The plain text format ({@code text}, {@code .txt}) as a {@link FormatProvider}: found by
 * {@link java.util.ServiceLoader}, not meant to be called directly. Text takes any input no
 * other format claims. Its reader gives positions in the file read, which for a text file are
 * also where each part first came from, so it honours both {@link Positions}.
 */
public final class TextFormatProvider implements FormatProvider {

    /** For {@link java.util.ServiceLoader}. */
    public TextFormatProvider() {}

    @Override
    public String name() {
        return "text";
    }

    @Override
    public Set<String> aliases() {
        return Set.of("txt");
    }

    @Override
    public List<String> extensions() {
        return List.of(".txt");
    }

    @Override
    public int sniff(String fileName, String head) {
        java.util.Objects.requireNonNull(fileName, "fileName must not be null");
        java.util.Objects.requireNonNull(head, "head must not be null");
        return fileName.endsWith(".txt") ? BY_NAME : FALLBACK;
    }

    @Override
    public ReaderBuilder readerBuilder() {
        // a text file is its own source: both positions are where each part stands in it
        return ReaderBuilder.of(
                name(),
                EnumSet.allOf(Positions.class),
                (limits, positions) ->
                        TextResolutionReader.builder().limits(limits).build());
    }

    @Override
    public ResolutionWriter writer() {
        return TextResolutionWriter.create();
    }
}
