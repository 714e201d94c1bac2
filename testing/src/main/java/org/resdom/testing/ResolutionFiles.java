package org.resdom.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.model.Resolution;

/** The arguments of {@link ResolutionSource}: one per file, named after it. */
final class ResolutionFiles implements ArgumentsProvider, AnnotationConsumer<ResolutionSource> {

    private static final List<String> EXTENSIONS = List.of(".akn.xml", ".akn", ".json", ".xml", ".txt");

    private String folder;

    @Override
    public void accept(ResolutionSource source) {
        this.folder = source.value();
    }

    @Override
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) throws Exception {
        Path root = locate(context.getRequiredTestClass(), folder);
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile).filter(p -> !hidden(root.relativize(p)))
                    .filter(p -> known(p.getFileName().toString())).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("@ResolutionSource(\"" + folder + "\"): no resolution file in " + root);
        }
        Class<?>[] params = context.getRequiredTestMethod().getParameterTypes();
        boolean wantsFile = params.length > 0 && params[0] == ResolutionFile.class;
        Reader reader = new Reader();
        return files.stream().map(p -> {
            String name = root.relativize(p).toString().replace('\\', '/');
            ResolutionFile f = reader.read(name, p);
            return Arguments.of(Named.of(name, wantsFile ? f : f.resolution()));
        });
    }

    static Path locate(Class<?> testClass, String folder) throws URISyntaxException {
        String resource = folder.startsWith("/") ? folder : "/" + folder;
        URL url = testClass.getResource(resource);
        if (url != null && "file".equals(url.getProtocol())) {
            return Path.of(url.toURI());
        }
        Path p = Path.of(folder);
        if (Files.isDirectory(p)) {
            return p;
        }
        throw new IllegalStateException("@ResolutionSource(\"" + folder
                + "\"): no such folder on the class path or in the working directory");
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean known(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(n::endsWith);
    }

    /** Reads through resdom-io's public API, found on the class path (this module depends on core only). */
    static final class Reader {
        private final Method detect;
        private final Method reader;
        private final Method formatName;
        private final Method read;
        private final Method resolution;
        private final Method diagnostics;

        Reader() {
            try {
                Class<?> formats = Class.forName("org.resdom.io.Formats");
                Class<?> format = Class.forName("org.resdom.io.FormatProvider");
                Class<?> resolutionReader = Class.forName("org.resdom.io.ResolutionReader");
                Class<?> result = Class.forName("org.resdom.io.ReadResult");
                detect = formats.getMethod("detect", Path.class, String.class);
                reader = formats.getMethod("reader", String.class);
                formatName = format.getMethod("name");
                read = resolutionReader.getMethod("read", String.class);
                resolution = result.getMethod("resolution");
                diagnostics = result.getMethod("diagnostics");
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("@ResolutionSource needs resdom-io on the test class path", e);
            }
        }

        ResolutionFile read(String name, Path file) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Object format = detect.invoke(null, file, text);
                Object result = read.invoke(reader.invoke(null, formatName.invoke(format)), text);
                @SuppressWarnings("unchecked")
                List<Diagnostic> ds = (List<Diagnostic>) diagnostics.invoke(result);
                return new ResolutionFile(name, file, text, (Resolution) resolution.invoke(result), ds);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + file + ": " + e.getCause(), e);
            }
        }
    }
}
