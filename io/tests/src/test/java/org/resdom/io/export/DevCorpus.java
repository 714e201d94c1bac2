package org.resdom.io.export;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The development corpus on the test class path. */
final class DevCorpus {

    private DevCorpus() {}

    static Path root() {
        return path("/corpus/dev");
    }

    static Path hrc54() {
        return path("/corpus/dev/un-hrc-54");
    }

    private static Path path(String resource) {
        URL url = DevCorpus.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("missing " + resource);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
