package org.resdom.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.model.Resolution;

/**
 * One file given by {@link ResolutionSource}.
 *
 * @param name its path relative to the folder, with {@code /} separators
 * @param path the file
 * @param text its content
 * @param resolution what the reader made of it
 * @param diagnostics the reader's diagnostics
 */
public record ResolutionFile(String name, Path path, String text, Resolution resolution, List<Diagnostic> diagnostics) {

    /** Checks for nulls and copies the list. */
    public ResolutionFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(resolution, "resolution");
        diagnostics = List.copyOf(diagnostics);
    }

    /** @return the reader's diagnostics, for {@code assertThat(file.validation()).hasNoErrors()} */
    public Validation validation() {
        return new Validation(diagnostics);
    }

    @Override
    public String toString() {
        return name;
    }
}
