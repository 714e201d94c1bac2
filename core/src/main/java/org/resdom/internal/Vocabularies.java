package org.resdom.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.resdom.diagnostic.DiagnosticCode;
import org.resdom.diagnostic.Severity;
import org.resdom.model.SourceHints;
import org.resdom.spi.Vocabulary;

/**
 * The vocabulary core shares with every format: resdom's own hint namespaces and diagnostic codes,
 * then those of the {@link Vocabulary} plug-ins found with {@link ServiceLoader}. Built once, without
 * throwing: a bad plug-in is left out with its reason. Not part of the API.
 */
public final class Vocabularies {
    private Vocabularies() {}

    /** resdom's own vocabulary's owner. */
    public static final String RESDOM = "resdom";

    /**
     * Metadata key prefixes resdom uses for facts, not hints ({@code revision.before.title}): no
     * plug-in may take them as a hint namespace.
     */
    private static final Set<String> METADATA_NAMESPACES = Set.of("revision");

    private static final Pattern OWNER = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern PREFIX = Pattern.compile("[A-Z][A-Z0-9]*");

    /**
     * The vocabulary found.
     *
     * @param owners resdom, then the plug-ins taken, by owner
     * @param namespaces every hint namespace
     * @param codes every code, resdom's first (by format, then code), then each plug-in's
     * @param builtInCodes resdom's own codes
     * @param problems why plug-ins were left out
     */
    public record Registry(
            List<String> owners,
            Set<String> namespaces,
            Map<String, DiagnosticCode> codes,
            List<DiagnosticCode> builtInCodes,
            List<String> problems) {}

    private static final class Found {
        static final Registry REGISTRY = load(ServiceLoader.load(Vocabulary.class, Vocabularies.class.getClassLoader())
                .iterator());
    }

    /** @return the vocabulary of the class path or module path, found once */
    public static Registry found() {
        return Found.REGISTRY;
    }

    /** @return resdom's own codes, from {@code org/resdom/diagnostic/codes.tsv}, by format, then code */
    public static List<DiagnosticCode> builtInCodes() {
        List<DiagnosticCode> codes = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (DataTable.Row row : DataTable.read(DiagnosticCode.class, "codes.tsv", 4)) {
            Set<Severity> s = EnumSet.noneOf(Severity.class);
            for (String name : row.get(2).split("\\|")) {
                s.add(Severity.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            }
            DiagnosticCode c = new DiagnosticCode(row.get(0), row.get(1), s, row.get(3));
            if (!seen.add(c.code())) {
                throw new IllegalStateException("codes.tsv:" + row.line() + ": " + c.code() + " listed twice");
            }
            codes.add(c);
        }
        return List.copyOf(codes);
    }

    /**
     * @param plugins the vocabularies, as {@link ServiceLoader} iterates them (its errors are caught)
     * @return resdom's vocabulary and the plug-ins' that fit
     */
    public static Registry load(Iterator<Vocabulary> plugins) {
        List<String> problems = new ArrayList<>();
        List<DiagnosticCode> builtIn = builtInCodes();
        Map<String, DiagnosticCode> codes = new LinkedHashMap<>();
        builtIn.forEach(c -> codes.put(c.code(), c));
        Map<String, String> namespaceOwner = new LinkedHashMap<>();
        SourceHints.NAMESPACES.stream().sorted().forEach(n -> namespaceOwner.put(n, RESDOM));
        METADATA_NAMESPACES.forEach(n -> namespaceOwner.put(n, RESDOM + " (metadata)"));
        Map<String, String> prefixOwner = new LinkedHashMap<>();
        builtIn.forEach(c -> prefixOwner.put(prefix(c.code()), RESDOM));

        List<Vocabulary> found = new ArrayList<>();
        for (int errors = 0; errors < 100; ) {
            try {
                if (!plugins.hasNext()) {
                    break;
                }
                found.add(Objects.requireNonNull(plugins.next(), "a null vocabulary"));
            } catch (java.util.ServiceConfigurationError | RuntimeException | LinkageError e) {
                problems.add("a vocabulary could not be loaded: " + e);
                errors++;
            }
        }
        record Answer(String owner, Set<String> namespaces, String prefix, List<DiagnosticCode> codes) {}
        List<Answer> answers = new ArrayList<>();
        for (Vocabulary v : found) {
            String who = v.getClass().getName();
            try {
                String owner = v.owner();
                if (owner == null || !OWNER.matcher(owner).matches() || owner.equals(RESDOM)) {
                    throw new IllegalArgumentException("its owner " + owner + " is not lower case letters, digits"
                            + " and hyphens starting with a letter, or is resdom's");
                }
                Set<String> namespaces = new TreeSet<>(v.hintNamespaces());
                for (String n : namespaces) {
                    if (!OWNER.matcher(n).matches()) {
                        throw new IllegalArgumentException("its hint namespace '" + n + "' is not lower case letters,"
                                + " digits and hyphens starting with a letter");
                    }
                }
                String prefix = v.codePrefix();
                if (prefix == null || !PREFIX.matcher(prefix).matches()) {
                    throw new IllegalArgumentException(
                            "its code prefix " + prefix + " is not upper case letters and digits");
                }
                List<DiagnosticCode> own = List.copyOf(v.diagnosticCodes());
                for (DiagnosticCode c : own) {
                    if (!c.code().startsWith(prefix + "-") || c.code().length() == prefix.length() + 1) {
                        throw new IllegalArgumentException(
                                "its code " + c.code() + " does not start with its prefix " + prefix + "-");
                    }
                }
                answers.add(new Answer(owner, namespaces, prefix, own));
            } catch (RuntimeException | LinkageError e) {
                problems.add(who + " left out: " + e);
            }
        }
        answers.sort(Comparator.comparing(Answer::owner));
        List<String> owners = new ArrayList<>(List.of(RESDOM));
        for (Answer a : answers) {
            List<String> clashes = new ArrayList<>();
            a.namespaces().stream()
                    .filter(namespaceOwner::containsKey)
                    .forEach(n -> clashes.add("the hint namespace '" + n + "' is " + namespaceOwner.get(n) + "'s"));
            if (prefixOwner.containsKey(a.prefix())) {
                clashes.add("the code prefix " + a.prefix() + "- is " + prefixOwner.get(a.prefix()) + "'s");
            }
            Set<String> codesSeen = new TreeSet<>();
            a.codes().stream()
                    .filter(c -> !codesSeen.add(c.code()))
                    .forEach(c -> clashes.add("the code " + c.code() + " is listed twice"));
            if (owners.contains(a.owner())) {
                clashes.add("the owner " + a.owner() + " is taken");
            }
            if (!clashes.isEmpty()) {
                problems.add("the vocabulary of " + a.owner() + " left out: " + String.join("; ", clashes));
                continue;
            }
            owners.add(a.owner());
            a.namespaces().forEach(n -> namespaceOwner.put(n, a.owner()));
            prefixOwner.put(a.prefix(), a.owner());
            a.codes().forEach(c -> codes.put(c.code(), c));
        }
        problems.forEach(m -> System.getLogger(Vocabulary.class.getName()).log(System.Logger.Level.WARNING, m));
        Set<String> namespaces = new TreeSet<>(namespaceOwner.keySet());
        namespaces.removeAll(METADATA_NAMESPACES);
        return new Registry(
                List.copyOf(owners),
                java.util.Collections.unmodifiableSet(namespaces),
                java.util.Collections.unmodifiableMap(codes),
                builtIn,
                List.copyOf(problems));
    }

    private static String prefix(String code) {
        int dash = code.indexOf('-');
        return dash < 0 ? code : code.substring(0, dash);
    }
}
