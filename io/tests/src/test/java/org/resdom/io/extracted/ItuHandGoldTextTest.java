package org.resdom.io.extracted;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.resdom.io.text.TextResolutionReader;
import org.resdom.testsupport.ItuHandGold;
import org.resdom.testsupport.UnCorpus;

/**
 * The text reader on six ITU PP-18 texts of the dev corpus (Word extracts) against gold made by
 * hand from reading them ({@code corpus/itu-hand}, see its README): every paragraph by label,
 * first and last words, every phrase with its first paragraph, every footnote with its call-out,
 * the annexes. The markup-made gold of {@link ItuTextCorpusTest} keeps what the extract runs into
 * one line together; this gold does not.
 */
class ItuHandGoldTextTest {

    static ItuHandGold.Tally measure() throws Exception {
        ItuHandGold.Tally t = new ItuHandGold.Tally();
        TextResolutionReader reader = TextResolutionReader.create();
        for (String name : ItuHandGold.names()) {
            String text = UnCorpus.resource(ItuTextCorpusTest.TEXT + name + "-en.txt");
            t.add(ItuHandGold.load(name), reader.read(text).resolution());
        }
        return t;
    }

    @Test
    void handAnnotatedItuTexts() throws Exception {
        ItuHandGold.Tally t = measure();
        System.out.println("ITU hand gold, text (" + t.documents + " documents): " + t);
        if (Boolean.getBoolean("resdom.gold.print")) {
            t.misses.forEach(System.out::println);
        }
        assertThat(t.documents).isEqualTo(6);
        assertThat(t.paragraphs.gold()).isEqualTo(275);
        // floors at what is measured (docs/text-format.md): the Word extracts run paragraphs,
        // items, phrases and annex headings into one line, which the reader keeps together
        // (0.920: the operative text a Word extract runs on after the footnotes of a page, once
        // kept inside the last note, is now read as text, one line of run-in paragraphs)
        assertThat(t.paragraphs.precision()).isGreaterThanOrEqualTo(0.920);
        assertThat(t.paragraphs.recall()).isGreaterThanOrEqualTo(0.752);
        assertThat(t.preamble.recall()).isGreaterThanOrEqualTo(0.884);
        assertThat(t.operative.recall()).isGreaterThanOrEqualTo(0.727);
        assertThat(t.paired.recall()).isEqualTo(1.0);
        assertThat(t.paired.precision()).isEqualTo(1.0);
        assertThat(t.bodies.recall()).isEqualTo(1.0);
        assertThat(t.identityRight).isEqualTo(t.documents);
    }
}
