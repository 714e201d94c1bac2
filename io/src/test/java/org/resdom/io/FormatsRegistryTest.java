package org.resdom.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.ServiceConfigurationError;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.resdom.model.Resolution;

/**
 * One bad format provider never takes the others down: {@link Formats} leaves it out with a reason
 * ({@link Formats#problems()}) instead of failing in its class initialiser.
 */
class FormatsRegistryTest {

    /** A format named as asked, with one extension, that can be neither read nor written. */
    private static class Named implements FormatProvider {
        private final String name;
        private final Set<String> aliases;

        Named(String name, String... aliases) {
            this.name = name;
            this.aliases = Set.of(aliases);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Set<String> aliases() {
            return aliases;
        }

        @Override
        public List<String> extensions() {
            return List.of("." + name.toLowerCase(java.util.Locale.ROOT));
        }

        @Override
        public int sniff(String fileName, String head) {
            return NOT_MINE;
        }

        @Override
        public ReaderBuilder readerBuilder() {
            throw new UnsupportedOperationException(name + " cannot be read");
        }

        @Override
        public ResolutionWriter writer() {
            return new ResolutionWriter() {
                @Override
                public String format() {
                    return name;
                }

                @Override
                public void write(Resolution resolution, Writer out) {
                    throw new UnsupportedOperationException(name + " cannot be written");
                }
            };
        }
    }

    /** Another class with a name already taken. */
    private static final class Twin extends Named {
        Twin(String name) {
            super(name);
        }
    }

    /** A provider whose name cannot be had. */
    private static final class Broken extends Named {
        Broken() {
            super("broken");
        }

        @Override
        public String name() {
            throw new IllegalStateException("no name today");
        }
    }

    /** A format that claims files with its extension. */
    private static final class Claiming extends Named {
        Claiming(String name) {
            super(name);
        }

        @Override
        public int sniff(String fileName, String head) {
            return fileName.endsWith("." + name()) ? 100 : NOT_MINE;
        }
    }

    /** A third-party format whose sniff has a bug. */
    private static final class SniffFails extends Named {
        int asked;

        SniffFails() {
            super("buggy");
        }

        @Override
        public int sniff(String fileName, String head) {
            asked++;
            throw new IllegalStateException("sniff bug");
        }
    }

    /** The providers given, with a ServiceLoader-style error before the second. */
    private static Iterator<FormatProvider> withALoadError(List<FormatProvider> providers) {
        return new Iterator<>() {
            private int next;
            private boolean failed;

            @Override
            public boolean hasNext() {
                return next < providers.size();
            }

            @Override
            public FormatProvider next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (next == 1 && !failed) {
                    failed = true;
                    throw new ServiceConfigurationError("com.example.Missing: Provider not found");
                }
                return providers.get(next++);
            }
        };
    }

    @Test
    void badProvidersAreLeftOutWithAReasonAndTheOthersWork() {
        Named alpha = new Named("alpha", "a");
        Named beta = new Named("beta");
        Formats.Registry r = Formats.Registry.load(withALoadError(
                List.of(alpha, beta, new Named("JSON"), new Twin("alpha"), new Named("gamma", "A"), new Broken())));

        assertThat(r.all()).containsExactly(alpha, beta);
        assertThat(r.byName())
                .containsEntry("a", alpha)
                .containsEntry("beta", beta)
                .hasSize(3);
        assertThat(r.problems())
                .hasSize(5)
                .anySatisfy(m -> assertThat(m).contains("could not be loaded").contains("com.example.Missing"))
                .anySatisfy(m -> assertThat(m).contains("'JSON'").contains("lower case"))
                .anySatisfy(m -> assertThat(m).contains(Twin.class.getName()).contains("'alpha'"))
                .anySatisfy(m -> assertThat(m).contains("'a'").contains(Named.class.getName()))
                .anySatisfy(m -> assertThat(m).contains(Broken.class.getName()).contains("no name today"));
    }

    @Test
    void aProviderWhoseSniffThrowsIsSkippedInDetectionAndReportedOnce() {
        SniffFails buggy = new SniffFails();
        Claiming toy = new Claiming("toy");
        // "buggy" sorts before "toy": it is asked first, every time
        Formats.Registry r =
                Formats.Registry.load(List.<FormatProvider>of(toy, buggy).iterator());
        assertThat(r.problems()).isEmpty();

        assertThat(r.detect("a.toy", "anything")).containsSame(toy);
        assertThat(r.detect("a.txt", "anything")).isEmpty();
        assertThat(buggy.asked).isEqualTo(2);
        assertThat(r.problems())
                .singleElement()
                .satisfies(m -> assertThat(m)
                        .contains(SniffFails.class.getName())
                        .contains("format detection")
                        .contains("sniff bug"));
        assertThat(r.all()).as("still a format: it can be named").contains(buggy);
    }

    @Test
    void withoutProblemsEveryProviderIsTakenByNameAndAlias() {
        Named text = new Named("text", "TXT");
        Formats.Registry r = Formats.Registry.load(
                List.<FormatProvider>of(new Named("json"), text).iterator());
        assertThat(r.problems()).isEmpty();
        assertThat(r.all()).extracting(FormatProvider::name).containsExactly("json", "text");
        assertThat(r.byName()).containsEntry("txt", text);
    }

    @Test
    void theFormatsOfThisModuleLoadWithoutProblems() {
        // resdom-io alone provides no format: none found, none refused, and no class poisoned
        assertThat(Formats.problems()).isEmpty();
        assertThat(Formats.find("json")).isEmpty();
        assertThat(Formats.detect("RESOLUTION 71")).isEmpty();
    }
}
