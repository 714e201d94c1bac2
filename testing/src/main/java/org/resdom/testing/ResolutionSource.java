package org.resdom.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Runs a test once per resolution file in a folder, each run named after its file:
 *
 * <pre>{@code
 * @ResolutionSource("texts/")
 * void everyTextHasAnOperativePart(Resolution resolution) {
 *     assertThat(resolution).hasOperativeSections(1);
 * }
 * }</pre>
 *
 * <p>The folder is looked up on the test class path first, then as a path relative to the working directory;
 * it is walked for {@code .txt}, {@code .json}, {@code .xml}, {@code .akn.xml} and {@code .akn} files, in name
 * order, hidden files skipped. The test method takes one parameter: a {@link org.resdom.model.Resolution}, or a
 * {@link ResolutionFile} for the file's name, text, resolution and reader diagnostics. Reading needs
 * {@code resdom-io} on the test class path (the format is detected as {@code resdom convert} does). A folder
 * without any such file fails the test rather than passing silently. A file that cannot be read, or is not UTF-8,
 * fails its own test with the reason (the invalid byte's line and offset); the other files' tests still run.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ParameterizedTest(name = "{0}")
@ArgumentsSource(ResolutionFiles.class)
@ExtendWith(ResolutionFiles.Failures.class)
public @interface ResolutionSource {

    /** @return the folder, such as {@code texts/} */
    String value();
}
