package org.resdom.testsupport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.resdom.model.Annex;
import org.resdom.model.Body;
import org.resdom.model.Footnote;
import org.resdom.model.FootnoteRef;
import org.resdom.model.Inline;
import org.resdom.model.Paragraph;
import org.resdom.model.Resolution;
import org.resdom.model.Revision;

/**
 * Hand-annotated gold for ITU texts ({@code corpus/itu-hand/*.gold}, described in that folder's
 * README) and the scores of a reading against it. A paragraph is right when a paragraph read has
 * the same label and text that starts with the gold's first words and ends with its last words
 * (white space collapsed, footnote call-outs left out); a phrase when a section read has the same
 * phrase and its first paragraph is the gold's; a footnote when the paragraph that calls it holds
 * the call-out and the body, with its marker and its first and last words; an annex by heading
 * and title.
 */
public final class ItuHandGold {

    /** The class-path folder of the gold files. */
    public static final String DIR = "/corpus/itu-hand/";

    /**
     * A footnote.
     *
     * @param marker its marker
     * @param calls each call-out, as the text before it (empty list when the text has none)
     * @param first the body's first words
     * @param last the body's last words
     */
    public record Note(String marker, List<String> calls, String first, String last) {}

    /**
     * A paragraph.
     *
     * @param label its label, empty when none
     * @param first its first words
     * @param last its last words
     * @param notes the footnotes it calls
     * @param annex the annex it stands in, -1 when in the body
     */
    public record Para(String label, String first, String last, List<Note> notes, int annex) {}

    /**
     * A phrase opening a section.
     *
     * @param preamble whether of the preamble
     * @param text the phrase
     * @param first the index of its first paragraph, -1 when it has none
     */
    public record Phrase(boolean preamble, String text, int first) {}

    /**
     * An annex.
     *
     * @param heading its heading
     * @param title its title
     */
    public record AnnexGold(String heading, String title) {}

    /**
     * One document's gold.
     *
     * @param name the file name without {@code .gold}
     * @param heading the title line
     * @param kind the document kind ({@code RESOLUTION} …)
     * @param number the number
     * @param place the revision place, empty when none
     * @param year the revision year, 0 when none
     * @param title the subject
     * @param titleNotes footnotes called in the title
     * @param formula the opening formula
     * @param paras the paragraphs in reading order
     * @param phrases the phrases
     * @param annexes the annexes
     */
    public record Gold(
            String name,
            String heading,
            String kind,
            String number,
            String place,
            int year,
            String title,
            List<Note> titleNotes,
            String formula,
            List<Para> paras,
            List<Phrase> phrases,
            List<AnnexGold> annexes) {

        /** @return every footnote, in reading order */
        public List<Note> notes() {
            List<Note> out = new ArrayList<>(titleNotes);
            paras.forEach(p -> out.addAll(p.notes()));
            return out;
        }
    }

    private ItuHandGold() {}

    /**
     * @return the annotated documents' names
     * @throws IOException when the index cannot be read
     */
    public static List<String> names() throws IOException {
        List<String> out = new ArrayList<>();
        for (String l : Resources.text(DIR + "index.txt").split("\n")) {
            if (!l.isBlank()) {
                out.add(l.strip());
            }
        }
        return out;
    }

    /**
     * @param name a document's name
     * @return its gold
     * @throws IOException when it cannot be read
     */
    public static Gold load(String name) throws IOException {
        return parse(name, Resources.text(DIR + name + ".gold"));
    }

    /**
     * @param name the document's name
     * @param text the gold file
     * @return the gold
     */
    public static Gold parse(String name, String text) {
        String heading = "";
        String kind = "";
        String number = "";
        String place = "";
        int year = 0;
        String title = "";
        String formula = "";
        List<Note> titleNotes = new ArrayList<>();
        List<Para> paras = new ArrayList<>();
        List<Phrase> phrases = new ArrayList<>();
        List<AnnexGold> annexes = new ArrayList<>();
        boolean lastWasTitle = false;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "heading" -> heading = f[1];
                case "identity" -> {
                    kind = f[1];
                    number = f[2];
                    place = f[3];
                    year = Integer.parseInt(f[4]);
                }
                case "title" -> title = f[1];
                case "formula" -> formula = f[1];
                case "preamble", "operative" -> phrases.add(new Phrase(f[0].equals("preamble"), f[1], paras.size()));
                case "annex" -> annexes.add(new AnnexGold(f[1], f[2]));
                case "para" -> {
                    String[] words = ends(f[2]);
                    paras.add(new Para(f[1], words[0], words[1], new ArrayList<>(), annexes.size() - 1));
                }
                case "note" -> {
                    List<String> calls = new ArrayList<>();
                    if (!f[2].equals("-")) {
                        for (String c : f[2].split(" ;; ")) {
                            calls.add(c.substring(0, c.lastIndexOf('|')));
                        }
                    }
                    String[] words = ends(f[3]);
                    Note n = new Note(f[1], calls, words[0], words[1]);
                    if (lastWasTitle) {
                        titleNotes.add(n);
                    } else {
                        paras.get(paras.size() - 1).notes().add(n);
                    }
                    continue;
                }
                default -> throw new IllegalArgumentException(name + ": unknown gold line " + line);
            }
            lastWasTitle = f[0].equals("title");
        }
        // a phrase's first paragraph is the next one, when it comes before the next phrase or annex
        List<Phrase> fixed = new ArrayList<>();
        for (int i = 0; i < phrases.size(); i++) {
            Phrase p = phrases.get(i);
            int next = i + 1 < phrases.size() ? phrases.get(i + 1).first() : paras.size();
            boolean has = p.first() < next
                    && p.first() < paras.size()
                    && paras.get(p.first()).annex() < 0;
            fixed.add(new Phrase(p.preamble(), p.text(), has ? p.first() : -1));
        }
        return new Gold(name, heading, kind, number, place, year, title, titleNotes, formula, paras, fixed, annexes);
    }

    private static String[] ends(String s) {
        int cut = s.indexOf(" \u2026 ");
        return cut < 0 ? new String[] {s, s} : new String[] {s.substring(0, cut), s.substring(cut + 3)};
    }

    /**
     * @param s text
     * @return the text compared: white space collapsed, hyphens and dashes of labels unified
     */
    public static String key(String s) {
        return s.replace('\u2011', '-')
                .replace('\u2010', '-')
                .replaceAll("[\\s\u00a0\u202f\u2009]+", " ")
                .strip();
    }

    private static String labelKey(String s) {
        String k = key(s);
        return k.equals("\u2013") || k.equals("\u2014") ? "-" : k;
    }

    /** A paragraph read, flattened. */
    record Found(String label, String text, Paragraph paragraph) {}

    /** Scores over several documents. */
    public static final class Tally {
        /** Paragraphs. */
        public final CorpusGold.Score paragraphs = new CorpusGold.Score();
        /** Preamble phrases. */
        public final CorpusGold.Score preamble = new CorpusGold.Score();
        /** Operative phrases (actions). */
        public final CorpusGold.Score operative = new CorpusGold.Score();
        /** Footnotes paired with their call-outs in the paragraph that calls them. */
        public final CorpusGold.Score paired = new CorpusGold.Score();
        /** Footnote bodies found anywhere as footnotes with their marker. */
        public final CorpusGold.Score bodies = new CorpusGold.Score();
        /** Annexes. */
        public final CorpusGold.Score annexes = new CorpusGold.Score();
        /** Documents. */
        public int documents;
        /** Documents whose identity (body, kind, number, revision, title) was right. */
        public int identityRight;
        /** What was missed or extra, one line each, for printing. */
        public final List<String> misses = new ArrayList<>();

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "paragraphs %s; preamble phrases %s; operative phrases %s; footnotes paired %s;"
                            + " footnote bodies %s; annexes %s; identity %d/%d",
                    paragraphs,
                    preamble,
                    operative,
                    paired,
                    bodies,
                    annexes,
                    identityRight,
                    documents);
        }

        /**
         * Scores one reading.
         *
         * @param g the gold
         * @param r the document read
         */
        public void add(Gold g, Resolution r) {
            documents++;
            List<Found> found = new ArrayList<>();
            r.preamble().forEach(s -> s.paragraphs().forEach(p -> flatten(p, found)));
            r.operative().forEach(s -> s.paragraphs().forEach(p -> flatten(p, found)));
            r.annexes().forEach(a -> a.paragraphs().forEach(p -> flatten(p, found)));
            // paragraphs
            Found[] match = new Found[g.paras().size()];
            boolean[] used = new boolean[found.size()];
            for (int i = 0; i < g.paras().size(); i++) {
                Para p = g.paras().get(i);
                for (int j = 0; j < found.size(); j++) {
                    if (!used[j] && matches(p, found.get(j))) {
                        used[j] = true;
                        match[i] = found.get(j);
                        break;
                    }
                }
                if (match[i] == null) {
                    misses.add(g.name() + " paragraph- " + p.label() + " " + p.first() + " \u2026 " + p.last());
                }
            }
            for (int j = 0; j < found.size(); j++) {
                if (!used[j]) {
                    misses.add(g.name() + " paragraph+ " + found.get(j).label() + " "
                            + cut(found.get(j).text()));
                }
            }
            count(paragraphs, g.paras().size(), found.size(), (int) java.util.stream.IntStream.range(0, match.length)
                    .filter(i -> match[i] != null)
                    .count());
            // phrases
            phrases(
                    g,
                    true,
                    r.preamble().stream()
                            .map(s -> section(s.phrase().text(), s.paragraphs()))
                            .toList(),
                    match);
            phrases(
                    g,
                    false,
                    r.operative().stream()
                            .map(s -> section(s.phrase().map(x -> x.text()).orElse(""), s.paragraphs()))
                            .toList(),
                    match);
            // footnotes paired in the paragraph that calls them
            int goldPaired = 0;
            int foundPaired = 0;
            int rightPaired = 0;
            for (Found f : found) {
                foundPaired += paired(f.paragraph()).size();
            }
            for (int i = 0; i < g.paras().size(); i++) {
                for (Note n : g.paras().get(i).notes()) {
                    if (n.calls().isEmpty()) {
                        continue;
                    }
                    goldPaired++;
                    Found at = match[i] != null ? match[i] : byStart(g.paras().get(i), found);
                    if (at != null && paired(at.paragraph()).stream().anyMatch(x -> noteMatches(n, x))) {
                        rightPaired++;
                    } else {
                        misses.add(g.name() + " footnote- " + n.marker() + " " + n.first());
                    }
                }
            }
            List<Footnote> all = r.footnotes();
            for (Note n : g.titleNotes()) {
                // a call-out in the title (a string) cannot be a node: paired when its body is kept
                goldPaired++;
                if (all.stream().anyMatch(x -> noteMatches(n, x))) {
                    rightPaired++;
                    foundPaired++;
                } else {
                    misses.add(g.name() + " title footnote- " + n.marker() + " " + n.first());
                }
            }
            count(paired, goldPaired, foundPaired, rightPaired);
            List<Footnote> left = new ArrayList<>(all);
            int kept = 0;
            for (Note n : g.notes()) {
                for (Footnote x : left) {
                    if (noteMatches(n, x)) {
                        left.remove(x);
                        kept++;
                        break;
                    }
                }
            }
            count(bodies, g.notes().size(), all.size(), kept);
            // annexes
            int annexRight = 0;
            List<Annex> annexLeft = new ArrayList<>(r.annexes());
            for (AnnexGold a : g.annexes()) {
                Optional<Annex> hit = annexLeft.stream()
                        .filter(x -> key(x.heading()).equalsIgnoreCase(key(a.heading()))
                                && key(x.title().orElse("")).equals(key(a.title())))
                        .findFirst();
                if (hit.isPresent()) {
                    annexLeft.remove(hit.get());
                    annexRight++;
                } else {
                    misses.add(g.name() + " annex- " + a.heading() + " / " + a.title());
                }
            }
            count(annexes, g.annexes().size(), r.annexes().size(), annexRight);
            if (identityRight(g, r)) {
                identityRight++;
            } else {
                misses.add(g.name() + " identity " + r.identity());
            }
        }

        private void phrases(Gold g, boolean preamble, List<Object[]> sections, Found[] match) {
            List<Phrase> want =
                    g.phrases().stream().filter(p -> p.preamble() == preamble).toList();
            boolean[] used = new boolean[sections.size()];
            int right = 0;
            for (Phrase p : want) {
                boolean hit = false;
                for (int j = 0; j < sections.size() && !hit; j++) {
                    Object[] s = sections.get(j);
                    if (used[j] || !phraseKey((String) s[0]).equals(phraseKey(p.text()))) {
                        continue;
                    }
                    Paragraph first = (Paragraph) s[1];
                    boolean para = p.first() < 0
                            ? first == null
                            : first != null && match[p.first()] != null && match[p.first()].paragraph() == first;
                    if (para) {
                        used[j] = true;
                        hit = true;
                    }
                }
                if (hit) {
                    right++;
                } else {
                    misses.add(g.name() + (preamble ? " preamble" : " operative") + " phrase- " + p.text());
                }
            }
            count(preamble ? this.preamble : this.operative, want.size(), sections.size(), right);
        }
    }

    private static Object[] section(String phrase, List<Paragraph> paragraphs) {
        return new Object[] {phrase, paragraphs.isEmpty() ? null : paragraphs.get(0)};
    }

    private static String phraseKey(String s) {
        return key(s).toLowerCase(Locale.ROOT).replaceAll("[,:;.]+$", "");
    }

    private static void count(CorpusGold.Score s, int gold, int found, int matched) {
        s.gold += gold;
        s.found += found;
        s.matched += matched;
    }

    private static void flatten(Paragraph p, List<Found> out) {
        out.add(new Found(p.label().map(l -> labelKey(l.text())).orElse(""), key(Inline.plainText(p.content())), p));
        p.items().forEach(i -> flatten(i, out));
    }

    private static boolean matches(Para p, Found f) {
        if (!labelKey(p.label()).equals(f.label())) {
            return false;
        }
        String text = f.text();
        for (Note n : p.notes()) {
            for (String c : n.calls()) {
                text = text.replace(key(c) + n.marker(), key(c));
            }
        }
        return text.startsWith(key(p.first())) && text.endsWith(key(p.last()));
    }

    private static Found byStart(Para p, List<Found> found) {
        for (Found f : found) {
            if (labelKey(p.label()).equals(f.label()) && f.text().startsWith(key(p.first()))) {
                return f;
            }
        }
        return null;
    }

    /** Footnotes of a paragraph that it calls. */
    private static List<Footnote> paired(Paragraph p) {
        List<String> called = new ArrayList<>();
        List<Footnote> out = new ArrayList<>();
        for (Inline i : p.content()) {
            if (i instanceof FootnoteRef ref) {
                called.add(ref.marker());
            }
        }
        for (Inline i : p.content()) {
            if (i instanceof Footnote f && called.contains(f.marker())) {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean noteMatches(Note n, Footnote f) {
        String body = key(Inline.plainText(f.content()));
        return f.marker().strip().equals(n.marker()) && body.startsWith(key(n.first())) && body.endsWith(key(n.last()));
    }

    static boolean identityRight(Gold g, Resolution r) {
        List<Revision> h = r.identity().history();
        String title = r.identity().title().orElse("");
        for (Note n : g.titleNotes()) {
            for (String c : n.calls()) {
                title = title.replace(c + n.marker(), c);
            }
        }
        return r.identity().body() == Body.ITU_PP
                && r.identity().kind().name().equals(g.kind())
                && r.identity().number().orElse("").equals(g.number())
                && key(title).equals(key(g.title()))
                && (g.year() == 0
                        ? h.isEmpty() || h.get(0).year() == 2018
                        : !h.isEmpty()
                                && h.get(0).year() == g.year()
                                && h.get(0).place().equalsIgnoreCase(g.place()));
    }

    private static String cut(String x) {
        return x.length() > 140 ? x.substring(0, 140) + "\u2026" : x;
    }
}
