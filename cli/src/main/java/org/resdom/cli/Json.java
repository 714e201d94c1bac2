package org.resdom.cli;

import java.util.Optional;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The JSON the commands print (Jackson 3). */
final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Puts a string, or null when empty. */
    static void put(ObjectNode node, String key, Optional<String> value) {
        if (value.isPresent()) {
            node.put(key, value.get());
        } else {
            node.putNull(key);
        }
    }

    /** Puts a positive number, or null when 0 or less (unknown). */
    static void putPositive(ObjectNode node, String key, int value) {
        if (value > 0) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }

    static String write(Object value) {
        return loneSurrogatesEscaped(MAPPER.writeValueAsString(value));
    }

    /** The value as indented JSON. */
    static String pretty(Object value) {
        return loneSurrogatesEscaped(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value));
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /**
     * The JSON with each lone UTF-16 surrogate (half of a pair without its other half) written as
     * a JSON escape (backslash, u, four hexadecimal digits): UTF-8 cannot carry a lone surrogate,
     * and the encoder of standard output would write {@code ?} instead. Jackson writes such a
     * character only inside a string, where the escape means the same character.
     */
    static String loneSurrogatesEscaped(String json) {
        StringBuilder sb = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (!Character.isSurrogate(c)) {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1))) {
                if (sb != null) {
                    sb.append(c).append(json.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(json.length() + 16).append(json, 0, i);
            }
            sb.append("\\u")
                    .append(HEX[c >> 12])
                    .append(HEX[(c >> 8) & 0xF])
                    .append(HEX[(c >> 4) & 0xF])
                    .append(HEX[c & 0xF]);
        }
        return sb == null ? json : sb.toString();
    }
}
