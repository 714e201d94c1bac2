package org.resdom.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.resdom.io.Formats;
import org.resdom.io.ResolutionWriter;
import org.resdom.model.Resolution;

/**
 * Converts the bundled sample to JSON, resdom XML and Akoma Ntoso 3.0 (and back to text).
 *
 * <p>With a folder as argument it writes {@code res71.json}, {@code res71.xml},
 * {@code res71.akn.xml} and {@code res71.txt} there; without one it prints the size of each:
 * <pre>
 * mvn -q -pl examples exec:java -Dexec.mainClass=org.resdom.examples.ConvertFormats -Dexec.args=target/converted
 * </pre>
 */
public final class ConvertFormats {

    /** The names of the formats written, in this order. */
    public static final List<String> TARGETS = List.of("json", "xml", "akn", "text");

    private ConvertFormats() {}

    /**
     * Writes a resolution in every target format, to strings.
     *
     * @param resolution the document
     * @return each format's output
     */
    public static Map<String, String> convert(Resolution resolution) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String format : TARGETS) {
            // Formats.writer gives each format's writer with default settings; to configure one,
            // use its builder instead, such as JsonResolutionWriter.builder()….build().
            ResolutionWriter writer = Formats.writer(format);
            out.put(format, writer.write(resolution));
        }
        return out;
    }

    /**
     * Writes a resolution in every target format into a folder, as UTF-8 files named
     * {@code baseName} plus the format's extension.
     *
     * @param resolution the document
     * @param folder the folder, created if needed
     * @param baseName the file name without extension, such as {@code res71}
     * @return each format's file
     * @throws IOException if a file cannot be written
     */
    public static Map<String, Path> writeAll(Resolution resolution, Path folder, String baseName) throws IOException {
        Files.createDirectories(folder);
        Map<String, Path> files = new LinkedHashMap<>();
        for (String format : TARGETS) {
            Path file = folder.resolve(baseName + Formats.get(format).extension());
            // Writers write to a Path (UTF-8), a Writer (flushed, not closed) or an OutputStream.
            Formats.writer(format).write(resolution, file);
            files.put(format, file);
        }
        return files;
    }

    /**
     * Converts the sample; writes files when given a folder, prints sizes otherwise.
     *
     * @param args an optional output folder
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Resolution resolution = Sample.read().resolution();
        System.out.printf("%-5s %9d chars (input)%n", "input", Sample.text().length());
        if (args.length > 0) {
            for (Map.Entry<String, Path> e :
                    writeAll(resolution, Path.of(args[0]), "res71").entrySet()) {
                System.out.printf("%-5s %9d bytes %s%n", e.getKey(), Files.size(e.getValue()), e.getValue());
            }
        } else {
            convert(resolution).forEach((format, text) -> System.out.printf("%-5s %9d chars%n", format, text.length()));
        }
    }
}
