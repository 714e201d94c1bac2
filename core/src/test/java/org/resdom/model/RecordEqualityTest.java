package org.resdom.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Equality by reflection: for every public record of {@code org.resdom.model} (nested ones
 * included) and every component, two instances that differ in that component alone are equal
 * (with equal hash codes) exactly when the component is a source span ({@code span}) or the
 * source hints ({@code hints}); every other component takes part in {@code equals}.
 */
class RecordEqualityTest {

    /** The components that say how or where a node was read, not what it says. */
    private static final Set<String> IGNORED = Set.of("span", "hints");

    /**
     * Components no instance can change alone, because the constructor derives them from the
     * others (a label's style, value and suffix come from its text): nothing to check there.
     */
    /** The record types whose base instance is being built, for the lists of their own type. */
    private static final Set<Class<?>> BUILDING = new java.util.HashSet<>();

    private static final Set<String> DERIVED =
            Set.of("Label.style", "Label.value", "Label.suffix", "PreamblePhrase.kind", "OperativePhrase.action");

    @Test
    void everyComponentButSpansAndHintsTakesPartInEquals() throws Exception {
        List<Class<?>> records = records();
        assertThat(records)
                .as("public records of the model")
                .hasSizeGreaterThan(25)
                .contains(Resolution.class, Paragraph.class, SourceHints.class, UnknownElement.Attribute.class);
        List<String> failures = new ArrayList<>();
        Set<String> unchecked = new TreeSet<>();
        Set<String> ignoredSeen = new TreeSet<>();
        int checked = 0;
        for (Class<?> type : records) {
            RecordComponent[] rc = type.getRecordComponents();
            Object base = base(type);
            Object[] values = values(base);
            Constructor<?> canonical = canonical(type);
            for (int i = 0; i < rc.length; i++) {
                String name = type.getSimpleName() + "." + rc[i].getName();
                boolean ignored = IGNORED.contains(rc[i].getName());
                int tried = 0;
                for (Object candidate : candidates(rc[i].getGenericType(), rc[i].getType())) {
                    if (Objects.equals(candidate, values[i])) {
                        continue;
                    }
                    Object[] args = values.clone();
                    args[i] = candidate;
                    Object variant;
                    try {
                        variant = canonical.newInstance(args);
                    } catch (InvocationTargetException rejected) {
                        continue; // the constructor's invariants refuse this value with the others
                    }
                    Object[] got = values(variant);
                    if (!differsOnlyAt(values, got, i)) {
                        continue; // the constructor normalised the value or changed another component
                    }
                    tried++;
                    if (ignored) {
                        ignoredSeen.add(name);
                        if (!variant.equals(base) || variant.hashCode() != base.hashCode()) {
                            failures.add(name + " takes part in equals or hashCode, but says how the node was read");
                        }
                    } else if (variant.equals(base) || base.equals(variant)) {
                        failures.add(name + " is left out of equals: " + brief(values[i]) + " and " + brief(candidate));
                    }
                }
                if (tried == 0) {
                    unchecked.add(name);
                }
                checked += tried;
            }
        }
        assertThat(failures).isEmpty();
        assertThat(unchecked).as("components no variant could change alone").isSubsetOf(DERIVED);
        assertThat(ignoredSeen).contains("Resolution.hints", "Resolution.span", "Paragraph.span", "Annex.span");
        assertThat(checked).isGreaterThan(150);
    }

    @Test
    void theSameDocumentWithOtherHintsIsEqual() {
        Resolution plain = Resolution.builder(Identity.unknown())
                .operative("resolves", s -> s.item("1", "x."))
                .build();
        Resolution hinted = plain.withHints(SourceHints.of(Map.of("text.newline", "CRLF", "akn.date", "2022-10-14")));
        assertThat(hinted).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(hinted.hints().get("text.newline")).contains("CRLF");
        assertThat(plain.withMetadata(Map.of("note", "1"))).isNotEqualTo(plain);
    }

    @Test
    void hintKeysGivenAsMetadataBecomeHints() {
        Resolution r = Resolution.builder(Identity.unknown())
                .metadata("text.newline", "CRLF")
                .metadata("note", "kept")
                .metadata("layout.pages", "3")
                .build();
        assertThat(r.metadata()).containsOnlyKeys("note");
        assertThat(r.hints().values())
                .containsExactly(Map.entry("layout.pages", "3"), Map.entry("text.newline", "CRLF"));
        Resolution both = new Resolution(
                Identity.unknown(),
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                Map.of("akn.date", "2000-01-01"),
                SourceHints.of(Map.of("akn.date", "2022-10-14")),
                Optional.empty());
        assertThat(both.hints().get("akn.date")).as("the hints given win").contains("2022-10-14");
        assertThat(r.withMetadata(Map.of()).hints()).isEqualTo(r.hints());
        assertThat(r.accepted().hints()).isEqualTo(r.hints());
    }

    @Test
    void withMetadataMovesHintKeysOutOfEqualsAsItsJavadocSays() {
        Resolution r = Resolution.builder(Identity.unknown())
                .operative("resolves", s -> s.item("1", "x."))
                .build();
        Resolution moved = r.withMetadata(Map.of("json.source", "x", "source", "y"));
        assertThat(moved.metadata()).containsOnlyKeys("source");
        assertThat(moved.hints().get("json.source")).contains("x");
        assertThat(moved)
                .isEqualTo(r.withMetadata(Map.of("source", "y")))
                .isNotEqualTo(r.withMetadata(Map.of("source", "z")));
        assertThat(moved.withMetadata(Map.of("json.source", "other")).hints().get("json.source"))
                .as("the hints already there win")
                .contains("x");
    }

    @Test
    void hintKeysAreNamespaced() {
        assertThat(SourceHints.isHintKey("text.newline")).isTrue();
        assertThat(SourceHints.isHintKey("akn.coverPage.01")).isTrue();
        assertThat(SourceHints.isHintKey("text.")).isFalse();
        assertThat(SourceHints.isHintKey("text")).isFalse();
        assertThat(SourceHints.isHintKey("note.1")).isFalse();
        assertThat(SourceHints.isHintKey("beam.source")).isFalse();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> SourceHints.of(Map.of("note", "x")))
                .withMessageContaining("note");
        assertThat(SourceHints.none()
                        .with("pdf.producer", "x")
                        .plus(SourceHints.of(Map.of("pdf.producer", "y")))
                        .get("pdf.producer"))
                .contains("y");
    }

    private static String brief(Object o) {
        String s = String.valueOf(o);
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    private static boolean differsOnlyAt(Object[] before, Object[] after, int i) {
        for (int j = 0; j < before.length; j++) {
            if (j != i && !Objects.equals(before[j], after[j])) {
                return false;
            }
        }
        return !Objects.equals(before[i], after[i]);
    }

    private static Object[] values(Object record) throws ReflectiveOperationException {
        RecordComponent[] rc = record.getClass().getRecordComponents();
        Object[] out = new Object[rc.length];
        for (int i = 0; i < rc.length; i++) {
            out[i] = rc[i].getAccessor().invoke(record);
        }
        return out;
    }

    private static Constructor<?> canonical(Class<?> type) throws NoSuchMethodException {
        RecordComponent[] rc = type.getRecordComponents();
        Class<?>[] types = new Class<?>[rc.length];
        for (int i = 0; i < rc.length; i++) {
            types[i] = rc[i].getType();
        }
        return type.getConstructor(types);
    }

    /** An instance with every component set: the first candidate of each that the constructor takes. */
    private static Object base(Class<?> type) throws ReflectiveOperationException {
        Object known = known(type).stream().findFirst().orElse(null);
        if (known != null) {
            return known;
        }
        RecordComponent[] rc = type.getRecordComponents();
        Object[] args = new Object[rc.length];
        BUILDING.add(type);
        try {
            for (int i = 0; i < rc.length; i++) {
                // a list or optional of the type being built (a paragraph's items) is empty in the base
                args[i] = candidates(rc[i].getGenericType(), rc[i].getType()).get(0);
            }
        } finally {
            BUILDING.remove(type);
        }
        try {
            return canonical(type).newInstance(args);
        } catch (InvocationTargetException e) {
            throw new AssertionError("no base instance of " + type.getSimpleName() + ": add one to known()", e);
        }
    }

    /** Instances of records whose components depend on one another. */
    private static List<Object> known(Class<?> type) {
        if (type == Label.class) {
            return List.of(
                    Label.of("a)"),
                    Label.of("b)"),
                    Label.of("(a)"),
                    Label.of("1."),
                    Label.of("a)bis"),
                    Label.of("a)", "  "));
        } else if (type == PreamblePhrase.class) {
            return List.of(
                    PreamblePhrase.of("considering"),
                    PreamblePhrase.of("noting"),
                    PreamblePhrase.of("considering further"));
        } else if (type == OperativePhrase.class) {
            return List.of(
                    OperativePhrase.of("instructs the Secretary-General"),
                    OperativePhrase.of("resolves"),
                    OperativePhrase.of("instructs the Director"),
                    OperativePhrase.of("resolves further"));
        } else if (type == Revision.class) {
            return List.of(
                    Revision.rev("Dubai", 2018),
                    Revision.rev("Bucharest", 2018),
                    Revision.rev("Dubai", 2014),
                    new Revision(false, "Dubai", 2018));
        } else if (type == SourceSpan.class) {
            return List.of(
                    SourceSpan.of(0, 5, 1, 1),
                    SourceSpan.of(1, 5, 1, 1),
                    SourceSpan.of(0, 6, 1, 1),
                    SourceSpan.of(0, 5, 2, 1),
                    SourceSpan.of(0, 5, 1, 2));
        } else if (type == SourceHints.class) {
            return List.of(SourceHints.of(Map.of("text.newline", "CRLF")), SourceHints.none());
        }
        return List.of();
    }

    /** Values of a component type, the first one valid wherever the type is used. */
    private static List<Object> candidates(Type generic, Class<?> raw) throws ReflectiveOperationException {
        Type arg = generic instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
        Class<?> argRaw = arg instanceof ParameterizedType p
                ? (Class<?>) p.getRawType()
                : arg instanceof Class<?> c ? c : Node.class;
        if (raw == boolean.class) {
            return List.of(false, true);
        } else if (raw == int.class) {
            return List.of(2018, 2022, 0, 1, 3);
        } else if (raw == String.class) {
            return List.of("x", "y", "X", " ", "\t");
        } else if (raw == Optional.class) {
            List<Object> out = new ArrayList<>();
            if (!BUILDING.contains(argRaw)) {
                for (Object o : candidates(arg, argRaw)) {
                    out.add(Optional.of(o));
                }
            }
            out.add(Optional.empty());
            return out;
        } else if (raw == List.class) {
            List<Object> out = new ArrayList<>();
            if (!BUILDING.contains(argRaw)) {
                for (Object o : candidates(arg, argRaw)) {
                    out.add(List.of(o));
                }
            }
            out.add(List.of());
            return out;
        } else if (raw == java.util.OptionalInt.class) {
            return List.of(java.util.OptionalInt.of(0), java.util.OptionalInt.of(3), java.util.OptionalInt.empty());
        } else if (raw == Map.class) {
            return List.of(Map.of("a", "1"), Map.of("a", "2"), Map.of("b", "1"), Map.of());
        } else if (raw.isEnum()) {
            return List.of(raw.getEnumConstants());
        } else if (raw == Inline.class || raw == Node.class) {
            return List.of(Text.of("x"), Text.of("y"), FootnoteRef.of("1"));
        } else if (raw == Citation.class) {
            return List.of(OtherCitation.of("x"), OtherCitation.of("y"));
        } else if (raw == Located.class) {
            return List.of(new Located<Node>(Text.of("x"), "a", Optional.empty()));
        } else if (raw.isRecord()) {
            List<Object> known = known(raw);
            if (!known.isEmpty()) {
                return known;
            }
            Object base = base(raw);
            List<Object> out = new ArrayList<>(List.of(base));
            // a second value: the base with its first content component changed
            Object[] values = values(base);
            RecordComponent[] rc = raw.getRecordComponents();
            for (int i = 0; i < rc.length && out.size() < 2; i++) {
                if (IGNORED.contains(rc[i].getName())) {
                    continue;
                }
                for (Object c : candidates(rc[i].getGenericType(), rc[i].getType())) {
                    if (!Objects.equals(c, values[i])) {
                        Object[] args = values.clone();
                        args[i] = c;
                        try {
                            out.add(canonical(raw).newInstance(args));
                            break;
                        } catch (InvocationTargetException rejected) {
                            // the next one
                        }
                    }
                }
            }
            return out;
        }
        throw new AssertionError("no candidate values for " + generic + ": add them to candidates()");
    }

    private static List<Class<?>> records() throws Exception {
        URL url = Paragraph.class.getProtectionDomain().getCodeSource().getLocation();
        File dir = new File(new File(url.toURI()), "org/resdom/model".replace('/', File.separatorChar));
        File[] files = dir.listFiles((d, n) -> n.endsWith(".class"));
        assertThat(files).as(dir.toString()).isNotNull();
        Set<Class<?>> out = new LinkedHashSet<>();
        for (File f : files) {
            Class<?> c = Class.forName("org.resdom.model." + f.getName().replace(".class", ""));
            if (c.isRecord()
                    && Modifier.isPublic(c.getModifiers())
                    && (c.getEnclosingClass() == null
                            || Modifier.isPublic(c.getEnclosingClass().getModifiers()))) {
                out.add(c);
            }
        }
        List<Class<?>> sorted = new ArrayList<>(out);
        sorted.sort(java.util.Comparator.comparing(Class::getName));
        return sorted;
    }
}
