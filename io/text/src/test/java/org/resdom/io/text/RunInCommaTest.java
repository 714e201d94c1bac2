package org.resdom.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resdom.model.Inline;
import org.resdom.model.PreambleSection;
import org.resdom.model.Resolution;

/**
 * A preamble phrase followed by a clause set off by a comma ("напоминая, что…", as Russian
 * writes it) opens its own run-in section, and the writer puts the comma back against the
 * phrase, so the line reads and writes back as it was.
 */
class RunInCommaTest {

    private static final String HEAD = "Совет по правам человека,\n"
            + "руководствуясь целями и принципами Устава Организации Объединенных Наций,\n";
    private static final String TAIL = "1.\tпостановляет продолжить рассмотрение этого вопроса.\n";

    private final TextResolutionReader reader = TextResolutionReader.create();
    private final TextResolutionWriter writer = TextResolutionWriter.create();

    @Test
    void aPhraseBeforeACommaOpensItsOwnSectionAndWritesBackAsItWas() {
        String text = HEAD
                + "напоминая, что никто не должен подвергаться насильственному исчезновению,\n"
                + "признавая, что акты насильственного исчезновения являются преступлениями,\n"
                + TAIL;
        Resolution r = reader.read(text).resolution();
        List<PreambleSection> pre = r.preamble();
        assertThat(pre).extracting(s -> s.phrase().text()).containsExactly("руководствуясь", "напоминая", "признавая");
        PreambleSection recalling = pre.get(1);
        assertThat(recalling.runIn()).isTrue();
        assertThat(recalling.paragraphs()).hasSize(1);
        assertThat(Inline.plainText(recalling.paragraphs().get(0).content()))
                .isEqualTo(", что никто не должен подвергаться насильственному исчезновению,");
        assertThat(writer.write(r)).isEqualTo(text);
    }

    @Test
    void aSpaceBeforeTheCommaIsKeptAsTheLineWasWritten() {
        // older output wrote "напоминая , что": it is kept as a paragraph, byte for byte
        String text = HEAD + "напоминая , что никто не должен подвергаться насильственному исчезновению,\n" + TAIL;
        Resolution r = reader.read(text).resolution();
        assertThat(writer.write(r)).isEqualTo(text);
    }

    @Test
    void aCommaRightAfterAnEnglishPhraseOpensItsSectionToo() {
        String text = "The Human Rights Council,\n"
                + "Guided by the purposes and principles of the Charter of the United Nations,\n"
                + "Recalling, in this regard, its earlier resolutions,\n"
                + "1.\tDecides to continue its consideration of the matter.\n";
        Resolution r = reader.read(text).resolution();
        assertThat(r.preamble()).extracting(s -> s.phrase().text()).containsExactly("Guided", "Recalling");
        assertThat(writer.write(r)).isEqualTo(text);
    }
}
