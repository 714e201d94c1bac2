package org.resdom.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.resdom.io.corpus.Corpus;
import org.resdom.model.Identity;
import org.resdom.model.Resolution;
import org.resdom.testing.NullPolicy;

/**
 * The null policy of resdom-io's public API, as core's {@code NullPolicyTest} checks the model:
 * every public static method and constructor of the public classes of {@code org.resdom.io} and
 * {@code org.resdom.io.corpus}, and every public method of a {@link Corpus}, rejects {@code null}
 * in each reference parameter with a {@link NullPointerException} whose message names it
 * ({@code NAME must not be null}, or the JDK's {@code because "NAME" is null}).
 */
class IoNullPolicyTest {

    @Test
    void everyStaticMethodAndConstructorRejectsNullNamingTheParameter() {
        NullPolicy policy = NullPolicy.with((generic, raw) -> sample(raw));
        for (String pkg : List.of("org.resdom.io", "org.resdom.io.corpus", "org.resdom.io.layout")) {
            for (Class<?> type : NullPolicy.publicTypes(Formats.class, pkg)) {
                if (type.isInterface()) {
                    continue;
                }
                List<Executable> targets = new ArrayList<>(List.of(type.getConstructors()));
                for (Method m : type.getDeclaredMethods()) {
                    if (Modifier.isStatic(m.getModifiers())
                            && Modifier.isPublic(m.getModifiers())
                            && !m.isSynthetic()
                            && !(type.isEnum() && m.getName().equals("valueOf"))) {
                        targets.add(m);
                    }
                }
                targets.forEach(e -> policy.check(null, e));
            }
        }
        Corpus corpus = Corpus.of(Path.of("in"));
        for (Method m : Corpus.class.getDeclaredMethods()) {
            if (!Modifier.isStatic(m.getModifiers())
                    && Modifier.isPublic(m.getModifiers())
                    && !m.getName().equals("equals")) {
                policy.check(corpus, m);
            }
        }
        assertThat(policy.failures()).isEmpty();
        assertThat(policy.checked()).as("reference parameters checked").isGreaterThan(15);
    }

    private static Object sample(Class<?> raw) {
        if (raw == String.class || raw == CharSequence.class) {
            return "x";
        } else if (raw == Path.class) {
            return Path.of("in", "x.txt");
        } else if (raw == Positions.class) {
            return Positions.DOCUMENT;
        } else if (raw == ReadLimits.class) {
            return ReadLimits.defaults();
        } else if (raw == OutputStream.class) {
            return new ByteArrayOutputStream();
        } else if (raw == Optional.class) {
            return Optional.empty();
        } else if (raw == List.class) {
            return List.of();
        } else if (raw == int.class) {
            return 1;
        } else if (raw == org.resdom.model.Language.class) {
            return org.resdom.model.Language.ENGLISH;
        } else if (raw == java.util.OptionalInt.class) {
            return java.util.OptionalInt.empty();
        } else if (raw == java.util.OptionalDouble.class) {
            return java.util.OptionalDouble.empty();
        } else if (raw == org.resdom.io.layout.LayoutLine.Zone.class) {
            return org.resdom.io.layout.LayoutLine.Zone.UNKNOWN;
        } else if (raw == Resolution.class) {
            return Resolution.empty(Identity.unknown());
        }
        throw new AssertionError("no sample value for " + raw);
    }
}
