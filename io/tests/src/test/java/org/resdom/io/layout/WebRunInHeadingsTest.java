package org.resdom.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resdom.io.ReadResult;
import org.resdom.io.text.TextResolutionReader;
import org.resdom.model.Inline;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;

/**
 * Web text read whole: a heading run into the last bullet of a list opens the next section, and a
 * bullet a later stage cuts (the text after footnotes under a rule) still opens its item.
 */
class WebRunInHeadingsTest {

    private static final String HEAD = "RESOLUTION 58 (REV. DUBAI, 2018)\nStrengthening relations\n"
            + "The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n";

    private static List<String> sections(String web) {
        ReadResult r = TextResolutionReader.create().read(web);
        Resolution res = r.resolution();
        assertThat(res.hints().values()).containsEntry(LayoutResolutionReader.META_INPUT, "web-text");
        List<String> out = new ArrayList<>();
        res.preamble().forEach(sec -> {
            out.add("# " + sec.phrase().text());
            sec.paragraphs().forEach(p -> paragraph(p, out));
        });
        res.operative().forEach(sec -> {
            out.add("# " + sec.phrase().map(ph -> ph.text()).orElse(""));
            sec.paragraphs().forEach(p -> paragraph(p, out));
        });
        return out;
    }

    private static void paragraph(Paragraph p, List<String> out) {
        out.add(p.label().map(l -> l.text() + " ").orElse("")
                + Inline.plainText(p.content()).strip());
        p.items().forEach(i -> paragraph(i, out));
    }

    @Test
    void aHeadingRunIntoTheLastBulletOpensTheNextSection() {
        String web = HEAD
                + "  \u2022 recognizing\n"
                + "    \u2022 the relevant paragraphs of the Tunis Agenda on indicators, highlighting\n"
                + "    \u2022 that ITU should establish a period of validity,\n"
                + "  \u2022 resolves\n"
                + "    \u2022 to continue the work;\n"
                + "    \u2022 to allocate the funds for this resolution, instructs the Director of the Bureau\n"
                + "    \u2022 to continue the assistance;\n"
                + "    \u2022 to report to the Council.\n";
        assertThat(sections(web))
                .containsExactly(
                        "# recognizing",
                        "the relevant paragraphs of the Tunis Agenda on indicators,",
                        "# highlighting",
                        "that ITU should establish a period of validity,",
                        "# resolves",
                        "to continue the work;",
                        "to allocate the funds for this resolution,",
                        "# instructs the Director of the Bureau",
                        "to continue the assistance;",
                        "to report to the Council.");
    }

    @Test
    void aBulletCutWhereTheTextGoesOnAfterItsFootnotesStillOpensItsItem() {
        String web = HEAD
                + "  \u2022 resolves\n"
                + "    \u2022 to seek consultation with the advisory groups;\n"
                + "    \u2022 to report annually to the Council, ____________________ 1 The term is defined"
                + " by the Division. instructs the Director of the Bureau\n"
                + "    \u2022 to implement the strategies.\n";
        List<String> s = sections(web);
        assertThat(s).contains("to seek consultation with the advisory groups;");
        assertThat(s).anyMatch(p -> p.startsWith("to report annually to the Council,"));
    }
}
