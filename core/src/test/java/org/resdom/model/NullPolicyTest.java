package org.resdom.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;

/**
 * The null policy, by reflection: every public constructor and public static factory (a static
 * method returning its own type) of every public type of {@code org.resdom.model}, and of the
 * public records of {@code org.resdom.diagnostic} and {@code org.resdom.validation}, rejects
 * {@code null} in each reference parameter with a {@link NullPointerException} that names it.
 */
class NullPolicyTest {

    private static final Pattern MESSAGE = Pattern.compile("(\\w+)(\\[\\d+])?( key| value)? must not be null");

    @Test
    void everyConstructorAndFactoryRejectsNullNamingTheParameter() throws Exception {
        List<Class<?>> types = new ArrayList<>(publicTypes("org.resdom.model"));
        assertThat(types).as("scanned the model package").hasSizeGreaterThan(30);
        for (String pkg : List.of("org.resdom.diagnostic", "org.resdom.validation")) {
            publicTypes(pkg).stream().filter(Class::isRecord).forEach(types::add);
        }
        assertThat(types).contains(Diagnostic.class, Paragraph.class, Resolution.class, Label.class);
        int checked = 0;
        List<String> failures = new ArrayList<>();
        for (Class<?> type : types) {
            List<Executable> targets = new ArrayList<>();
            for (Constructor<?> c : type.getConstructors()) {
                targets.add(c);
            }
            for (Method m : type.getMethods()) {
                if (Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == type
                        && m.getReturnType() == type && !(type.isEnum() && m.getName().equals("valueOf"))) {
                    targets.add(m);
                }
            }
            for (Executable e : targets) {
                Type[] params = e.getGenericParameterTypes();
                for (int i = 0; i < params.length; i++) {
                    if (e.getParameterTypes()[i].isPrimitive()) {
                        continue;
                    }
                    Object[] args = new Object[params.length];
                    for (int j = 0; j < params.length; j++) {
                        args[j] = j == i ? null : sample(params[j], e.getParameterTypes()[j]);
                    }
                    String message = npeMessage(e, args);
                    Set<String> names = expectedNames(type, e, i);
                    Matcher m = MESSAGE.matcher(message);
                    if (!m.matches() || !names.isEmpty() && !names.contains(m.group(1))) {
                        failures.add(e + " parameter " + i + " (" + names + "): '" + message + "'");
                    }
                    checked++;
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(checked).as("reference parameters checked").isGreaterThan(100);
    }

    /** The name the message must give: the parameter's, or the record component of that type. */
    private static Set<String> expectedNames(Class<?> type, Executable e, int i) {
        Set<String> names = new HashSet<>();
        if (e.getParameters()[i].isNamePresent()) {
            names.add(e.getParameters()[i].getName());
            return names;
        }
        if (type.isRecord() && e instanceof Constructor<?>
                && e.getParameterCount() == type.getRecordComponents().length) {
            names.add(type.getRecordComponents()[i].getName());
            return names;
        }
        if (type.isRecord()) {
            Type param = e.getGenericParameterTypes()[i];
            for (RecordComponent rc : type.getRecordComponents()) {
                Type t = rc.getGenericType();
                boolean optionalOf = t instanceof ParameterizedType pt && pt.getRawType() == Optional.class
                        && pt.getActualTypeArguments()[0].equals(param);
                if (t.equals(param) || optionalOf) {
                    names.add(rc.getName());
                }
            }
        }
        return names;
    }

    private static String npeMessage(Executable e, Object[] args) throws Exception {
        try {
            if (e instanceof Constructor<?> c) {
                c.newInstance(args);
            } else {
                ((Method) e).invoke(null, args);
            }
        } catch (InvocationTargetException ite) {
            Throwable t = ite.getCause();
            if (t instanceof NullPointerException npe) {
                return String.valueOf(npe.getMessage());
            }
            return "threw " + t;
        }
        return "accepted null";
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
        } else if (raw == Class.class) {
            return Paragraph.class;
        } else if (raw == Consumer.class) {
            return (Consumer<Object>) x -> { };
        } else if (raw == Citation.class) {
            return OtherCitation.of("x");
        } else if (raw.isAssignableFrom(Text.class)) {
            return Text.of("x");
        } else if (raw == Paragraph.class) {
            return Paragraph.of("1", "x");
        }
        throw new AssertionError("no sample value for " + generic);
    }

    private static List<Class<?>> publicTypes(String pkg) throws URISyntaxException, ClassNotFoundException {
        URL url = Paragraph.class.getProtectionDomain().getCodeSource().getLocation();
        assertThat(url.getProtocol()).as("classes are scanned from a directory").isEqualTo("file");
        File dir = new File(new File(url.toURI()), pkg.replace('.', File.separatorChar));
        File[] files = dir.listFiles((d, n) -> n.endsWith(".class") && !n.contains("$"));
        assertThat(files).as(dir.toString()).isNotNull();
        List<Class<?>> out = new ArrayList<>();
        for (File f : files) {
            Class<?> c = Class.forName(pkg + "." + f.getName().replace(".class", ""));
            if (Modifier.isPublic(c.getModifiers())) {
                out.add(c);
            }
        }
        return out;
    }
}
