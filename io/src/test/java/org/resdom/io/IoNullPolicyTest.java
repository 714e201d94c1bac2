package org.resdom.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.resdom.io.corpus.Corpus;
import org.resdom.model.Identity;
import org.resdom.model.Resolution;

/**
 * The null policy of resdom-io's public API, as core's {@code NullPolicyTest} checks the model:
 * every public static method and constructor of the public classes of {@code org.resdom.io} and
 * {@code org.resdom.io.corpus}, and every public method of a {@link Corpus}, rejects {@code null}
 * in each reference parameter with a {@link NullPointerException} whose message names it
 * ({@code NAME must not be null}, or the JDK's {@code because "NAME" is null}).
 */
class IoNullPolicyTest {

    @Test
    void everyStaticMethodAndConstructorRejectsNullNamingTheParameter() throws Exception {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String pkg : List.of("org.resdom.io", "org.resdom.io.corpus")) {
            for (Class<?> type : publicClasses(pkg)) {
                List<Executable> targets = new ArrayList<>(List.of(type.getConstructors()));
                for (Method m : type.getDeclaredMethods()) {
                    if (Modifier.isStatic(m.getModifiers())
                            && Modifier.isPublic(m.getModifiers())
                            && !m.isSynthetic()
                            && !(type.isEnum() && m.getName().equals("valueOf"))) {
                        targets.add(m);
                    }
                }
                for (Executable e : targets) {
                    checked += check(null, e, failures);
                }
            }
        }
        Corpus corpus = Corpus.of(Path.of("in"));
        for (Method m : Corpus.class.getDeclaredMethods()) {
            if (!Modifier.isStatic(m.getModifiers())
                    && Modifier.isPublic(m.getModifiers())
                    && !m.getName().equals("equals")) {
                checked += check(corpus, m, failures);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(checked).as("reference parameters checked").isGreaterThan(15);
    }

    /** Calls {@code e} with null in each reference parameter in turn; returns how many were checked. */
    private static int check(Object receiver, Executable e, List<String> failures) throws Exception {
        Class<?>[] types = e.getParameterTypes();
        int checked = 0;
        for (int i = 0; i < types.length; i++) {
            if (types[i].isPrimitive()) {
                continue;
            }
            Object[] args = new Object[types.length];
            for (int j = 0; j < types.length; j++) {
                args[j] = j == i ? null : sample(types[j]);
            }
            String message;
            try {
                if (e instanceof Constructor<?> c) {
                    c.newInstance(args);
                } else {
                    ((Method) e).invoke(receiver, args);
                }
                message = "accepted null";
            } catch (InvocationTargetException ite) {
                message = ite.getCause() instanceof NullPointerException npe
                        ? String.valueOf(npe.getMessage())
                        : "threw " + ite.getCause();
            }
            String name = e.getParameters()[i].getName();
            if (!message.equals(name + " must not be null") && !message.endsWith("because \"" + name + "\" is null")) {
                failures.add(e.getDeclaringClass().getSimpleName() + "." + e.getName() + " parameter " + name + ": '"
                        + message + "'");
            }
            checked++;
        }
        return checked;
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
        } else if (raw == Resolution.class) {
            return Resolution.empty(Identity.unknown());
        }
        throw new AssertionError("no sample value for " + raw);
    }

    private static List<Class<?>> publicClasses(String pkg) throws Exception {
        URL url = Formats.class.getProtectionDomain().getCodeSource().getLocation();
        File dir = new File(new File(url.toURI()), pkg.replace('.', File.separatorChar));
        File[] files = dir.listFiles((d, n) -> n.endsWith(".class") && !n.contains("$"));
        assertThat(files).as(dir.toString()).isNotNull();
        List<Class<?>> out = new ArrayList<>();
        for (File f : files) {
            Class<?> c = Class.forName(pkg + "." + f.getName().replace(".class", ""));
            if (Modifier.isPublic(c.getModifiers()) && !c.isInterface()) {
                out.add(c);
            }
        }
        return out;
    }
}
