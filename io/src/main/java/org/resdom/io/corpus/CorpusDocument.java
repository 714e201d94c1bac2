package org.resdom.io.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.model.Resolution;

/**
 * One document of a {@link Corpus}: the file it came from, the format it was read as, the resolution when the
 * file could be read, and the reader's diagnostics (or the one error that says why it could not be read).
 *
 * @param file the file, as found under the corpus root (or {@code -} for standard input)
 * @param name the file's path relative to the corpus root (its own name when the root is a file)
 * @param format the format it was read as; empty when the file could not be read
 * @param resolution the resolution; empty when the file could not be read
 * @param diagnostics the reader's diagnostics, or the reason the file could not be read
 */
public record CorpusDocument(
        Path file,
        String name,
        Optional<String> format,
        Optional<Resolution> resolution,
        List<Diagnostic> diagnostics) {

    /** Checks for nulls and copies the list. */
    public CorpusDocument {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(format, "format must not be null");
        Objects.requireNonNull(resolution, "resolution must not be null");
        diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics must not be null"));
    }

    /** @return whether the file was read (it may still have error diagnostics) */
    public boolean readable() {
        return resolution.isPresent();
    }

    /** @return whether any diagnostic is an error */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
