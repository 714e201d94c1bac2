package org.resdom.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.testing.NullPolicy;

/**
 * The null policy, by reflection: every public constructor and public static factory (a static
 * method returning its own type) of every public type of {@code org.resdom.model},
 * {@code org.resdom.cite} and {@code org.resdom.lang}, and of the public records of
 * {@code org.resdom.diagnostic} and {@code org.resdom.validation}, and every public instance
 * method of these packages, rejects {@code null} in each reference parameter with a
 * {@link NullPointerException} that names it ({@link NullPolicy}). It lives in resdom-testing, beside
 * the check it shares with {@code IoNullPolicyTest} (io) and {@code FormatsNullPolicyTest} (cli), because
 * core's tests cannot depend on resdom-testing.
 */
class NullPolicyTest {

    @Test
    void everyConstructorAndFactoryRejectsNullNamingTheParameter() throws Exception {
        List<Class<?>> types = new ArrayList<>(publicTypes("org.resdom.model"));
        assertThat(types).as("scanned the model package").hasSizeGreaterThan(30);
        for (String pkg : List.of("org.resdom.diagnostic", "org.resdom.validation")) {
            publicTypes(pkg).stream().filter(Class::isRecord).forEach(types::add);
        }
        for (String pkg : List.of("org.resdom.cite", "org.resdom.lang")) {
            types.addAll(publicTypes(pkg));
        }
        assertThat(types).contains(Diagnostic.class, Paragraph.class, Resolution.class, Label.class);
        NullPolicy policy = NullPolicy.with(NullPolicyTest::sample);
        for (Class<?> type : types) {
            List<Executable> targets = new ArrayList<>(List.of(type.getConstructors()));
            for (Method m : type.getMethods()) {
                if (Modifier.isStatic(m.getModifiers())
                        && m.getDeclaringClass() == type
                        && m.getReturnType() == type
                        && !(type.isEnum() && m.getName().equals("valueOf"))) {
                    targets.add(m);
                }
            }
            targets.forEach(e -> policy.check(null, e));
        }
        assertThat(policy.failures()).isEmpty();
        assertThat(policy.checked()).as("reference parameters checked").isGreaterThan(100);
    }

    /**
     * Every public instance method (declared by a public type of these packages, defaults of
     * interfaces included) rejects {@code null} in each reference parameter with a
     * {@link NullPointerException} naming it, as the constructors do. {@code equals} is exempt
     * (it takes {@code null} and answers {@code false}).
     */
    @Test
    void everyPublicMethodRejectsNullNamingTheParameter() throws Exception {
        List<Class<?>> types = new ArrayList<>(publicTypes("org.resdom.model"));
        for (String pkg :
                List.of("org.resdom.diagnostic", "org.resdom.validation", "org.resdom.cite", "org.resdom.lang")) {
            types.addAll(publicTypes(pkg));
        }
        Set<String> seen = new HashSet<>();
        NullPolicy policy = NullPolicy.with(NullPolicyTest::sample);
        for (Class<?> type : types) {
            if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                continue;
            }
            Optional<Object> receiver = instance(type);
            if (receiver.isEmpty()) {
                continue;
            }
            for (Method m : type.getMethods()) {
                Class<?> owner = m.getDeclaringClass();
                if (!Modifier.isStatic(m.getModifiers())
                        && !m.isBridge()
                        && !m.isSynthetic()
                        && !m.getName().equals("equals")
                        && types.contains(owner)
                        && seen.add(owner.getName() + "#" + m.getName()
                                + java.util.Arrays.toString(m.getParameterTypes()))) {
                    policy.check(receiver.get(), m);
                }
            }
        }
        assertThat(policy.failures()).isEmpty();
        assertThat(policy.checked())
                .as("reference parameters of instance methods checked")
                .isGreaterThan(20);
    }

    /** An instance to call methods on: a sample value, or the first factory or constructor that takes sample values. */
    private static Optional<Object> instance(Class<?> type) {
        if (type.isEnum()) {
            return Optional.of(type.getEnumConstants()[0]);
        }
        try {
            return Optional.of(sample(type, type));
        } catch (AssertionError notSampled) {
            // build one below
        }
        List<Executable> ways = new ArrayList<>();
        for (Method m : type.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) && m.getReturnType() == type) {
                ways.add(m);
            }
        }
        ways.addAll(List.of(type.getConstructors()));
        for (Executable e : ways) {
            try {
                Object[] args = new Object[e.getParameterCount()];
                for (int j = 0; j < args.length; j++) {
                    args[j] = sample(e.getGenericParameterTypes()[j], e.getParameterTypes()[j]);
                }
                return Optional.of(
                        e instanceof Constructor<?> c ? c.newInstance(args) : ((Method) e).invoke(null, args));
            } catch (AssertionError | ReflectiveOperationException | RuntimeException tryTheNext) {
                // next way
            }
        }
        return Optional.empty();
    }

    /** A valid value for a parameter type. */
    private static Object sample(Type generic, Class<?> raw) {
        if (raw == boolean.class) {
            return false;
        } else if (raw == int.class) {
            return 2022;
        } else if (raw == String.class) {
            return "x";
        } else if (raw == Optional.class) {
            return Optional.empty();
        } else if (raw == java.util.OptionalInt.class) {
            return java.util.OptionalInt.empty();
        } else if (raw == List.class) {
            Type arg = generic instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            return arg == String.class ? List.of("1") : List.of();
        } else if (raw == Map.class) {
            return Map.of();
        } else if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        } else if (raw == Identity.class) {
            return Identity.unknown();
        } else if (raw == PreamblePhrase.class) {
            return PreamblePhrase.of("considering");
        } else if (raw == OperativePhrase.class) {
            return OperativePhrase.of("resolves");
        } else if (raw == Label.class) {
            return Label.of("a)");
        } else if (raw == Revision.class) {
            return Revision.rev("Bucharest", 2022);
        } else if (raw == SourceSpan.class) {
            return SourceSpan.at(1, 1);
        } else if (raw == SourceHints.class) {
            return SourceHints.none();
        } else if (raw == Class.class) {
            return Paragraph.class;
        } else if (raw == Consumer.class) {
            return (Consumer<Object>) x -> {};
        } else if (raw == Citation.class) {
            return OtherCitation.of("x");
        } else if (raw.isAssignableFrom(Text.class)) {
            return Text.of("x");
        } else if (raw == Paragraph.class) {
            return Paragraph.of("1", "x");
        } else if (raw == Resolution.class) {
            return Resolution.builder(Identity.unknown())
                    .operative("resolves", s -> s.item("1", "x."))
                    .build();
        } else if (raw == Visitor.class) {
            return new AbstractVisitor<Object>() {};
        } else if (raw == java.util.function.Function.class) {
            return java.util.function.Function.identity();
        } else if (raw == java.util.function.Predicate.class) {
            return (java.util.function.Predicate<Object>) x -> true;
        } else if (raw == java.util.Set.class) {
            return java.util.Set.of(org.resdom.diagnostic.Severity.INFO);
        } else if (raw == java.util.Comparator.class) {
            return java.util.Comparator.comparing(Object::toString);
        } else if (raw == Diagnostic.class) {
            return Diagnostic.at("T-X", org.resdom.diagnostic.Severity.INFO, "x", SourceSpan.at(1, 1));
        } else if (raw == Node.class) {
            return Text.of("x");
        } else if (raw == org.resdom.cite.Recognizer.SpanMapper.class) {
            return (org.resdom.cite.Recognizer.SpanMapper) (start, end) -> SourceSpan.at(1, 1 + start);
        } else if (raw == Language.class) {
            return Language.ENGLISH;
        } else if (raw == CharSequence.class || raw == Object.class) {
            return "x";
        } else if (raw == Enum.class) {
            return PreambleKind.values()[0];
        }
        throw new AssertionError("no sample value for " + generic);
    }

    private static List<Class<?>> publicTypes(String pkg) {
        return NullPolicy.publicTypes(Paragraph.class, pkg);
    }
}
