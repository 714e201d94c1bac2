package org.resdom.io.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.io.FormatProvider;
import org.resdom.io.Formats;
import org.resdom.io.Positions;
import org.resdom.io.ReadResult;
import org.resdom.model.SourceSpan;

/**
 * The resolutions under a file or folder, read lazily as a stream. Folders are walked in name order for the
 * files resdom reads ({@code .txt}, {@code .json}, {@code .xml}, {@code .akn.xml}, {@code .akn}), skipping hidden
 * files and folders. Immutable: the {@code with} methods return a new corpus.
 *
 * <p>Each element of {@link #stream()} is read only when the stream reaches it; with {@link #parallel(boolean)}
 * the files are read on the common fork-join pool. A file that cannot be read becomes a {@link CorpusDocument}
 * without a resolution and with an error diagnostic ({@value #UNREADABLE}); a reader that fails unexpectedly is
 * reported the same way ({@value #READER_FAILED}). Neither stops the stream.
 */
public final class Corpus {

    /** Diagnostic code: the file could not be read (missing, too large, not UTF-8, I/O error, no format reads it). */
    public static final String UNREADABLE = "CORPUS-UNREADABLE";
    /** Diagnostic code: the reader failed on this file. */
    public static final String READER_FAILED = "CORPUS-READER-FAILED";
    /** The default limit on one file's size, in bytes. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private static final List<String> EXTENSIONS = List.of(".akn.xml", ".akn", ".json", ".xml", ".txt");

    private final Path root;
    private final boolean parallel;
    private final Optional<String> format;
    private final Positions positions;
    private final long maxBytes;

    private Corpus(Path root, boolean parallel, Optional<String> format, Positions positions, long maxBytes) {
        this.root = root;
        this.parallel = parallel;
        this.format = format;
        this.positions = positions;
        this.maxBytes = maxBytes;
    }

    /**
     * @param path a file or a folder
     * @return the corpus of that file or of the files under that folder; sequential, formats detected
     */
    public static Corpus of(Path path) {
        return new Corpus(
                Objects.requireNonNull(path, "path must not be null"),
                false,
                Optional.empty(),
                Positions.DOCUMENT,
                DEFAULT_MAX_BYTES);
    }

    /**
     * @param value whether to read the files in parallel
     * @return a corpus reading in parallel or not
     */
    public Corpus parallel(boolean value) {
        return new Corpus(root, value, format, positions, maxBytes);
    }

    /**
     * @param value the name of the format of every file (instead of detecting it from the name and
     *        content), such as {@code json}
     * @return a corpus reading every file as that format
     */
    public Corpus format(String value) {
        Formats.get(Objects.requireNonNull(value, "value must not be null"));
        return new Corpus(root, parallel, Optional.of(value), positions, maxBytes);
    }

    /**
     * @param value which positions the readers give
     * @return a corpus whose readers give those positions
     */
    public Corpus positions(Positions value) {
        return new Corpus(root, parallel, format, Objects.requireNonNull(value, "value must not be null"), maxBytes);
    }

    /**
     * @param value the largest file read, in bytes
     * @return a corpus with that limit
     */
    public Corpus maxBytes(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("maxBytes < 0");
        }
        return new Corpus(root, parallel, format, positions, value);
    }

    /** @return the file or folder this corpus reads */
    public Path root() {
        return root;
    }

    /**
     * @return the files of this corpus, in name order, without reading them
     * @throws UncheckedIOException if the folder cannot be listed
     */
    public List<Path> files() {
        if (!Files.isDirectory(root)) {
            return List.of(root);
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> !hidden(root.relativize(p)))
                    .filter(Files::isRegularFile)
                    .filter(p -> known(p.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return the documents, read lazily (in parallel when asked), in name order when sequential
     * @throws UncheckedIOException if the folder cannot be listed
     */
    public Stream<CorpusDocument> stream() {
        Stream<Path> files = files().stream();
        return (parallel ? files.parallel() : files).map(this::read);
    }

    /**
     * Reads one file the way this corpus reads its files.
     *
     * @param file the file
     * @return the document, never throwing for a bad file
     */
    public CorpusDocument read(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        String name = Files.isDirectory(root) ? root.relativize(file).toString() : String.valueOf(file.getFileName());
        String text;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return unreadable(
                        file,
                        name,
                        String.format(Locale.ROOT, "too large (%d bytes; the limit is %d)", size, maxBytes));
            }
            text = decode(Files.readAllBytes(file));
        } catch (CharacterCodingException e) {
            return unreadable(file, name, "not UTF-8 text");
        } catch (IOException | UncheckedIOException e) {
            return unreadable(file, name, "cannot read: " + e);
        }
        return read(file, name, text);
    }

    /**
     * Reads one document from text already in memory (such as standard input).
     *
     * @param file the name to report it under
     * @param name its relative name
     * @param text the content
     * @return the document
     */
    public CorpusDocument read(Path file, String name, String text) {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(text, "text must not be null");
        Optional<String> detected = format.or(() -> Formats.detect(file, text).map(FormatProvider::name));
        if (detected.isEmpty()) {
            return unreadable(
                    file, name, "no format found reads it (found: " + String.join(", ", Formats.names()) + ")");
        }
        String f = detected.get();
        try {
            FormatProvider.ReaderBuilder b = Formats.get(f).readerBuilder();
            b.positions(b.supportedPositions().contains(positions) ? positions : Positions.DOCUMENT);
            ReadResult r = b.build().read(text);
            return new CorpusDocument(file, name, Optional.of(f), Optional.of(r.resolution()), r.diagnostics());
        } catch (RuntimeException | StackOverflowError e) {
            return new CorpusDocument(
                    file,
                    name,
                    Optional.of(f),
                    Optional.empty(),
                    List.of(new Diagnostic(
                            READER_FAILED,
                            Severity.ERROR,
                            "the " + f + " reader failed: " + e,
                            Optional.empty(),
                            Optional.of(SourceSpan.at(1, 1)))));
        }
    }

    private static CorpusDocument unreadable(Path file, String name, String why) {
        return new CorpusDocument(
                file,
                name,
                Optional.empty(),
                Optional.empty(),
                List.of(new Diagnostic(
                        UNREADABLE, Severity.ERROR, why, Optional.empty(), Optional.of(SourceSpan.at(1, 1)))));
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        CharBuffer out = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes));
        return out.toString();
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
}
