package org.resdom.io.akn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.resdom.model.Located;
import org.resdom.model.Node;
import org.resdom.model.Resolution;
import org.resdom.model.Text;

/**
 * The reference document's Akoma Ntoso, compared with {@code golden/akn/reference.akn.xml}. Run with
 * {@code -Dresdom.golden.update=true} to rewrite the golden file (in src/test/resources).
 */
class AknGoldenTest {

    private static final Path SOURCE = Path.of("src/test/resources/golden/akn/reference.akn.xml");

    @Test
    void referenceDocumentMatchesTheGoldenFile() throws IOException {
        String xml = AknResolutionWriter.create().write(Samples.reference());
        if (Boolean.getBoolean("resdom.golden.update")) {
            Files.createDirectories(SOURCE.getParent());
            Files.writeString(SOURCE, xml, StandardCharsets.UTF_8);
        }
        assertThat(xml).isEqualTo(AknSchemaTest.resource("/golden/akn/reference.akn.xml"));
    }

    @Test
    void everyModelIdIsAnEidAndEveryEidIsUnique() {
        Resolution r = Samples.reference();
        String xml = AknResolutionWriter.create().write(r);
        String outsideFacts = xml.replaceAll("(?s)<proprietary.*</proprietary>", "");
        Matcher m = Pattern.compile(" eId=\"([^\"]+)\"").matcher(outsideFacts);
        Set<String> eIds = new HashSet<>();
        int count = 0;
        while (m.find()) {
            count++;
            eIds.add(m.group(1));
        }
        assertThat(eIds).hasSize(count);
        for (Located<Node> l : r.elements()) {
            // a paired call-out and its body share one authorialNote, which takes the body's id
            if (l.node() instanceof Text
                    || l.node() instanceof org.resdom.model.FootnoteRef
                    || l.id().isEmpty()
                    || l.node() instanceof org.resdom.model.OperativeSection s
                            && s.phrase().isEmpty()) {
                continue;
            }
            assertThat(eIds).as(l.toString()).contains(l.id());
        }
        assertThat(xml)
                .contains("href=\"!annex_1\"")
                .contains("<authorialNote marker=\"1\" placement=\"bottom\"")
                .contains("/akn/un/statement/deliberation/itu-pp/2022-10-14/71/eng@2022-10-14/!main")
                .contains("/akn/un/statement/deliberation/itu-pp/2018-01-01/70")
                .contains("/akn/un/statement/deliberation/unga/70-1");
    }
}
