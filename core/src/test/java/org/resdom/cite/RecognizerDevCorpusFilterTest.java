package org.resdom.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.resdom.model.Body;
import org.resdom.model.Language;

/**
 * The recogniser's shortcuts (the filter that skips texts with nothing to cite, the title
 * look-ups) never change what is found in real text: every paragraph ({@code <p>}) of every
 * Akoma Ntoso file of the development corpus, in its language, is recognised with the shortcuts
 * and without them ({@link Recognizer#findTokenizing}: every text tokenised), and its titles are
 * found with the look-ups and with every head tried in turn ({@link Titles#findPlain}).
 */
class RecognizerDevCorpusFilterTest {

    private static final Path CORPUS = Path.of("../io/tests/src/test/resources/corpus/dev");
    private static final Pattern PARAGRAPH = Pattern.compile("<(?:akn:)?p\\b[^>]*>(.*?)</(?:akn:)?p>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private record Para(Language language, String text) {}

    private static List<Para> paragraphs() throws IOException {
        List<Para> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            files = walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        for (Path f : files) {
            Language l = language(f.getParent().getFileName().toString());
            Matcher m = PARAGRAPH.matcher(Files.readString(f));
            while (m.find()) {
                String text = TAG.matcher(m.group(1))
                        .replaceAll("")
                        .replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&quot;", "\"")
                        .replace("&apos;", "'")
                        .replace("&amp;", "&")
                        .strip();
                if (!text.isEmpty()) {
                    out.add(new Para(l, text));
                }
            }
        }
        return out;
    }

    private static Language language(String folder) {
        for (Language l : Language.official()) {
            if (l.name().equals(folder.toUpperCase(Locale.ROOT))) {
                return l;
            }
        }
        return Language.ENGLISH; // the ITU files
    }

    @Test
    @Timeout(300)
    void theShortcutsFindWhatTheFullReadFindsInEveryParagraph() throws IOException {
        List<Para> paras = paragraphs();
        assertThat(paras).as("paragraphs of the development corpus").hasSizeGreaterThan(10_000);
        int cited = 0;
        for (Para p : paras) {
            Recognizer r = Recognizer.of(p.language(), Body.UN_HRC);
            List<CitationMatch> found = r.find(p.text());
            assertThat(found).as("%s: %s", p.language(), p.text()).isEqualTo(r.findTokenizing(p.text()));
            cited += found.isEmpty() ? 0 : 1;
            Vocabulary v = Vocabulary.of(p.language());
            Normalized t = Normalized.of(p.text());
            assertThat(Titles.find(v, t)).as("%s: %s", p.language(), p.text()).isEqualTo(Titles.findPlain(v, t));
        }
        // the comparison is worth something only where citations are found
        assertThat(cited).as("paragraphs with citations").isGreaterThan(1_000);
    }
}
