package org.resdom.io.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resdom.cite.CitationMatch;
import org.resdom.cite.Recognizer;
import org.resdom.model.AnnexCitation;
import org.resdom.model.Body;
import org.resdom.model.Citation;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.Language;
import org.resdom.model.ProvisionCitation;

/**
 * Precision and recall of the recogniser on ITU reference forms in the six languages (issue 11),
 * against the sentence gold {@code citations/itu/<lang>.tsv}: real sentences of the French text of
 * PP Resolution 71 and sentences written in the ITU's published style, each citation with its exact
 * span. A found citation of an ITU kind matches a gold one of the same sentence with the same start,
 * text, kind, identifier, body and revision; every found citation of an ITU kind is counted, so a
 * false positive lowers precision. The test prints precision and recall per kind and language and
 * fails if a cell falls below its floor ({@code citations/itu/floors.tsv}), if a kind has no gold in
 * a language, if a cell with gold has no floor, or if a floor is under the issue's 97 / 95 %.
 */
class ItuCitationGoldTest {

    private static final List<String> LANGUAGES = List.of("ar", "en", "es", "fr", "ru", "zh");
    private static final List<String> KINDS =
            List.of("resolution", "decision", "opinion", "recommendation", "constitution", "convention", "annex");
    private static final String ALL = "all";

    /** One citation as the gold writes it. */
    private record Cite(int start, String text, String kind, String id, String body, String revision) {
        @Override
        public String toString() {
            return kind + " " + id + " " + body + " " + revision + " @" + start + " «" + text + "»";
        }
    }

    private record Sentence(String id, String source, Body body, String text, List<Cite> gold) {}

    private static final class Cell {
        int gold;
        int found;
        int matched;

        double precision() {
            return found == 0 ? 1.0 : (double) matched / found;
        }

        double recall() {
            return gold == 0 ? 1.0 : (double) matched / gold;
        }
    }

    @Test
    void ituFormsInSixLanguagesReachTheirFloors() throws IOException {
        Map<String, Cell> cells = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        List<String> extras = new ArrayList<>();
        int sentences = 0;
        int real = 0;
        for (String lang : LANGUAGES) {
            for (Sentence s : read(lang)) {
                sentences++;
                real += s.source().equals("hand-written") ? 0 : 1;
                Recognizer r = Recognizer.of(Language.fromCode(lang).orElseThrow(), s.body());
                List<Cite> found = new ArrayList<>();
                for (CitationMatch m : r.find(s.text())) {
                    Cite c = cite(s.text(), m);
                    if (c != null) {
                        found.add(c);
                    }
                }
                List<Cite> left = new ArrayList<>(found);
                for (Cite g : s.gold()) {
                    count(cells, g.kind(), lang).forEach(c -> c.gold++);
                    if (left.remove(g)) {
                        count(cells, g.kind(), lang).forEach(c -> c.matched++);
                    } else {
                        misses.add(s.id() + " " + g);
                    }
                }
                for (Cite f : found) {
                    count(cells, f.kind(), lang).forEach(c -> c.found++);
                }
                for (Cite f : left) {
                    extras.add(s.id() + " " + f);
                }
            }
        }
        StringBuilder report = new StringBuilder(String.format(
                Locale.ROOT,
                "ITU citation gold: %d sentences (%d real, %d hand-written)%n%-15s %-4s %5s %5s %5s %9s %9s%n",
                sentences,
                real,
                sentences - real,
                "kind",
                "lang",
                "gold",
                "found",
                "match",
                "precision",
                "recall"));
        for (Map.Entry<String, Cell> e : new java.util.TreeMap<>(cells).entrySet()) {
            String[] key = e.getKey().split("\t");
            Cell c = e.getValue();
            report.append(String.format(
                    Locale.ROOT,
                    "%-15s %-4s %5d %5d %5d %8.1f%% %8.1f%%%n",
                    key[0],
                    key[1],
                    c.gold,
                    c.found,
                    c.matched,
                    100 * c.precision(),
                    100 * c.recall()));
        }
        misses.forEach(m -> report.append("missed  ").append(m).append('\n'));
        extras.forEach(m -> report.append("extra   ").append(m).append('\n'));
        System.out.println(report);

        List<String> failures = new ArrayList<>();
        for (String kind : KINDS) {
            for (String lang : LANGUAGES) {
                Cell c = cells.get(kind + "\t" + lang);
                if (c == null || c.gold == 0) {
                    failures.add(kind + " " + lang + ": no gold");
                }
            }
        }
        Map<String, double[]> floors = floors();
        for (Map.Entry<String, double[]> f : floors.entrySet()) {
            Cell c = cells.get(f.getKey());
            double[] min = f.getValue();
            if (min[0] < 0.97 || min[1] < 0.95) {
                failures.add(f.getKey() + ": floor under the issue's 97 / 95 %");
            }
            if (c == null || c.gold == 0) {
                failures.add(f.getKey() + ": a floor with no gold");
            } else if (c.precision() < min[0] || c.recall() < min[1]) {
                failures.add(String.format(
                        Locale.ROOT,
                        "%s: %.3f / %.3f under %.3f / %.3f",
                        f.getKey(),
                        c.precision(),
                        c.recall(),
                        min[0],
                        min[1]));
            }
        }
        for (Map.Entry<String, Cell> e : cells.entrySet()) {
            if (!floors.containsKey(e.getKey())) {
                failures.add(e.getKey() + ": a cell with no floor");
            }
        }
        assertThat(failures).as(report.toString()).isEmpty();
    }

    /** The found citation as the gold writes it; null for a kind that is not the ITU's. */
    private static Cite cite(String text, CitationMatch m) {
        Citation c = m.citation();
        String kind = c.kind().code();
        if (!KINDS.contains(kind)) {
            return null;
        }
        String id;
        String body = "-";
        String revision = "-";
        if (c instanceof InstrumentCitation i) {
            id = String.join(",", i.numbers());
            body = i.body().map(Enum::name).orElse("-");
            revision = i.revision()
                    .map(v -> (v.revised() ? "rev " : "") + v.place() + " " + v.year())
                    .orElse("-");
        } else if (c instanceof ProvisionCitation p) {
            id = (p.article().map(a -> "Art. " + a).orElse("")
                            + p.number().map(n -> " No. " + n).orElse("")
                            + p.paragraph().map(n -> " para. " + n).orElse(""))
                    .strip();
        } else if (c instanceof AnnexCitation a) {
            id = a.annex().orElse("") + a.appendix().map(x -> "/" + x).orElse("");
        } else {
            throw new IllegalStateException("an ITU kind of no ITU type: " + c);
        }
        return new Cite(m.start(), text.substring(m.start(), m.end()), kind, id, body, revision);
    }

    /** The cells an event counts in: its kind and language, the kind in all languages, the language, all. */
    private static List<Cell> count(Map<String, Cell> cells, String kind, String lang) {
        List<Cell> out = new ArrayList<>();
        for (String key : List.of(kind + "\t" + lang, kind + "\t" + ALL, ALL + "\t" + lang, ALL + "\t" + ALL)) {
            out.add(cells.computeIfAbsent(key, x -> new Cell()));
        }
        return out;
    }

    private static List<Sentence> read(String lang) throws IOException {
        List<Sentence> out = new ArrayList<>();
        for (String line : lines("citations/itu/" + lang + ".tsv")) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("@")) {
                assertThat(f).as(line).hasSize(5);
                out.add(new Sentence(f[1], f[2], Body.valueOf(f[3]), f[4], new ArrayList<>()));
            } else {
                assertThat(f).as(line).hasSize(7);
                Sentence s = out.get(out.size() - 1);
                assertThat(f[0]).as(line).isEqualTo(s.id());
                Cite g = new Cite(Integer.parseInt(f[1]), f[2], f[3], f[4], f[5], f[6]);
                assertThat(s.text().startsWith(g.text(), g.start()))
                        .as("span of " + line)
                        .isTrue();
                s.gold().add(g);
            }
        }
        return out;
    }

    private static Map<String, double[]> floors() throws IOException {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String line : lines("citations/itu/floors.tsv")) {
            String[] f = line.split("\t");
            out.put(f[0] + "\t" + f[1], new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3])});
        }
        return out;
    }

    private static List<String> lines(String name) throws IOException {
        try (InputStream in = ItuCitationGoldTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        }
    }
}
