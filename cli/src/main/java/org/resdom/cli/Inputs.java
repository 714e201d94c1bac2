package org.resdom.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.resdom.io.Formats;

/** Turns the command line's inputs into files: files as given, folders walked for known extensions. */
final class Inputs {
    /** The extensions looked for in folders: those of every format found that can be read, longest first. */
    static final List<String> EXTENSIONS = Formats.all().stream()
            .filter(org.resdom.io.FormatProvider::canRead)
            .flatMap(f -> f.extensions().stream())
            .map(e -> e.toLowerCase(Locale.ROOT))
            .distinct()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .toList();

    private Inputs() {}

    /**
     * Expands the inputs. Inputs that do not exist, and folders that cannot be walked, are
     * reported to the session (and make the exit code 2).
     *
     * @param args the inputs as given
     * @param session where to report
     * @return the files, in order: each input in turn, a folder's files sorted by path
     */
    static List<InputFile> expand(List<Path> args, Session session) {
        List<InputFile> files = new ArrayList<>();
        for (Path arg : args) {
            if (StandardInput.isArgument(arg)) {
                files.add(StandardInput.FILE);
            } else if (Files.isDirectory(arg)) {
                List<InputFile> found = walk(arg, session);
                if (found.isEmpty()) {
                    session.message(
                            "resdom: " + arg + ": no " + String.join(", ", EXTENSIONS) + " file in this folder");
                }
                files.addAll(found);
            } else if (Files.exists(arg, LinkOption.NOFOLLOW_LINKS) || Files.exists(arg)) {
                Path name = arg.getFileName() == null ? arg : arg.getFileName();
                files.add(new InputFile(arg, arg.toString(), name, false));
            } else {
                session.fail(arg.toString(), "no such file or folder", null);
            }
        }
        return files;
    }

    private static List<InputFile> walk(Path dir, Session session) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !hidden(dir.relativize(p)))
                    .filter(Files::isRegularFile)
                    .filter(p -> known(p.getFileName().toString()))
                    .sorted()
                    .map(p -> new InputFile(p, p.toString(), dir.relativize(p), true))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            session.fail(dir.toString(), "cannot list this folder: " + Session.describe(e), e);
            return List.of();
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the name ends with a known extension (any case) */
    static boolean known(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(n::endsWith);
    }

    /** @return the name without its known extension, if it has one */
    static String baseName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (String ext : EXTENSIONS) {
            if (n.endsWith(ext) && n.length() > ext.length()) {
                return name.substring(0, name.length() - ext.length());
            }
        }
        return name;
    }
}
