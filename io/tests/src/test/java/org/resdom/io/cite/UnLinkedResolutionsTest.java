package org.resdom.io.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.resdom.io.akn.AknResolutionReader;
import org.resdom.model.Citation;
import org.resdom.model.Resolution;
import org.resdom.model.UnDocumentCitation;
import org.resdom.model.UnResolutionCitation;

/**
 * Every UN resolution the UN itself links ({@code <a href="…/A/RES/60/251">}) in the development
 * corpus, in all six languages, is read as a typed citation of that number with the link as its
 * target, and has a position. The expectation comes from the markup, not from the recogniser.
 */
class UnLinkedResolutionsTest {

    private static final Pattern LINK = Pattern.compile(
            "<a\\s+href=\"([^\"]*undocs\\.org/(?:[a-z]{2}/)?(?:A/RES|A/HRC/RES|A/HRC/DEC|S/RES|A/DEC)/([^\"]+))\"");
    /** A link the UN put on a State's decree number ("المرسوم رقم <a …/A/HRC/RES/22/36>"): a link, not a resolution. */
    private static final Pattern ON_A_DECREE = Pattern.compile(
            "(?iu)(?:decree|décret|decreto|декрет\\p{L}*|المرسوم)" + "\\s*(?:No\\.|n°|núm\\.|№|رقم)?\\s*$");

    @Test
    void everyLinkedResolutionIsATypedCitationInEveryLanguage() throws Exception {
        Path root = Path.of(getClass().getResource("/corpus/dev/un-hrc-54").toURI());
        Map<String, int[]> perLanguage = new TreeMap<>();
        List<String> missed = new ArrayList<>();
        int decrees = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                String lang = f.getParent().getFileName().toString();
                String raw = Files.readString(f, StandardCharsets.UTF_8);
                Matcher m = LINK.matcher(raw);
                List<String> expected = new ArrayList<>();
                List<String> onDecrees = new ArrayList<>();
                while (m.find()) {
                    String before = raw.substring(Math.max(0, m.start() - 40), m.start());
                    (ON_A_DECREE.matcher(before).find() ? onDecrees : expected).add(m.group(1));
                }
                Resolution read = onDecrees.isEmpty()
                        ? null
                        : AknResolutionReader.create().read(f).resolution();
                for (String href : onDecrees) {
                    decrees++;
                    assertThat(read.citations())
                            .as("%s %s", f.getFileName(), href)
                            .anyMatch(c -> c instanceof UnDocumentCitation d
                                    && d.target().equals(Optional.of(href)))
                            .noneMatch(c -> c instanceof UnResolutionCitation u
                                    && u.target().equals(Optional.of(href)));
                }
                if (expected.isEmpty()) {
                    continue;
                }
                Resolution r = AknResolutionReader.create().read(f).resolution();
                List<UnResolutionCitation> linked = new ArrayList<>();
                for (Citation c : r.citations()) {
                    if (c instanceof UnResolutionCitation u && u.target().isPresent()) {
                        linked.add(u);
                        assertThat(c.span())
                                .as("%s %s has a position", f.getFileName(), c.text())
                                .isPresent();
                    }
                }
                int[] counts = perLanguage.computeIfAbsent(lang, k -> new int[2]);
                for (String href : new java.util.LinkedHashSet<>(expected)) {
                    String number = number(href);
                    counts[0]++;
                    if (linked.stream()
                            .anyMatch(u ->
                                    u.target().get().equals(href) && u.number().equals(number))) {
                        counts[1]++;
                    } else {
                        missed.add(f.getFileName() + " " + href);
                    }
                }
            }
        }
        perLanguage.forEach((l, c) -> System.out.printf("linked UN resolutions %-8s %4d of %4d%n", l, c[1], c[0]));
        System.out.printf("links on a decree's number, read as document links: %d%n", decrees);
        assertThat(perLanguage).hasSize(6);
        assertThat(missed).as("linked resolutions not read as typed citations").isEmpty();
    }

    private static String number(String href) {
        String sym = href.substring(href.indexOf("undocs.org/") + "undocs.org/".length());
        if (sym.matches("[a-z]{2}/.*")) {
            sym = sym.substring(3);
        }
        String[] p = sym.split("/");
        int from = p[1].equals("HRC") ? 3 : 2;
        String n = String.join("/", java.util.Arrays.copyOfRange(p, from, p.length));
        return p[0].equals("S") ? n.replace("(", " (") : n;
    }
}
