package org.resdom.testing;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks resdom's null policy by reflection, for resdom's own tests and a plug-in's: a public
 * method or constructor rejects {@code null} in each reference parameter with a
 * {@link NullPointerException} whose message names the parameter ({@code NAME must not be null},
 * {@code NAME[2] must not be null}, {@code NAME key must not be null}; for a copy method
 * {@code withX(value)} the component {@code x}; or the JDK's own {@code ... because "NAME" is null},
 * which names it when the build keeps parameter names, {@code -parameters}).
 *
 * <pre>{@code
 * NullPolicy policy = NullPolicy.with((generic, raw) -> raw == String.class ? "x" : ...);
 * for (Class<?> type : NullPolicy.publicTypes(MyReader.class, "com.example.toy")) {
 *     for (Constructor<?> c : type.getConstructors()) policy.check(null, c);
 * }
 * assertThat(policy.failures()).isEmpty();
 * }</pre>
 */
public final class NullPolicy {

    /** Gives a valid, non-null argument for a parameter type. */
    @FunctionalInterface
    public interface Samples {
        /**
         * @param generic the parameter's generic type
         * @param raw its class
         * @return a valid value
         * @throws AssertionError if there is none for this type (the check then reports it)
         */
        Object of(Type generic, Class<?> raw);
    }

    private static final Pattern MESSAGE = Pattern.compile("(\\w+)(\\[\\d+])?( key| value)? must not be null");

    private final Samples samples;
    private final List<String> failures = new ArrayList<>();
    private int checked;

    private NullPolicy(Samples samples) {
        this.samples = samples;
    }

    /**
     * @param samples valid arguments for the parameters not being checked
     * @return a check with no failure yet
     */
    public static NullPolicy with(Samples samples) {
        return new NullPolicy(Objects.requireNonNull(samples, "samples must not be null"));
    }

    /**
     * Calls {@code target} once per reference parameter, with {@code null} in it and samples in the
     * others, and records a failure when it does not throw a {@link NullPointerException} naming it.
     *
     * @param receiver the object to call an instance method on; {@code null} for a constructor or
     *        a static method
     * @param target the method or constructor
     * @return this check
     */
    public NullPolicy check(Object receiver, Executable target) {
        Objects.requireNonNull(target, "target must not be null");
        Type[] generic = target.getGenericParameterTypes();
        Class<?>[] raw = target.getParameterTypes();
        for (int i = 0; i < raw.length; i++) {
            if (raw[i].isPrimitive()) {
                continue;
            }
            String name = target.getParameters()[i].getName();
            String where = target.getDeclaringClass().getSimpleName() + "." + target.getName() + " parameter " + name;
            Object[] args = new Object[raw.length];
            try {
                for (int j = 0; j < raw.length; j++) {
                    args[j] = j == i ? null : samples.of(j < generic.length ? generic[j] : raw[j], raw[j]);
                }
            } catch (AssertionError noSample) {
                failures.add(where + ": " + noSample.getMessage());
                continue;
            }
            String message = npeMessage(receiver, target, args);
            if (!namesIt(message, name, target)) {
                failures.add(where + ": '" + message + "'");
            }
            checked++;
        }
        return this;
    }

    /** @return what failed, one line per parameter: where and the message given */
    public List<String> failures() {
        return List.copyOf(failures);
    }

    /** @return how many parameters were checked */
    public int checked() {
        return checked;
    }

    private static String npeMessage(Object receiver, Executable e, Object[] args) {
        // a public method of a class that is not public (a reader a factory returns): callable all the same
        e.trySetAccessible();
        try {
            if (e instanceof Constructor<?> c) {
                c.newInstance(args);
            } else {
                ((Method) e).invoke(receiver, args);
            }
            return "accepted null";
        } catch (InvocationTargetException ite) {
            return ite.getCause() instanceof NullPointerException npe
                    ? String.valueOf(npe.getMessage())
                    : "threw " + ite.getCause();
        } catch (ReflectiveOperationException | IllegalArgumentException ex) {
            return "could not be called: " + ex;
        }
    }

    /**
     * Whether an exception message names a parameter, as the null policy asks.
     *
     * @param message the {@link NullPointerException}'s message
     * @param name the parameter's name
     * @param target the method or constructor it belongs to
     * @return whether the message names it
     */
    public static boolean namesIt(String message, String name, Executable target) {
        Objects.requireNonNull(message, "message must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(target, "target must not be null");
        Matcher matcher = MESSAGE.matcher(message);
        if (matcher.matches()) {
            String named = matcher.group(1);
            String method = target.getName();
            String component = target instanceof Method && method.startsWith("with") && method.length() > 4
                    ? Character.toLowerCase(method.charAt(4)) + method.substring(5)
                    : "";
            return named.equals(name) || named.equals(component);
        }
        return message.endsWith("because \"" + name + "\" is null");
    }

    /**
     * The public top-level types of a package, read from where a class of it was loaded (a folder
     * of classes or a jar).
     *
     * @param anchor a class loaded from the same folder or jar as the package
     * @param pkg the package's name
     * @return its public types, sorted by name
     * @throws IllegalStateException if the classes cannot be listed
     */
    public static List<Class<?>> publicTypes(Class<?> anchor, String pkg) {
        Objects.requireNonNull(anchor, "anchor must not be null");
        Objects.requireNonNull(pkg, "pkg must not be null");
        String folder = pkg.replace('.', '/') + "/";
        List<String> names = new ArrayList<>();
        try {
            File where = new File(
                    anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (where.isDirectory()) {
                File[] files = new File(where, folder).listFiles();
                for (File f : files == null ? new File[0] : files) {
                    names.add(f.getName());
                }
            } else {
                try (ZipFile jar = new ZipFile(where)) {
                    for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        String n = e.nextElement().getName();
                        if (n.startsWith(folder) && n.indexOf('/', folder.length()) < 0) {
                            names.add(n.substring(folder.length()));
                        }
                    }
                }
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list the classes of " + pkg, e);
        }
        List<Class<?>> out = new ArrayList<>();
        for (String n : names.stream().sorted().toList()) {
            if (!n.endsWith(".class")
                    || n.contains("$")
                    || n.equals("package-info.class")
                    || n.equals("module-info.class")) {
                continue;
            }
            try {
                Class<?> c = Class.forName(pkg + "." + n.substring(0, n.length() - ".class".length()));
                if (Modifier.isPublic(c.getModifiers())) {
                    out.add(c);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("cannot load " + n + " of " + pkg, e);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no public type found in " + pkg + " beside " + anchor.getName());
        }
        return out;
    }
}
