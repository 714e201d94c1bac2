package org.resdom.io.extracted;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resdom.io.akn.AknResolutionReader;
import org.resdom.io.text.TextResolutionReader;
import org.resdom.io.text.TextResolutionWriter;
import org.resdom.model.Resolution;
import org.resdom.validation.Validator;

/**
 * The UN Human Rights Council resolutions of the dev corpus, in six languages, number and letter
 * their paragraphs in sequence: read from their Akoma Ntoso, and read from their text (the
 * Akoma Ntoso written as text and read back), the validator finds no label out of sequence.
 * (Before: an operative paragraph 1 opening with a participle joined the preamble, so the
 * operative part began at 2; the UN's fifth Arabic letter (هـ) was no letter.)
 */
class UnLabelSequenceTest {

    private static final int MAX_NUMBER = 41;

    private static void findings(String route, String name, Resolution r, List<String> out) {
        Validator.standard().validate(r).stream()
                .filter(d -> d.code().equals("RD-LABEL-SEQUENCE"))
                .forEach(d -> out.add(route + " " + d.format(name)));
    }

    @Test
    void noLabelIsOutOfSequenceReadFromAknOrFromText() throws IOException {
        List<String> found = new ArrayList<>();
        int documents = 0;
        for (String[] lang : UnMastheadLanguagesTest.LANGUAGES) {
            for (int n = 1; n <= MAX_NUMBER; n++) {
                String name = UnMastheadLanguagesTest.DIR + lang[0] + "/A_HRC_RES_54_" + n + lang[1] + ".xml";
                try (InputStream in = UnLabelSequenceTest.class.getResourceAsStream(name)) {
                    if (in == null) {
                        continue;
                    }
                    documents++;
                    Resolution r = AknResolutionReader.create()
                            .read(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                            .resolution();
                    findings("akn", name, r, found);
                    String text = TextResolutionWriter.create().write(r);
                    findings(
                            "text",
                            name,
                            TextResolutionReader.create().read(text).resolution(),
                            found);
                }
            }
        }
        assertThat(documents).isGreaterThan(200);
        assertThat(found).isEmpty();
    }
}
