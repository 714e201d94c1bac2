package org.resdom.io.extracted;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resdom.io.akn.AknResolutionReader;
import org.resdom.lang.PhraseBook;
import org.resdom.model.Language;
import org.resdom.model.PreambleSection;
import org.resdom.model.Resolution;
import org.resdom.testsupport.CorpusGold;
import org.resdom.testsupport.UnCorpus;

/**
 * The opener shapes of core's phrase tables ({@code PhraseBook.matchOpener}) on the UN HRC 54
 * resolutions in six languages: how many preamble paragraphs they open (the phrases the tables know
 * need none; the shapes are for those they do not), and how many wrapped lines of the same texts
 * rendered as {@code pdftotext} gives them would open with one after a line that ends a sentence
 * part, where the reader might take them for a paragraph's start.
 */
class OpenerShapesCorpusTest {

    static final Map<String, Language> LANGUAGES = Map.of(
            "E", Language.ENGLISH,
            "F", Language.FRENCH,
            "S", Language.SPANISH,
            "R", Language.RUSSIAN,
            "A", Language.ARABIC,
            "C", Language.CHINESE);

    /** Floors: preamble paragraphs opened, per language (the shapes were built from these texts). */
    static final Map<String, Double> OPENED =
            Map.of("English", 0.9, "French", 0.75, "Spanish", 0.9, "Russian", 0.7, "Arabic", 0.9, "Chinese", 0.1);

    /** What ends a sentence part, as the unwrapping stage knows it. */
    static final String ENDS = ",;:.\u060c\u061b\uff0c\uff1b\uff1a\u3002";

    @Test
    void openersOpenPreambleParagraphsAndRarelyAWrappedLine() throws Exception {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (String[] l : UnMastheadLanguagesTest.LANGUAGES) {
            PhraseBook book = PhraseBook.of(LANGUAGES.get(l[1]));
            long[] c = new long[4]; // preamble paragraphs, opened; wrapped lines after a sentence part, opened
            for (int n = 1; n <= 41; n++) {
                String file = UnMastheadLanguagesTest.DIR + l[0] + "/A_HRC_RES_54_" + n + l[1] + ".xml";
                if (getClass().getResource(file) == null) {
                    continue;
                }
                Resolution r = AknResolutionReader.create()
                        .read(UnCorpus.resource(file))
                        .resolution();
                for (PreambleSection s : r.preamble()) {
                    c[0]++;
                    if (book.matchOpener(s.phrase().text()).isPresent()) {
                        c[1]++;
                    }
                }
                int width = l[1].equals("C") ? 45 : 95;
                for (String p : CorpusGold.facts(r, false, true).paragraphs()) {
                    List<String> lines = new ArrayList<>();
                    UnMastheadLanguagesTest.wrap(p, width, l[1].equals("C"), lines);
                    for (int i = 1; i < lines.size(); i++) {
                        String prev = lines.get(i - 1).strip();
                        String line = lines.get(i);
                        if (prev.isEmpty() || ENDS.indexOf(prev.charAt(prev.length() - 1)) < 0) {
                            continue;
                        }
                        c[2]++;
                        // what the reader would open: an opener no phrase of the tables knows, capitalised, or
                        // else after a short line (inside a paragraph every line but the last is full)
                        boolean known = book.matchPreamble(line).isPresent()
                                || book.matchPreamble(line, PhraseBook.Convention.UN)
                                        .isPresent()
                                || book.matchAction(line).isPresent();
                        boolean capital = Character.isUpperCase(line.strip().charAt(0));
                        if (book.matchOpener(line).isPresent() && !known && (capital || prev.length() < width * 0.8)) {
                            c[3]++;
                            System.out.println("opener in a wrapped line (" + l[0] + "): "
                                    + line.substring(0, Math.min(40, line.length())));
                        }
                    }
                }
            }
            counts.put(l[0], c);
        }
        counts.forEach((k, c) -> System.out.printf(
                "openers %s: %d of %d preamble paragraphs (%.1f%%), %d of %d wrapped lines after a sentence part would open for it%n",
                k, c[1], c[0], 100.0 * c[1] / c[0], c[3], c[2]));
        counts.forEach((k, c) -> {
            assertThat(c[0]).as(k).isGreaterThan(500);
            assertThat((double) c[1] / c[0]).as(k + " opened").isGreaterThanOrEqualTo(OPENED.get(k));
            // a wrapped line the reader would open for its opener alone: at most 1 in 100
            assertThat((double) c[3] / c[2]).as(k + " wrapped lines opened").isLessThanOrEqualTo(0.01);
        });
    }
}
