package org.resdom.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.resdom.io.corpus.Corpus;
import org.resdom.io.corpus.CorpusDocument;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resdom.model.Label;
import org.resdom.model.Language;
import org.resdom.model.OpeningFormula;
import org.resdom.model.Located;
import org.resdom.model.Node;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.model.Section;
import org.resdom.model.SourceSpan;

/**
 * Alignment accuracy on UN HRC 54 (35 resolutions in six languages, 210 files), against the publisher's own markup.
 *
 * <p>The reference: the UN's Akoma Ntoso files give every container, paragraph and point an {@code eId}
 * ({@code container_7}, {@code para_13_list_point_b}), assigned in each language file by the publisher. resdom
 * does not keep those ids, and the aligner never sees them; this test maps each clause back to the eId of the
 * source element at its position (its own, or its section's plus its place in the section) and counts, over
 * every (pivot clause, other language) for which the reference or the aligner gives a counterpart, how often
 * the aligner's counterpart is the reference one. A clause the aligner leaves unpaired where the reference has
 * one, or pairs where the reference has none, counts as wrong.
 */
class AlignmentAccuracyTest {

    @Test
    void alignsAtLeastNinetyFivePercentOfClausesOfHrc54() throws Exception {
        Path root = DevCorpus.hrc54();
        Map<String, List<CorpusDocument>> groups = new TreeMap<>();
        try (var docs = Corpus.of(root).stream()) {
            docs.forEach(d -> {
                assertThat(d.readable()).as(d.name()).isTrue();
                groups.computeIfAbsent(Aligner.groupKey(d.resolution().orElseThrow()),
                        k -> new ArrayList<>()).add(d);
            });
        }
        assertThat(groups.keySet()).hasSize(35);
        int pairs = 0;
        int correct = 0;
        int clauses = 0;
        int samePairs = 0;
        int sameCorrect = 0;
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<CorpusDocument>> g : groups.entrySet()) {
            Map<Language, Map<String, String>> gold = new HashMap<>();
            Map<Language, java.util.Set<String>> shape = new HashMap<>();
            Map<Language, List<ExportRecord>> records = new TreeMap<>();
            for (CorpusDocument d : g.getValue()) {
                Resolution r = d.resolution().orElseThrow();
                gold.put(r.identity().language(), reference(r, d.file()));
                shape.put(r.identity().language(), eIdsByPosition(d.file()).values().stream()
                        .filter(k -> CLAUSE.matcher(k).find()).collect(Collectors.toCollection(java.util.TreeSet::new)));
                records.put(r.identity().language(), Exporter.of(Unit.PARAGRAPH).records(r, d.name()));
            }
            List<AlignedRecord> aligned = Aligner.of().alignRecords(records);
            Language pivot = aligned.get(0).pivot();
            Map<String, String> pivotGold = gold.get(pivot);
            // reference pairs: pivot element -> (language -> element)
            for (ExportRecord p : records.get(pivot)) {
                clauses++;
                String ref = pivotGold.get(p.elementId());
                AlignedRecord a = aligned.stream().filter(x -> x.versions().get(0) == p).findFirst().orElseThrow();
                for (Language l : records.keySet()) {
                    if (l == pivot) {
                        continue;
                    }
                    Optional<String> expected = ref == null ? Optional.empty() : gold.get(l).entrySet().stream()
                            .filter(e -> e.getValue().equals(ref)).map(Map.Entry::getKey).findFirst();
                    Optional<String> actual = a.versions().stream().filter(v -> v.language() == l)
                            .map(ExportRecord::elementId).findFirst();
                    if (expected.isEmpty() && actual.isEmpty()) {
                        continue;
                    }
                    pairs++;
                    boolean same = shape.get(pivot).equals(shape.get(l));
                    if (same) {
                        samePairs++;
                    }
                    if (expected.equals(actual)) {
                        correct++;
                        if (same) {
                            sameCorrect++;
                        }
                    } else {
                        wrong.add(g.getKey() + " " + p.elementId() + " -> " + l.code() + " expected " + expected
                                + " got " + actual);
                    }
                }
            }
        }
        double all = (double) correct / pairs;
        double accuracy = (double) sameCorrect / samePairs;
        System.out.printf(java.util.Locale.ROOT, "alignment of un-hrc-54: %d documents, %d pivot clauses; %d pairs of versions whose "
                + "markup has the same shape, %d aligned as the reference: %.2f%%; all %d pairs (reference by "
                + "position, wrong where the versions' markup differs): %d, %.2f%%%n", groups.size(), clauses,
                samePairs, sameCorrect, 100 * accuracy, pairs, correct, 100 * all);
        wrong.stream().map(w -> w.replaceAll(" .* -> ([a-z]+) .*", " $1")).collect(Collectors.groupingBy(w -> w,
                TreeMap::new, Collectors.counting())).forEach((k, v) -> System.out.println("  wrong: " + k + " " + v));
        assertThat(samePairs).isGreaterThan(5000);
        assertThat(accuracy).isGreaterThanOrEqualTo(0.95);
    }

    /** Each paragraph's reference key: the publisher's eId at its position (or its section's plus its place). */
    static Map<String, String> reference(Resolution r, Path file) throws IOException, XMLStreamException {
        Map<String, String> eIdAt = eIdsByPosition(file);
        Map<String, String> out = new HashMap<>();
        for (Located<Node> l : r.elements()) {
            Optional<SourceSpan> own;
            if (l.node() instanceof Paragraph p) {
                own = p.span();
            } else if (l.node() instanceof OpeningFormula f) {
                own = f.span();
            } else {
                continue;
            }
            if (own.isPresent()) {
                String e = eIdAt.get(own.get().line() + ":" + own.get().column());
                if (e != null) {
                    out.put(l.id(), e);
                }
                continue;
            }
            Optional<Located<Section>> section = l.enclosing(Section.class);
            if (section.isPresent() && section.get().node().span().isPresent()) {
                SourceSpan s = section.get().node().span().get();
                String e = eIdAt.get(s.line() + ":" + s.column());
                if (e != null) {
                    out.put(l.id(), e + l.id().substring(section.get().id().length()));
                }
            }
        }
        return out;
    }

    private static Map<String, String> eIdsByPosition(Path file) throws IOException, XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        Map<String, String> out = new HashMap<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            XMLStreamReader x = f.createXMLStreamReader(in);
            java.util.Deque<Map<String, Integer>> counts = new java.util.ArrayDeque<>();
            java.util.Deque<String> keys = new java.util.ArrayDeque<>();
            counts.push(new HashMap<>());
            keys.push("");
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = x.getLocalName();
                    int n = counts.peek().merge(name, 1, Integer::sum);
                    String key = keys.peek() + "/" + name + n;
                    if (x.getAttributeValue(null, "eId") != null) {
                        out.put(x.getLocation().getLineNumber() + ":" + x.getLocation().getColumnNumber(), key);
                    }
                    counts.push(new HashMap<>());
                    keys.push(key);
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    counts.pop();
                    keys.pop();
                }
            }
            x.close();
        }
        return out;
    }

    /**
     * The publisher writes a point's own letter into its eId ({@code point_b}, {@code point_ب}, {@code point_б}):
     * the reference compares the letter's place in its alphabet instead.
     */
    static String letters(String eId) {
        Matcher m = POINT.matcher(eId);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String letter = m.group(1);
            String ordinal;
            try {
                OptionalInt o = Label.of(letter).letterOrdinal();
                ordinal = o.isPresent() ? "#" + o.getAsInt() : letter;
            } catch (RuntimeException e) {
                ordinal = letter;
            }
            m.appendReplacement(b, Matcher.quoteReplacement("point_" + ordinal));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static final Pattern CLAUSE = Pattern.compile(
            "/(container|paragraph|point|formula|hcontainer|item|list|blockList|subparagraph)\\d+$");

    private static final Pattern POINT = Pattern.compile("point_([^_]+)");

    static String summary(Map<String, Integer> m) {
        return m.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
