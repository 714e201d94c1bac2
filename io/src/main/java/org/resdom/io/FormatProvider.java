package org.resdom.io;

import java.util.List;
import java.util.Set;

/**
 * A format resdom can read or write, found with {@link java.util.ServiceLoader}: resdom's own
 * formats (text, JSON, resdom XML, Akoma Ntoso, HTML, PDF, DOCX) and any format a jar on the class path or module path
 * provides. {@link Formats} knows formats only through this interface.
 *
 * <p>To add a format, implement this interface (public, with a public no-argument constructor)
 * and declare it: {@code provides org.resdom.io.FormatProvider with com.example.MyFormat;} in
 * a {@code module-info.java}, and the class name in
 * {@code META-INF/services/org.resdom.io.FormatProvider} for the class path. The command line
 * then takes it in {@code --from} and {@code --to}.
 *
 * <pre>{@code
 * public final class ToyFormatProvider implements FormatProvider {
 *     public String name() { return "toy"; }
 *     public List<String> extensions() { return List.of(".toy"); }
 *     public int sniff(String fileName, String head) {
 *         return fileName.endsWith(".toy") ? BY_NAME : head.startsWith("toy ") ? BY_CONTENT : NOT_MINE;
 *     }
 *     public ReaderBuilder readerBuilder() {
 *         return ReaderBuilder.of(name(), Set.of(Positions.DOCUMENT), (limits, positions) -> new ToyReader(limits));
 *     }
 *     public ResolutionWriter writer() { return new ToyWriter(); }
 * }
 * }</pre>
 *
 * <p>{@link ReaderBuilder#of} is how every format, resdom's own included, gives its reader
 * builder: it takes the options, refuses the positions the format cannot give, and hands the
 * format's factory the options to build its reader with.
 *
 * <p>A format with source hints or diagnostic codes of its own declares them in a second service,
 * an {@link org.resdom.spi.Vocabulary} whose owner is the format's name: core then takes its hint
 * keys ({@code toy.newline}) and finds its codes ({@code TOY-HEADER}).
 */
public interface FormatProvider {

    /** {@link #sniff}: not this format. */
    int NOT_MINE = 0;
    /** {@link #sniff}: could be this format, for want of a better one (plain text takes anything). */
    int FALLBACK = 1;
    /** {@link #sniff}: the first characters look like this format. */
    int BY_CONTENT = 50;
    /** {@link #sniff}: the content is this format's beyond doubt (its root element, a signature). */
    int BY_SIGNATURE = 75;
    /** {@link #sniff}: the file name has this format's own extension. */
    int BY_NAME = 100;

    /**
     * @return the name used to pick the format ({@code Formats.get("json")}, the command
     *         line's {@code --to json}): lower case letters, digits and hyphens, unique among
     *         the formats found
     */
    String name();

    /** @return other names accepted for this format (as {@code txt} for {@code text}); none by default */
    default Set<String> aliases() {
        return Set.of();
    }

    /**
     * @return the file extensions of this format, with their dot, the one written first
     *         ({@code .akn.xml}); a folder walk picks files with any of them
     */
    List<String> extensions();

    /** @return the extension written: the first of {@link #extensions()} */
    default String extension() {
        return extensions().get(0);
    }

    /**
     * Says how sure this format is that a file is written in it. {@link Formats#detect} asks
     * every format and takes the highest answer (ties go to the name that sorts first).
     *
     * @param fileName the file's name in lower case ({@code Locale.ROOT}), or {@code ""} when
     *        there is no file
     * @param head the first characters of the input (a few kilobytes), without a byte order mark
     * @return {@link #NOT_MINE}, {@link #FALLBACK}, {@link #BY_CONTENT}, {@link #BY_SIGNATURE},
     *         {@link #BY_NAME}, or a value in between
     */
    int sniff(String fileName, String head);

    /**
     * Whether resdom can read this format: {@code false} for a write-only format (HTML), whose
     * {@link #readerBuilder()} throws. Ask this rather than catching the exception.
     *
     * @return {@code true} unless the format says otherwise
     */
    default boolean canRead() {
        return true;
    }

    /**
     * Whether resdom can write this format: {@code false} for a read-only format (PDF, DOCX),
     * whose {@link #writer()} throws. Ask this rather than catching the exception.
     *
     * @return {@code true} unless the format says otherwise
     */
    default boolean canWrite() {
        return true;
    }

    /**
     * @return a builder of this format's reader, which refuses the options the format cannot
     *         honour instead of ignoring them
     * @throws UnsupportedOperationException if the format cannot be read ({@link #canRead()} is
     *         {@code false})
     */
    ReaderBuilder readerBuilder();

    /**
     * @return this format's writer, with default settings
     * @throws UnsupportedOperationException if the format cannot be written ({@link #canWrite()}
     *         is {@code false})
     */
    ResolutionWriter writer();

    /**
     * Whether the format is binary (PDF, for example): its reader reads bytes
     * ({@link ResolutionReader#read(java.io.InputStream)}, {@link ResolutionReader#read(java.nio.file.Path)}),
     * not characters, and {@link #sniff} sees the first bytes as ISO-8859-1 characters.
     *
     * @return {@code false} unless the format says otherwise
     */
    default boolean binary() {
        return false;
    }

    /**
     * Configures a reader with the options every format is asked for. An option the format cannot
     * honour throws {@link UnsupportedOperationException} naming the format and the option; it is
     * never silently ignored. Format-specific options stay on each reader's own builder (for
     * example {@code TextResolutionReader.builder().language(...)}).
     */
    interface ReaderBuilder {
        /**
         * @param limits the limits to enforce
         * @return this builder
         */
        ReaderBuilder limits(ReadLimits limits);

        /**
         * @param positions which positions the nodes get (see {@link Positions})
         * @return this builder
         * @throws UnsupportedOperationException if the format cannot give them
         */
        ReaderBuilder positions(Positions positions);

        /** @return the positions this format's reader can give */
        Set<Positions> supportedPositions();

        /** @return the reader */
        ResolutionReader build();

        /**
         * The reader builder of a format: what every {@link FormatProvider#readerBuilder()}
         * returns, resdom's own formats' too. It refuses {@link #positions} the format cannot
         * give with an {@link UnsupportedOperationException} naming the format, and
         * {@link #build()} calls the factory with the limits and positions set, or their
         * defaults ({@link ReadLimits#defaults()}; {@link Positions#STORED} when the format
         * gives it, else the first of {@code supported}).
         *
         * @param format the format's name, for messages
         * @param supported the positions its reader can give, at least one
         * @param factory builds the reader from the options
         * @return a new builder
         * @throws NullPointerException if an argument is null (the message names it)
         * @throws IllegalArgumentException if {@code supported} is empty
         */
        static ReaderBuilder of(String format, Set<Positions> supported, ReaderFactory factory) {
            return new OptionReaderBuilder(format, supported, factory);
        }
    }

    /** Builds a format's reader from the options a {@link ReaderBuilder#of} builder collected. */
    @FunctionalInterface
    interface ReaderFactory {
        /**
         * @param limits the limits to enforce, never null
         * @param positions the positions the nodes get, never null, one the format gives
         * @return the reader
         */
        ResolutionReader build(ReadLimits limits, Positions positions);
    }
}
