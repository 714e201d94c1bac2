package org.resdom.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Whether two builds of resdom read a corpus alike: every {@code .xml} file through the Akoma
 * Ntoso reader and every {@code .txt} file through the text reader of each build, the
 * resolution written as JSON (with every citation's kind, key, text and span) and the
 * diagnostics compared. A speed change must leave the output as it was; this is how a
 * branch shows it against the jar it started from.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.resdom.benchmarks.SameOutput old.jar new.jar ../shared/corpus/dev
 * </pre>
 *
 * <p>Each jar is loaded in a class loader of its own. The exit status is 1 when a file differs.
 */
public final class SameOutput {

    private SameOutput() {}

    /** One build: its readers and JSON writer, called by reflection. */
    private static final class Build {
        private final Object akn;
        private final Method readAkn;
        private final Object text;
        private final Method readText;
        private final Object writer;
        private final Method write;
        private final Method resolution;
        private final Method diagnostics;

        Build(Path jar) throws Exception {
            ClassLoader cl = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> a = cl.loadClass("org.resdom.io.akn.AknResolutionReader");
            akn = a.getMethod("create").invoke(null);
            readAkn = a.getMethod("read", InputStream.class);
            Class<?> t = cl.loadClass("org.resdom.io.text.TextResolutionReader");
            text = t.getMethod("create").invoke(null);
            readText = t.getMethod("read", String.class);
            Class<?> w = cl.loadClass("org.resdom.io.json.JsonResolutionWriter");
            writer = w.getMethod("create").invoke(null);
            write = w.getMethod("write", cl.loadClass("org.resdom.model.Resolution"), Writer.class);
            Class<?> r = cl.loadClass("org.resdom.io.ReadResult");
            resolution = r.getMethod("resolution");
            diagnostics = r.getMethod("diagnostics");
        }

        String output(Path file, byte[] bytes) throws Exception {
            Object result = file.toString().endsWith(".xml")
                    ? readAkn.invoke(akn, new ByteArrayInputStream(bytes))
                    : readText.invoke(text, new String(bytes, StandardCharsets.UTF_8));
            StringWriter out = new StringWriter();
            write.invoke(writer, resolution.invoke(result), out);
            return out + "\n" + diagnostics.invoke(result);
        }
    }

    /**
     * @param args the old jar, the new jar, the corpus folder
     * @throws Exception if a file cannot be read or a jar lacks the readers
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: SameOutput old.jar new.jar corpus-folder");
            System.exit(2);
        }
        Build old = new Build(Path.of(args[0]));
        Build now = new Build(Path.of(args[1]));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[2]))) {
            files = walk.filter(
                            p -> p.toString().endsWith(".xml") || p.toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        }
        int differing = 0;
        long citations = 0;
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            String x = old.output(f, bytes);
            String y = now.output(f, bytes);
            for (int at = x.indexOf("Citation\""); at >= 0; at = x.indexOf("Citation\"", at + 1)) {
                citations++;
            }
            if (!x.equals(y)) {
                differing++;
                int k = 0;
                while (k < Math.min(x.length(), y.length()) && x.charAt(k) == y.charAt(k)) {
                    k++;
                }
                System.out.println("DIFF " + f);
                System.out.println("  old: " + around(x, k));
                System.out.println("  new: " + around(y, k));
            }
        }
        System.out.println(
                files.size() + " files, " + citations + " citations in the old output, differing: " + differing);
        System.exit(differing == 0 ? 0 : 1);
    }

    private static String around(String s, int k) {
        return s.substring(Math.max(0, k - 300), Math.min(s.length(), k + 200)).replace('\n', ' ');
    }
}
