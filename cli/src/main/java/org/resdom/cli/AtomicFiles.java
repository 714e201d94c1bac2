package org.resdom.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.resdom.io.Utf8Output;

/**
 * Writes a file so that readers never see half of it: the content goes to a hidden temporary
 * file in the same folder, is forced to disk, then moved over the target in one step
 * ({@code ATOMIC_MOVE}, or {@code REPLACE_EXISTING} where the file system cannot move
 * atomically). On failure the temporary file is deleted and the target is untouched; temporary
 * files still open when the program is stopped are deleted by a shutdown hook, which also stops
 * any later file from being created or moved into place (creating and registering a temporary
 * file is one step under a lock, so none escapes the hook). The content is strict UTF-8
 * ({@link Utf8Output}): a character UTF-8 cannot carry fails the write instead of becoming
 * {@code ?}. A target that exists and is neither a regular file nor a folder (a device, a named
 * pipe) is written into directly and kept as it is.
 */
final class AtomicFiles {
    /** Temporary files start with this prefix. */
    static final String TEMP_PREFIX = ".resdom-";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    private static volatile boolean hooked;
    /** Guards creating, moving and deleting temporary files against the shutdown hook. */
    private static final Object LOCK = new Object();

    private static boolean stopping;

    private AtomicFiles() {}

    /** Writes the content of a file. */
    @FunctionalInterface
    interface Body {
        /**
         * @param out the temporary file, in UTF-8
         * @throws IOException if writing fails
         */
        void write(Writer out) throws IOException;
    }

    /**
     * The start of a file name, at most 40 code points, so that the temporary name stays within
     * the 255 bytes file systems allow even when the target's own name is near that limit.
     */
    private static String shortened(String name) {
        int n = name.codePointCount(0, name.length());
        return n <= 40 ? name : name.substring(0, name.offsetByCodePoints(0, 40));
    }

    /**
     * Writes a UTF-8 file atomically, creating its folder if needed.
     *
     * @param target the file
     * @param body writes the content
     * @throws IOException if the file cannot be written; the target is then unchanged
     */
    static void write(Path target, Body body) throws IOException {
        Path abs = target.toAbsolutePath();
        if (Files.exists(abs) && !Files.isRegularFile(abs) && !Files.isDirectory(abs)) {
            // a device or a pipe (or a link to one): moving a file over it would replace it, so write into it
            writeInPlace(abs, body);
            return;
        }
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve(TEMP_PREFIX + shortened(abs.getFileName().toString()) + "."
                + Long.toUnsignedString(RANDOM.nextLong(), 36).toLowerCase(Locale.ROOT) + ".tmp");
        hook();
        boolean moved = false;
        try {
            FileChannel ch;
            synchronized (LOCK) {
                // created and registered in one step, so the shutdown hook either sees it or runs before it exists
                refuseWhenStopping();
                PENDING.add(tmp);
                ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
            try (ch) {
                Utf8Output w = Utf8Output.to(new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16));
                body.write(w);
                w.finish();
                ch.force(true);
            }
            synchronized (LOCK) {
                // the hook deletes what is pending, then nothing more moves into place
                refuseWhenStopping();
                try {
                    Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
                }
                moved = true;
                PENDING.remove(tmp);
            }
        } finally {
            if (!moved) {
                synchronized (LOCK) {
                    try {
                        Files.deleteIfExists(tmp);
                    } catch (IOException e) {
                        // the original failure matters more; the temporary file is hidden
                    }
                    PENDING.remove(tmp);
                }
            }
        }
    }

    /**
     * Writes straight into an existing target that is neither a regular file nor a folder (a
     * device such as {@code /dev/null}, a named pipe, or a link to one): such a target is kept,
     * never replaced by a regular file; the write is then not atomic, which has no meaning there.
     */
    private static void writeInPlace(Path target, Body body) throws IOException {
        try (var out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
            Utf8Output w = Utf8Output.to(new BufferedOutputStream(out, 1 << 16));
            body.write(w);
            w.finish();
        }
    }

    private static void refuseWhenStopping() throws IOException {
        if (stopping) {
            throw new IOException("the program is stopping");
        }
    }

    /** Deletes every pending temporary file and lets no new one be created or moved into place. */
    static void cleanUp() {
        synchronized (LOCK) {
            stopping = true;
            for (Path p : PENDING) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // nothing more can be done while the JVM stops
                }
            }
            PENDING.clear();
        }
    }

    private static void hook() {
        if (!hooked) {
            synchronized (AtomicFiles.class) {
                if (!hooked) {
                    Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::cleanUp, "resdom-temp-cleanup"));
                    hooked = true;
                }
            }
        }
    }
}
