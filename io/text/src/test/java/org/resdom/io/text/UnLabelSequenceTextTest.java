package org.resdom.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.model.Label;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.model.Section;
import org.resdom.validation.Validator;

/**
 * UN resolutions read from text number their operative paragraphs 1, 2, 3 … and letter their
 * points as the UN does; the validator finds nothing out of sequence where nothing is.
 */
class UnLabelSequenceTextTest {

    private static List<String> labels(List<Paragraph> ps) {
        return ps.stream().map(p -> p.label().map(Label::text).orElse("_")).toList();
    }

    private static List<String> sequenceFindings(Resolution r) {
        return Validator.standard().validate(r).stream()
                .filter(d -> d.code().equals("RD-LABEL-SEQUENCE"))
                .map(Diagnostic::message)
                .toList();
    }

    @Test
    void aNumberedParagraphAfterTheUnPreambleOpensTheOperativePartWhateverItsFirstWord() {
        String text = "Human Rights Council,\n"
                + "Recalling its resolution 51/33 of 7 October 2022,\n"
                + "Welcoming the participation of all States in the review,\n"
                + "1.\tEmphasizing that the general debate is an important platform;\n"
                + "2.\tReaffirms that technical cooperation must be strengthened;\n"
                + "3.\tDecides to remain seized of the matter.\n";
        Resolution r = TextResolutionReader.create().read(text).resolution();
        assertThat(r.preamble())
                .hasSize(2)
                .allSatisfy(s -> assertThat(labels(s.paragraphs())).containsOnly("_"));
        assertThat(r.operative())
                .singleElement()
                .satisfies(s -> assertThat(labels(s.paragraphs())).containsExactly("1.", "2.", "3."));
        assertThat(sequenceFindings(r)).isEmpty();
        assertThat(TextResolutionWriter.create().write(r)).isEqualTo(text);
    }

    @Test
    void numberedItemsOfAPreambleParagraphEndingWithAColonStayItsItems() {
        String text = "considering\n"
                + "a)\tthat the following apply:\n"
                + "1)\tthe first;\n"
                + "2)\tthe second,\n"
                + "resolves\n"
                + "1\tto act.\n";
        Resolution r = TextResolutionReader.create().read(text).resolution();
        assertThat(r.preamble())
                .singleElement()
                .satisfies(
                        s -> assertThat(labels(s.paragraphs().get(0).items())).containsExactly("1)", "2)"));
        assertThat(sequenceFindings(r)).isEmpty();
    }

    @Test
    void theUnFifthArabicLetterWithItsTatweelFollowsTheFourth() {
        String text = "إن مجلس حقوق الإنسان،\n"
                + "إذ يشير إلى ميثاق الأمم المتحدة،\n"
                + "1-\tيطلب إلى المفوض السامي ما يلي:\n"
                + "(أ)\tالأول؛\n"
                + "(ب)\tالثاني؛\n"
                + "(ج)\tالثالث؛\n"
                + "(د)\tالرابع؛\n"
                + "(هـ)\tالخامس؛\n"
                + "(و)\tالسادس.\n";
        Resolution r = TextResolutionReader.create().read(text).resolution();
        List<Section> operative = List.copyOf(r.operative());
        assertThat(operative)
                .singleElement()
                .satisfies(s -> assertThat(labels(s.paragraphs().get(0).items()))
                        .containsExactly("(أ)", "(ب)", "(ج)", "(د)", "(هـ)", "(و)"));
        assertThat(sequenceFindings(r)).isEmpty();
    }
}
