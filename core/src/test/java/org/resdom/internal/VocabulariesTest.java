package org.resdom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.ServiceConfigurationError;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.DiagnosticCode;
import org.resdom.diagnostic.Severity;
import org.resdom.model.SourceHints;
import org.resdom.spi.Vocabulary;

/**
 * A plug-in declares its hint namespaces and diagnostic codes through a {@link Vocabulary}; one that
 * claims what resdom or another plug-in owns is left out with a reason, and the others work.
 */
class VocabulariesTest {

    /** A plug-in's vocabulary: its owner, namespaces, prefix and codes as given. */
    private record Given(String owner, Set<String> hintNamespaces, String codePrefix, List<String> codes)
            implements Vocabulary {
        static Given of(String owner, String... codes) {
            return new Given(
                    owner, Set.of(owner), owner.replace("-", "").toUpperCase(java.util.Locale.ROOT), List.of(codes));
        }

        @Override
        public List<DiagnosticCode> diagnosticCodes() {
            return codes.stream()
                    .map(c -> new DiagnosticCode(owner, c, Set.of(Severity.WARNING), "what " + c + " means"))
                    .toList();
        }
    }

    /** A plug-in whose owner cannot be had. */
    private static final class Throws implements Vocabulary {
        @Override
        public String owner() {
            throw new IllegalStateException("no owner today");
        }
    }

    /** The vocabularies given, with a ServiceLoader-style error before the first. */
    private static Iterator<Vocabulary> withALoadError(List<Vocabulary> vocabularies) {
        return new Iterator<>() {
            private int next;
            private boolean failed;

            @Override
            public boolean hasNext() {
                return next < vocabularies.size();
            }

            @Override
            public Vocabulary next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (!failed) {
                    failed = true;
                    throw new ServiceConfigurationError("com.example.Missing: Provider not found");
                }
                return vocabularies.get(next++);
            }
        };
    }

    @Test
    void aPluginsNamespacesAndCodesJoinResdomsOwn() {
        Vocabularies.Registry r = Vocabularies.load(List.<Vocabulary>of(
                        new Given("toy", Set.of("toy", "toy-layout"), "TOY", List.of("TOY-NOTE", "TOY-HEADER")))
                .iterator());

        assertThat(r.problems()).isEmpty();
        assertThat(r.owners()).containsExactly("resdom", "toy");
        assertThat(r.namespaces()).containsAll(SourceHints.NAMESPACES).contains("toy", "toy-layout");
        assertThat(r.namespaces()).as("a metadata prefix, not a hint namespace").doesNotContain("revision");
        assertThat(r.codes()).containsKeys("TOY-NOTE", "TOY-HEADER", "IO-LIMIT", "TXT-GLUED-REVISION");
        assertThat(r.codes().get("TOY-NOTE").description()).isEqualTo("what TOY-NOTE means");
        assertThat(r.builtInCodes()).extracting(DiagnosticCode::code).doesNotContain("TOY-NOTE");
        assertThat(List.copyOf(r.codes().keySet()).subList(0, r.builtInCodes().size()))
                .as("resdom's own first, in their order")
                .containsExactlyElementsOf(
                        r.builtInCodes().stream().map(DiagnosticCode::code).toList());
    }

    @Test
    void aPluginThatClaimsWhatIsTakenIsLeftOutWholeWithAReason() {
        Vocabularies.Registry r = Vocabularies.load(withALoadError(List.of(
                Given.of("toy", "TOY-NOTE"),
                Given.of("text", "TEXT-X"), // resdom's namespace
                new Given("tx", Set.of("tx"), "TXT", List.of("TXT-NEW")), // resdom's prefix
                new Given("yet", Set.of("toy"), "YET", List.of()), // the toy's namespace (toy sorts first)
                new Given("revs", Set.of("revision"), "REVS", List.of()), // resdom's metadata
                Given.of("wide", "TOY-WIDE"), // outside its prefix
                Given.of("twice", "TWICE-A", "TWICE-A"),
                Given.of("Bad"),
                new Throws())));

        assertThat(r.owners()).containsExactly("resdom", "toy");
        assertThat(r.codes()).containsKey("TOY-NOTE").doesNotContainKeys("TEXT-X", "TXT-NEW", "TOY-WIDE", "TWICE-A");
        assertThat(r.namespaces()).contains("toy").doesNotContain("tx", "yet", "revs", "revision", "wide", "twice");
        assertThat(r.problems())
                .hasSize(9)
                .anySatisfy(m -> assertThat(m).contains("could not be loaded").contains("com.example.Missing"))
                .anySatisfy(m -> assertThat(m).contains("of text left out").contains("'text' is resdom's"))
                .anySatisfy(m -> assertThat(m).contains("of tx left out").contains("TXT- is resdom's"))
                .anySatisfy(m -> assertThat(m).contains("of yet left out").contains("'toy' is toy's"))
                .anySatisfy(m -> assertThat(m).contains("of revs left out").contains("'revision'"))
                .anySatisfy(m -> assertThat(m).contains("TOY-WIDE does not start with its prefix WIDE-"))
                .anySatisfy(m -> assertThat(m).contains("TWICE-A is listed twice"))
                .anySatisfy(m -> assertThat(m).contains("owner Bad"))
                .anySatisfy(m -> assertThat(m).contains(Throws.class.getName()).contains("no owner today"));
    }

    @Test
    void withoutPluginsTheVocabularyIsResdomsOwn() {
        assertThat(Vocabulary.problems()).isEmpty();
        assertThat(Vocabulary.owners()).containsExactly("resdom");
        assertThat(SourceHints.namespaces()).isEqualTo(new java.util.TreeSet<>(SourceHints.NAMESPACES));
        assertThat(DiagnosticCode.all()).isEqualTo(Vocabularies.found().builtInCodes());
    }
}
