package org.resdom.io.extracted;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.resdom.io.ReadResult;
import org.resdom.io.text.TextResolutionReader;
import org.resdom.model.Resolution;
import org.resdom.testsupport.CorpusGold;
import org.resdom.testsupport.UnCorpus;

/**
 * The text reader on {@code pdftotext} output of PDFs rendered in the UN layout from the real UN
 * Human Rights Council Akoma Ntoso of the dev corpus (two masthead kinds: Human Rights Council,
 * and the same content under a General Assembly masthead), scored against gold from that markup.
 */
public class UnExtractedCorpusTest {

    @Test
    void pdftotextOutputReadsForItsStructure() throws IOException {
        CorpusGold.Scores s = new CorpusGold.Scores();
        TextResolutionReader reader = TextResolutionReader.create();
        for (String name : UnCorpus.names()) {
            Resolution gold = UnCorpus.source(name);
            ReadResult r = reader.read(UnCorpus.resource(UnCorpus.DIR + name + ".txt"));
            s.add(CorpusGold.facts(gold, false), CorpusGold.facts(r.resolution()));
            s.documents++;
            if (UnCorpus.identityRight(name, gold, r.resolution())) {
                s.identityRight++;
            }
        }
        System.out.println("UN pdftotext (" + s.documents + " documents): " + s);
        // floors just under what is measured (99.8 %, 99.8 %, 99.8 %, 96.7 %: docs/text-format.md)
        assertThat(s.paragraphs.precision()).isGreaterThanOrEqualTo(0.995);
        assertThat(s.paragraphs.recall()).isGreaterThanOrEqualTo(0.995);
        assertThat(s.phrases.recall()).isGreaterThanOrEqualTo(0.995);
        assertThat(s.footnotes.recall()).isGreaterThanOrEqualTo(0.96);
        assertThat(s.footnotes.precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(s.identityRight).isEqualTo(s.documents);
    }
}
