package org.resdom.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a file so that readers never see half of it: the content goes to a hidden temporary
 * file in the same folder, is forced to disk, then moved over the target in one step
 * ({@code ATOMIC_MOVE}, or {@code REPLACE_EXISTING} where the file system cannot move
 * atomically). On failure the temporary file is deleted and the target is untouched; temporary
 * files still open when the program is stopped are deleted by a shutdown hook.
 */
final class AtomicFiles {
    /** Temporary files start with this prefix. */
    static final String TEMP_PREFIX = ".resdom-";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    private static volatile boolean hooked;

    private AtomicFiles() {
    }

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
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve(TEMP_PREFIX + shortened(abs.getFileName().toString()) + "."
                + Long.toUnsignedString(RANDOM.nextLong(), 36).toLowerCase(Locale.ROOT) + ".tmp");
        hook();
        PENDING.add(tmp);
        boolean moved = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                Writer w = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(ch),
                        StandardCharsets.UTF_8), 1 << 16);
                body.write(w);
                w.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // the original failure matters more; the temporary file is hidden
                }
            }
            PENDING.remove(tmp);
        }
    }

    private static void hook() {
        if (!hooked) {
            synchronized (AtomicFiles.class) {
                if (!hooked) {
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        for (Path p : PENDING) {
                            try {
                                Files.deleteIfExists(p);
                            } catch (IOException e) {
                                // nothing more can be done while the JVM stops
                            }
                        }
                    }, "resdom-temp-cleanup"));
                    hooked = true;
                }
            }
        }
    }
}
