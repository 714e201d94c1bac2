package org.resdom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resdom.io.FormatProvider;
import org.resdom.io.Formats;
import org.resdom.io.Positions;
import org.resdom.io.ReadLimits;
import org.resdom.model.Language;
import org.resdom.model.Resolution;
import org.resdom.testing.NullPolicy;

/**
 * The null policy of every format found (resdom's seven and the toy): the provider, its reader
 * builder, reader and writer, and the public classes of its package (their constructors, static
 * factories, and the methods of what their no-argument factories build: {@code create()},
 * {@code builder()}), reject {@code null} in each reference parameter naming it.
 */
class FormatsNullPolicyTest {
    @TempDir
    Path dir;

    private Object sample(Type generic, Class<?> raw) {
        if (raw == String.class || raw == CharSequence.class || raw == Object.class) {
            return "x";
        } else if (raw == Path.class) {
            return dir.resolve("x.out");
        } else if (raw == Reader.class) {
            return new StringReader("x");
        } else if (raw == Writer.class) {
            return new StringWriter();
        } else if (raw == InputStream.class) {
            return new ByteArrayInputStream(new byte[] {'x'});
        } else if (raw == OutputStream.class) {
            return new ByteArrayOutputStream();
        } else if (raw == Resolution.class) {
            return Cli.clean();
        } else if (raw == Positions.class) {
            return Positions.DOCUMENT;
        } else if (raw == ReadLimits.class) {
            return ReadLimits.defaults();
        } else if (raw == Language.class) {
            return Language.ENGLISH;
        } else if (raw == Optional.class) {
            return Optional.empty();
        } else if (raw == List.class) {
            return List.of();
        } else if (raw == Set.class) {
            return Set.of();
        } else if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        throw new AssertionError("no sample value for " + generic);
    }

    /** The instance methods a type declares or inherits from resdom's types, not Object's. */
    private static List<Method> methods(Object receiver) {
        List<Method> out = new ArrayList<>();
        for (Method m : receiver.getClass().getMethods()) {
            if (!Modifier.isStatic(m.getModifiers())
                    && !m.isSynthetic()
                    && !m.isBridge()
                    && m.getDeclaringClass() != Object.class
                    && !m.getName().equals("equals")
                    && m.getDeclaringClass().getName().startsWith("org.resdom.")) {
                out.add(m);
            }
        }
        return out;
    }

    @Test
    void everyFormatsProviderReaderWriterAndBuilderRejectsNullNamingTheParameter() throws Exception {
        NullPolicy policy = NullPolicy.with(this::sample);
        List<Object> receivers = new ArrayList<>();
        Set<String> formats = new HashSet<>();
        for (FormatProvider f : Formats.all()) {
            formats.add(f.name());
            receivers.add(f);
            if (f.canRead()) {
                receivers.add(f.readerBuilder());
                receivers.add(f.readerBuilder().build());
            }
            if (f.canWrite()) {
                receivers.add(f.writer());
            }
            String pkg = f.getClass().getPackageName();
            for (Class<?> type : NullPolicy.publicTypes(f.getClass(), pkg)) {
                List.of(type.getConstructors()).forEach(c -> policy.check(null, c));
                for (Method m : type.getDeclaredMethods()) {
                    if (Modifier.isStatic(m.getModifiers())
                            && Modifier.isPublic(m.getModifiers())
                            && !m.isSynthetic()) {
                        if (m.getParameterCount() == 0 && !m.getReturnType().isPrimitive()) {
                            Object made = m.invoke(null);
                            if (made != null && made.getClass().getName().startsWith("org.resdom.")) {
                                receivers.add(made);
                            }
                        } else if (!(type.isEnum() && m.getName().equals("valueOf"))) {
                            policy.check(null, m);
                        }
                    }
                }
            }
        }
        Set<String> seen = new HashSet<>();
        for (Object receiver : receivers) {
            for (Method m : methods(receiver)) {
                if (seen.add(receiver.getClass().getName() + "#" + m.getName() + List.of(m.getParameterTypes()))) {
                    policy.check(receiver, m);
                }
            }
        }
        assertThat(formats).contains("akn", "docx", "html", "json", "pdf", "text", "xml", "toy");
        assertThat(policy.failures()).isEmpty();
        assertThat(policy.checked()).as("reference parameters checked").isGreaterThan(100);
    }
}
