package org.resdom.io.json;

import java.util.EnumSet;
import java.util.List;
import org.resdom.io.FormatProvider;
import org.resdom.io.Positions;
import org.resdom.io.ResolutionWriter;

/**
 * resdom's JSON format ({@code json}, {@code .json}) as a {@link FormatProvider}: found by
 * {@link java.util.ServiceLoader}, not meant to be called directly. Its reader honours both
 * {@link Positions}.
 */
public final class JsonFormatProvider implements FormatProvider {

    /** For {@link java.util.ServiceLoader}. */
    public JsonFormatProvider() {}

    @Override
    public String name() {
        return "json";
    }

    @Override
    public List<String> extensions() {
        return List.of(".json");
    }

    @Override
    public int sniff(String fileName, String head) {
        java.util.Objects.requireNonNull(fileName, "fileName must not be null");
        java.util.Objects.requireNonNull(head, "head must not be null");
        if (fileName.endsWith(".json")) {
            return BY_NAME;
        }
        return looksLikeObject(head.stripLeading()) ? BY_CONTENT : NOT_MINE;
    }

    /**
     * A JSON object opens with {@code {} and then, after white space, a member's name ({@code "})
     * or its end ({@code }}); text that opens with resdom's mark-up ({@code {+inserted+}},
     * {@code {-deleted-}}, {@code {[bracketed]}}) is not JSON.
     */
    private static boolean looksLikeObject(String s) {
        if (!s.startsWith("{")) {
            return false;
        }
        String rest = s.substring(1).stripLeading();
        return rest.isEmpty() || rest.charAt(0) == '"' || rest.charAt(0) == '}';
    }

    @Override
    public ReaderBuilder readerBuilder() {
        return ReaderBuilder.of(
                name(),
                EnumSet.allOf(Positions.class),
                (limits, positions) -> JsonResolutionReader.builder()
                        .limits(limits)
                        .positions(positions)
                        .build());
    }

    @Override
    public ResolutionWriter writer() {
        return JsonResolutionWriter.create();
    }
}
