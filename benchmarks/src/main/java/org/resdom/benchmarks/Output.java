package org.resdom.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where benchmark results are written: the benchmarks module's {@code target} folder (the build
 * output, never committed), found from the working folder (the project root or the module).
 */
public final class Output {

    private Output() {}

    /**
     * @param name a file name
     * @return the file of that name in {@code benchmarks/target}, its folder created
     */
    public static Path file(String name) {
        Path cwd = Path.of("").toAbsolutePath();
        Path dir = Files.isDirectory(cwd.resolve("benchmarks")) && Files.exists(cwd.resolve("benchmarks/pom.xml"))
                ? cwd.resolve("benchmarks/target")
                : cwd.resolve("target");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir.resolve(name);
    }
}
