package org.resdom.model;

import java.util.Locale;

final class Camel {
    private Camel() {}

    static String of(String constant) {
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char c : constant.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                String s = String.valueOf(c);
                sb.append(upper ? s.toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT));
                upper = false;
            }
        }
        return sb.toString();
    }
}
