package org.resdom.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The formats found on the class path or module path ({@link FormatProvider}s, through
 * {@link ServiceLoader}), their readers and writers with default settings, and format detection.
 * resdom's own are {@code text}, {@code json}, {@code xml}, {@code akn}, {@code html} (written only),
 * {@code pdf} and {@code docx} (read only), each in its own artifact; a jar that provides
 * another format adds it here with no change to this class.
 *
 * <pre>{@code
 * ReadResult read = Formats.reader("text").read(Path.of("res71.txt"));
 * String akn = Formats.writer("akn").write(read.resolution());
 * Optional<FormatProvider> detected = Formats.detect(path, head);
 * }</pre>
 */
public final class Formats {
    private Formats() {}

    /** The name a format must have: see {@link FormatProvider#name()}. */
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]*");

    /**
     * The formats found, by name and alias, and why the providers left out were left out. Built
     * without throwing: one bad provider (a name taken, a name not in lower case, a class that
     * fails to load or to answer) is left out with its reason, and the others work.
     */
    record Registry(
            List<FormatProvider> all,
            Map<String, FormatProvider> byName,
            List<String> loadProblems,
            Map<String, String> sniffProblems) {

        /** The formats of the class path and module path, found once. */
        static final Registry FOUND = load(ServiceLoader.load(FormatProvider.class, Formats.class.getClassLoader())
                .iterator());

        /**
         * @param providers the providers, as {@link ServiceLoader} iterates them (its errors are
         *        caught: a provider that cannot be loaded is a problem, not a failure)
         * @return the formats, sorted by name
         */
        static Registry load(java.util.Iterator<FormatProvider> providers) {
            List<String> problems = new ArrayList<>();
            List<FormatProvider> found = new ArrayList<>();
            // ServiceLoader recovers from a bad entry on a best-effort basis: bounded, so that it cannot loop
            for (int errors = 0; errors < 100; ) {
                try {
                    if (!providers.hasNext()) {
                        break;
                    }
                    found.add(Objects.requireNonNull(providers.next(), "a null provider"));
                } catch (java.util.ServiceConfigurationError | RuntimeException | LinkageError e) {
                    problems.add("a format provider could not be loaded: " + e);
                    errors++;
                }
            }
            List<Map.Entry<List<String>, FormatProvider>> named = new ArrayList<>();
            for (FormatProvider p : found) {
                try {
                    named.add(Map.entry(keys(p), p));
                } catch (RuntimeException | LinkageError e) {
                    problems.add(p.getClass().getName() + " left out: " + e);
                }
            }
            named.sort(Comparator.comparing((Map.Entry<List<String>, FormatProvider> e) ->
                            e.getKey().get(0))
                    // resdom's own formats keep their names; among others, the first by class name
                    .thenComparing(e -> !e.getValue().getClass().getName().startsWith("org.resdom."))
                    .thenComparing(e -> e.getValue().getClass().getName()));
            List<FormatProvider> all = new ArrayList<>();
            Map<String, FormatProvider> byName = new HashMap<>();
            for (Map.Entry<List<String>, FormatProvider> e : named) {
                FormatProvider p = e.getValue();
                Optional<String> taken =
                        e.getKey().stream().filter(byName::containsKey).findFirst();
                if (taken.isPresent()) {
                    problems.add(p.getClass().getName() + " left out: the name '" + taken.get() + "' is "
                            + byName.get(taken.get()).getClass().getName() + "'s");
                    continue;
                }
                e.getKey().forEach(k -> byName.put(k, p));
                all.add(p);
            }
            problems.forEach(m -> System.getLogger(Formats.class.getName()).log(System.Logger.Level.WARNING, m));
            return new Registry(
                    List.copyOf(all),
                    Map.copyOf(byName),
                    List.copyOf(problems),
                    java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>()));
        }

        /** Why providers were left out when loading, then the sniffs that failed, in the order they failed. */
        List<String> problems() {
            List<String> problems = new ArrayList<>(loadProblems);
            synchronized (sniffProblems) {
                problems.addAll(sniffProblems.values());
            }
            return List.copyOf(problems);
        }

        /**
         * The surest format for an input. A provider whose {@link FormatProvider#sniff} throws (a
         * third-party bug) is taken as not claiming the input; its first failure is logged and kept in
         * {@link #problems()}, and the other formats are asked as usual.
         */
        Optional<FormatProvider> detect(String fileName, String head) {
            String h = head.startsWith("\uFEFF") ? head.substring(1) : head;
            FormatProvider best = null;
            int bestScore = FormatProvider.NOT_MINE;
            for (FormatProvider p : all) {
                int score;
                try {
                    score = p.sniff(fileName, h);
                } catch (RuntimeException | LinkageError e) {
                    String who = p.getClass().getName();
                    String problem = who + " skipped in format detection: its sniff failed: " + e;
                    if (sniffProblems.putIfAbsent(who, problem) == null) {
                        System.getLogger(Formats.class.getName()).log(System.Logger.Level.WARNING, problem);
                    }
                    continue;
                }
                if (score > bestScore) {
                    best = p;
                    bestScore = score;
                }
            }
            return Optional.ofNullable(best);
        }

        /** The name, then the aliases in lower case; refuses a name that breaks the rules. */
        private static List<String> keys(FormatProvider p) {
            String name = p.name();
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("its name " + (name == null ? "is null" : "'" + name + "'")
                        + " is not lower case letters, digits and hyphens");
            }
            List<String> extensions = p.extensions();
            if (extensions == null || extensions.isEmpty()) {
                throw new IllegalArgumentException("the format '" + name + "' has no extension");
            }
            List<String> keys = new ArrayList<>();
            keys.add(name);
            for (String a : p.aliases()) {
                String k = a.toLowerCase(Locale.ROOT);
                if (!keys.contains(k)) {
                    keys.add(k);
                }
            }
            return keys;
        }
    }

    /**
     * Why format providers found on the class path or module path were left out: a name that
     * another format has (resdom's own formats keep theirs; among others, the first by class name
     * keeps it) or that is not lower case letters,
     * digits and hyphens, no extension, a class that could not be loaded or that failed to
     * answer. A format whose {@link FormatProvider#sniff} threw is listed too (once, from its first
     * failure): {@link #detect(Path, String)} skips it and asks the others. Each is also logged
     * ({@link System.Logger}, level {@code WARNING}). The formats found work whatever the others do.
     *
     * @return one line per provider left out; empty when every provider was taken
     */
    public static List<String> problems() {
        return Registry.FOUND.problems();
    }

    /** @return every format found, sorted by name */
    public static List<FormatProvider> all() {
        return Registry.FOUND.all();
    }

    /**
     * @param name a format's name or alias, any case ({@code text}, {@code txt}, {@code json},
     *        {@code xml}, {@code akn}, or a provided format's)
     * @return the format, or empty
     */
    public static Optional<FormatProvider> find(String name) {
        Objects.requireNonNull(name, "name must not be null");
        return Optional.ofNullable(Registry.FOUND.byName().get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * @param name a format's name or alias, any case
     * @return the format
     * @throws IllegalArgumentException if no format has this name (the message lists those found,
     *         and the {@link #problems()} of those left out)
     */
    public static FormatProvider get(String name) {
        return find(name)
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown format '" + name + "' (known: " + String.join(", ", names())
                                + (problems().isEmpty() ? "" : "; problems: " + String.join("; ", problems()))
                                + ")"));
    }

    /** @return the names of the formats found, sorted */
    public static List<String> names() {
        return Registry.FOUND.all().stream().map(FormatProvider::name).toList();
    }

    /**
     * @param format a format's name or alias
     * @return its reader, with default settings
     * @throws IllegalArgumentException if no format has this name
     */
    public static ResolutionReader reader(String format) {
        return get(Objects.requireNonNull(format, "format must not be null"))
                .readerBuilder()
                .build();
    }

    /**
     * A reader that gives the nodes the positions asked for. JSON and resdom XML can carry the
     * spans of an earlier reading ({@link Positions#STORED}, their readers' default) or report where
     * each part stands in the file being read ({@link Positions#DOCUMENT}); a text file is its own
     * source, so both are its positions in the file; Akoma Ntoso gives {@link Positions#DOCUMENT}
     * only. A format that cannot give the positions asked for is refused, never silently read
     * with others: check {@link FormatProvider.ReaderBuilder#supportedPositions()} first.
     *
     * @param format a format's name or alias
     * @param positions which positions the nodes get
     * @return the reader, otherwise with default settings
     * @throws IllegalArgumentException if no format has this name
     * @throws UnsupportedOperationException if the format cannot give these positions
     */
    public static ResolutionReader reader(String format, Positions positions) {
        Objects.requireNonNull(format, "format must not be null");
        Objects.requireNonNull(positions, "positions must not be null");
        return get(format).readerBuilder().positions(positions).build();
    }

    /**
     * @param format a format's name or alias
     * @return its writer, with default settings
     * @throws IllegalArgumentException if no format has this name
     */
    public static ResolutionWriter writer(String format) {
        return get(Objects.requireNonNull(format, "format must not be null")).writer();
    }

    /**
     * Detects a file's format from its name and first characters: every format says how sure it
     * is ({@link FormatProvider#sniff}) and the surest wins. For resdom's formats: {@code .txt}
     * is text, {@code .json} JSON, {@code .akn.xml} Akoma Ntoso; any other file (an {@code .xml}
     * one too) is Akoma Ntoso when its root element is {@code akomaNtoso}, resdom XML when it is
     * another element, JSON when it opens with a left curly bracket, and text otherwise.
     *
     * <p>Plain text takes any input, so with resdom-text on the class path a format is always
     * found. Without it (a user of resdom-json alone, say), an input that no format found claims
     * gives an empty result: the caller names the format, or reports that none reads the input.
     *
     * @param file the file's path (only its name is used)
     * @param head the file's text, or at least its start up to the root element
     * @return the format, or empty when no format found claims the input
     * @throws NullPointerException if an argument is null (the message names it)
     */
    public static Optional<FormatProvider> detect(Path file, String head) {
        Objects.requireNonNull(file, "file must not be null");
        String name = Optional.ofNullable(file.getFileName())
                .map(Path::toString)
                .orElse("")
                .toLowerCase(Locale.ROOT);
        return detect(name, head);
    }

    /**
     * Detects a format from the start of an input: JSON when it opens with a left curly bracket;
     * XML when it opens with {@code <}, then Akoma Ntoso when the root element is
     * {@code akomaNtoso} in the Akoma Ntoso 3.0 namespace (or in no namespace), resdom XML
     * otherwise; text when nothing else fits. The root is found by a streaming peek (no DTD, no
     * entity resolved) that stops at the root's start tag, so a prolog of any length (comments,
     * processing instructions) is skipped, and nothing in a comment counts.
     *
     * @param head the input, or at least its start up to the root element
     * @return the format (text when nothing else fits), or empty when no format found claims the
     *         input (resdom-text is not on the class path; see {@link #detect(Path, String)})
     * @throws NullPointerException if {@code head} is null (the message names it)
     */
    public static Optional<FormatProvider> detect(String head) {
        return detect("", head);
    }

    private static Optional<FormatProvider> detect(String fileName, String head) {
        Objects.requireNonNull(head, "head must not be null");
        return Registry.FOUND.detect(fileName, head);
    }
}
