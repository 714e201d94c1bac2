package org.resdom.cli;

import java.util.Optional;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The JSON the commands print (Jackson 3). */
final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

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
        return MAPPER.writeValueAsString(value);
    }
}
