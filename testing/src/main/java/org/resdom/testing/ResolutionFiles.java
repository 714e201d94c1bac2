package org.resdom.testing;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.model.Identity;
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
            files = s.filter(Files::isRegularFile)
                    .filter(p -> !hidden(root.relativize(p)))
                    .filter(p -> known(p.getFileName().toString()))
                    .sorted()
                    .toList();
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("@ResolutionSource(\"" + folder + "\"): no resolution file in " + root);
        }
        Class<?>[] params = context.getRequiredTestMethod().getParameterTypes();
        boolean wantsFile = params.length > 0 && params[0] == ResolutionFile.class;
        Reader reader = new Reader();
        Map<Object, String> failures = failures(context);
        return files.stream().map(p -> {
            String name = root.relativize(p).toString().replace('\\', '/');
            Object argument;
            try {
                ResolutionFile f = reader.read(name, p);
                argument = wantsFile ? f : f.resolution();
            } catch (Unreadable e) {
                // this file's test fails with the reason (Failures); the other files' tests still run
                ResolutionFile f = new ResolutionFile(
                        name, p, "", Resolution.builder(Identity.unknown()).build(), List.of());
                argument = wantsFile ? f : f.resolution();
                failures.put(argument, "@ResolutionSource(\"" + folder + "\"): " + name + ": " + e.getMessage());
            }
            return Arguments.of(Named.of(name, argument));
        });
    }

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ResolutionFiles.class);

    /** The arguments that stand for files that could not be read, by identity, with the reason. */
    @SuppressWarnings("unchecked")
    private static Map<Object, String> failures(ExtensionContext context) {
        return context.getStore(NAMESPACE)
                .getOrComputeIfAbsent("failures", k -> Collections.synchronizedMap(new IdentityHashMap<>()), Map.class);
    }

    /** A file that could not be read or decoded; the message says why, for a person. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Fails the test of a file that could not be read, with the reason, instead of running it. */
    static final class Failures implements InvocationInterceptor {
        @Override
        public void interceptTestTemplateMethod(
                Invocation<Void> invocation,
                ReflectiveInvocationContext<Method> invocationContext,
                ExtensionContext extensionContext)
                throws Throwable {
            @SuppressWarnings("unchecked")
            Map<Object, String> failures = extensionContext.getStore(NAMESPACE).get("failures", Map.class);
            if (failures != null) {
                for (Object argument : invocationContext.getArguments()) {
                    String reason = failures.get(argument);
                    if (reason != null) {
                        invocation.skip();
                        throw new AssertionError(reason);
                    }
                }
            }
            invocation.proceed();
        }
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
        throw new IllegalStateException(
                "@ResolutionSource(\"" + folder + "\"): no such folder on the class path or in the working directory");
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

        ResolutionFile read(String name, Path file) throws Unreadable {
            String text = decode(file);
            try {
                Optional<?> detected = (Optional<?>) detect.invoke(null, file, text);
                if (detected.isEmpty()) {
                    throw new Unreadable("no format found on the class path reads it", null);
                }
                Object format = detected.get();
                Object result = read.invoke(reader.invoke(null, formatName.invoke(format)), text);
                @SuppressWarnings("unchecked")
                List<Diagnostic> ds = (List<Diagnostic>) diagnostics.invoke(result);
                return new ResolutionFile(name, file, text, (Resolution) resolution.invoke(result), ds);
            } catch (ReflectiveOperationException e) {
                throw new Unreadable("the reader failed: " + (e.getCause() != null ? e.getCause() : e), e);
            }
        }

        /** The file as strict UTF-8 (a byte order mark kept for the reader), or why it is not. */
        static String decode(Path file) throws Unreadable {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException | OutOfMemoryError e) {
                throw new Unreadable("cannot read: " + e, e);
            }
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CharBuffer out = CharBuffer.allocate(bytes.length);
            CoderResult r = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in, out, true);
            if (r.isError()) {
                int at = in.position();
                int line = 1;
                for (int i = 0; i < at; i++) {
                    if (bytes[i] == '\n') {
                        line++;
                    }
                }
                throw new Unreadable(
                        String.format(
                                Locale.ROOT,
                                "not UTF-8 text: invalid byte 0x%02X on line %d" + " (byte offset %d)",
                                bytes[at] & 0xFF,
                                line,
                                at),
                        null);
            }
            return out.flip().toString();
        }
    }
}
