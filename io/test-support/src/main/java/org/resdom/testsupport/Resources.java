package org.resdom.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Test data read from the class path. */
public final class Resources {

    private Resources() {}

    /**
     * @param name a class-path resource ({@code /fixtures/res71-en.txt})
     * @return its text, decoded as UTF-8
     * @throws IOException when it cannot be read
     * @throws IllegalStateException when there is no such resource
     */
    public static String text(String name) throws IOException {
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + name + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
