package org.resdom.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.io.TextCodes;
import org.resdom.model.Language;

class LanguageDetectionTest {

    private static Language detect(String s, List<Diagnostic> out) {
        TextLines lines = TextLines.of(s);
        Sink sink = new Sink(100, new Source(lines.starts(), lines.count(), s.length()));
        Language l = LanguageDetection.detect(s, lines, sink);
        out.addAll(sink.finish(s.length()));
        return l;
    }

    @Test
    void byThePhrasesLinesOpenWith() {
        List<Diagnostic> d = new java.util.ArrayList<>();
        assertThat(detect("La Conférence,\nconsidérant\na)\tque\ndécide\n", d)).isEqualTo(Language.FRENCH);
        assertThat(detect("The Conference,\nconsidering\na)\tthat\nresolves\n", d))
                .isEqualTo(Language.ENGLISH);
        assertThat(d).isEmpty();
    }

    @Test
    void labelledLinesDoNotCount() {
        List<Diagnostic> d = new java.util.ArrayList<>();
        // "considérant" after a label is text, not a phrase: only the unlabelled line counts
        assertThat(detect("1\tconsidérant\n2\tconsidérant\nconsidering\n", d)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void byTheScriptWhenNoPhraseIsKnown() {
        List<Diagnostic> d = new java.util.ArrayList<>();
        assertThat(detect("Съешь же ещё этих мягких французских булок да выпей чаю\n", d))
                .isEqualTo(Language.RUSSIAN);
        assertThat(d).isEmpty();
    }

    @Test
    void undeterminedIsSaid() {
        List<Diagnostic> d = new java.util.ArrayList<>();
        assertThat(detect("xyz\n", d)).isEqualTo(Language.UNDETERMINED);
        assertThat(d).extracting(Diagnostic::code).containsExactly(TextCodes.LANGUAGE);
        d.clear();
        assertThat(detect("\n\n", d)).isEqualTo(Language.UNDETERMINED);
        assertThat(d).isEmpty();
    }
}
