package org.resdom.io.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.resdom.model.Label;
import org.resdom.model.Language;
import org.resdom.model.Resolution;

/**
 * Aligns the language versions of one resolution clause by clause (paragraphs and sub-items).
 *
 * <p>Each version is cut into its paragraph records ({@link Unit#PARAGRAPH}); every other version is aligned
 * with the pivot (English when present, else the first in {@link Language} order) by a global sequence
 * alignment (Needleman–Wunsch) whose pair score weighs, in this order: structure (same part, same depth of
 * label chain, same section number), labels (same ordinal: {@code 3.}, {@code (c)}, {@code (ج)} are all the
 * third), and numbers as anchors (the citation numbers and the digit groups of the text, such as
 * {@code 54/10} or {@code 2030}, compared as sets, whatever the script of the digits). A skipped clause costs
 * a fixed gap penalty. Language-specific words are never compared.
 *
 * <p>Immutable and thread-safe.
 */
public final class Aligner {

    static final double GAP = -3.0;
    static final double MIN = -4.0;

    private Aligner() {
    }

    /** The metadata key of the Akoma Ntoso work IRI, which names a document whatever its language. */
    public static final String WORK_KEY = "akn.work";

    /**
     * The key that groups the language versions of one document: the Akoma Ntoso work IRI when the reader kept
     * one (it names the work, not the language expression), else {@link Exporter#documentKey}.
     *
     * @param resolution a resolution
     * @return its group key
     */
    public static String groupKey(Resolution resolution) {
        String work = resolution.metadata().get(WORK_KEY);
        return work != null && !work.isBlank() ? work : Exporter.documentKey(resolution.identity());
    }

    /** @return an aligner */
    public static Aligner of() {
        return new Aligner();
    }

    /**
     * @param versions the versions of one resolution, one per language (the later of two in one language is
     *     ignored, with a diagnostic on its records)
     * @return the aligned clauses in the pivot's order, each clause of a non-pivot version left without a
     *     counterpart following as a record of its own
     */
    public List<AlignedRecord> align(List<Resolution> versions) {
        Map<Language, List<ExportRecord>> byLanguage = new TreeMap<>();
        List<String> docNotes = new ArrayList<>();
        for (Resolution r : versions) {
            Language l = r.identity().language();
            if (byLanguage.containsKey(l)) {
                docNotes.add("two versions in " + l.code() + "; the second is ignored");
                continue;
            }
            byLanguage.put(l, Exporter.of(Unit.PARAGRAPH).records(r));
        }
        return alignRecords(byLanguage, docNotes);
    }

    /**
     * Aligns versions already exported as paragraph records.
     *
     * @param byLanguage the paragraph records of each version
     * @return the aligned clauses
     */
    public List<AlignedRecord> alignRecords(Map<Language, List<ExportRecord>> byLanguage) {
        return alignRecords(new TreeMap<>(byLanguage), List.of());
    }

    private List<AlignedRecord> alignRecords(Map<Language, List<ExportRecord>> byLanguage, List<String> docNotes) {
        if (byLanguage.isEmpty()) {
            return List.of();
        }
        Language pivot = byLanguage.containsKey(Language.ENGLISH) ? Language.ENGLISH
                : byLanguage.keySet().iterator().next();
        List<ExportRecord> base = byLanguage.get(pivot);
        List<Features> baseF = base.stream().map(Features::of).toList();
        // for each pivot clause: language -> (record, score)
        List<Map<Language, Match>> matches = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            matches.add(new LinkedHashMap<>());
        }
        Map<Language, List<ExportRecord>> leftOver = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>(docNotes);
        for (Map.Entry<Language, List<ExportRecord>> e : byLanguage.entrySet()) {
            if (e.getKey() == pivot) {
                continue;
            }
            List<ExportRecord> other = e.getValue();
            if (other.size() != base.size()) {
                notes.add("structure differs: " + pivot.code() + " has " + base.size() + " clauses, "
                        + e.getKey().code() + " " + other.size());
            }
            List<Features> otherF = other.stream().map(Features::of).toList();
            int[] pair = align(baseF, otherF);
            boolean[] used = new boolean[other.size()];
            for (int i = 0; i < base.size(); i++) {
                if (pair[i] >= 0) {
                    used[pair[i]] = true;
                    matches.get(i).put(e.getKey(), new Match(other.get(pair[i]),
                            score(baseF.get(i), otherF.get(pair[i])), otherF.get(pair[i])));
                }
            }
            List<ExportRecord> rest = new ArrayList<>();
            for (int j = 0; j < other.size(); j++) {
                if (!used[j]) {
                    rest.add(other.get(j));
                }
            }
            leftOver.put(e.getKey(), rest);
        }
        List<AlignedRecord> out = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            ExportRecord b = base.get(i);
            List<ExportRecord> vs = new ArrayList<>();
            vs.add(b);
            List<String> diag = new ArrayList<>(i == 0 ? notes : List.of());
            double confidence = 1.0;
            for (Language l : byLanguage.keySet()) {
                if (l == pivot) {
                    continue;
                }
                Match m = matches.get(i).get(l);
                if (m == null) {
                    diag.add("no counterpart in " + l.code());
                    continue;
                }
                vs.add(m.record());
                confidence = Math.min(confidence, confidence(m.score(), score(baseF.get(i), baseF.get(i))));
                differences(baseF.get(i), m.features(), pivot, l, diag);
            }
            if (vs.size() == 1 && byLanguage.size() > 1) {
                confidence = 0;
            }
            out.add(new AlignedRecord(b.document() + "#" + b.elementId(), b.document(), pivot, confidence, diag,
                    vs));
        }
        for (Map.Entry<Language, List<ExportRecord>> e : leftOver.entrySet()) {
            for (ExportRecord r : e.getValue()) {
                out.add(new AlignedRecord(r.document() + "#" + r.elementId() + "@" + e.getKey().code(), r.document(),
                        pivot, 0, List.of("no counterpart in " + pivot.code()), List.of(r)));
            }
        }
        return out;
    }

    private record Match(ExportRecord record, double score, Features features) {
    }

    /**
     * Maps a pair score to a confidence between 0 and 1: 1 when the pair scores as the pivot clause would score
     * against itself, 0 at the lowest score.
     */
    static double confidence(double score, double self) {
        return Math.max(0, Math.min(1, (score - MIN) / (self - MIN)));
    }

    private static void differences(Features a, Features b, Language la, Language lb, List<String> diag) {
        if (!a.part.equals(b.part)) {
            diag.add("parts differ: " + la.code() + " " + a.part + ", " + lb.code() + " " + b.part);
        }
        if (a.depth != b.depth) {
            diag.add("depths differ: " + la.code() + " " + a.depth + ", " + lb.code() + " " + b.depth);
        }
        if (!a.ordinal.equals(b.ordinal)) {
            diag.add("labels differ: " + la.code() + " " + a.labelText + ", " + lb.code() + " " + b.labelText);
        }
        if (!a.numbers.equals(b.numbers)) {
            diag.add("numbers differ: " + la.code() + " " + a.numbers.keySet() + ", " + lb.code() + " "
                    + b.numbers.keySet());
        }
    }

    /**
     * Needleman–Wunsch: the best pairing of b's clauses with a's in order.
     *
     * @return for each clause of a, the index of its counterpart in b, or -1
     */
    static int[] align(List<Features> a, List<Features> b) {
        int n = a.size();
        int m = b.size();
        double[][] dp = new double[n + 1][m + 1];
        byte[][] move = new byte[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            dp[i][0] = i * GAP;
            move[i][0] = 1;
        }
        for (int j = 1; j <= m; j++) {
            dp[0][j] = j * GAP;
            move[0][j] = 2;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                double diag = dp[i - 1][j - 1] + score(a.get(i - 1), b.get(j - 1));
                double up = dp[i - 1][j] + GAP;
                double left = dp[i][j - 1] + GAP;
                if (diag >= up && diag >= left) {
                    dp[i][j] = diag;
                    move[i][j] = 0;
                } else if (up >= left) {
                    dp[i][j] = up;
                    move[i][j] = 1;
                } else {
                    dp[i][j] = left;
                    move[i][j] = 2;
                }
            }
        }
        int[] pair = new int[n];
        java.util.Arrays.fill(pair, -1);
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            byte mv = move[i][j];
            if (i > 0 && j > 0 && mv == 0) {
                pair[i - 1] = j - 1;
                i--;
                j--;
            } else if (i > 0 && (j == 0 || mv == 1)) {
                i--;
            } else {
                j--;
            }
        }
        return pair;
    }

    /** The pair score: structure, then labels, then numbers. */
    static double score(Features a, Features b) {
        if (!a.part.equals(b.part)) {
            return MIN;
        }
        double s = a.depth == b.depth ? 1 : -1;
        if (a.ordinal.isPresent() && b.ordinal.isPresent()) {
            s += a.ordinal.equals(b.ordinal) ? 2 : -1.5;
        } else if (a.ordinal.isPresent() || b.ordinal.isPresent()) {
            s -= 0.5;
        } else {
            s += 0.5;
        }
        s += a.section == b.section ? 0.5 : 0;
        boolean an = !a.numbers.isEmpty();
        boolean bn = !b.numbers.isEmpty();
        if (an && bn) {
            s += 2.5 * jaccard(a.numbers, b.numbers) - 0.5;
        } else if (an || bn) {
            s -= 0.25;
        }
        return s;
    }

    private static double jaccard(Map<String, Integer> a, Map<String, Integer> b) {
        int inter = 0;
        int union = 0;
        Map<String, Integer> all = new HashMap<>(a);
        b.forEach((k, v) -> all.merge(k, v, Math::max));
        for (Map.Entry<String, Integer> e : all.entrySet()) {
            int x = a.getOrDefault(e.getKey(), 0);
            int y = b.getOrDefault(e.getKey(), 0);
            inter += Math.min(x, y);
            union += Math.max(x, y);
        }
        return union == 0 ? 0 : (double) inter / union;
    }

    /** What the alignment compares of one clause. */
    record Features(String part, int section, int depth, Optional<Integer> ordinal, String labelText,
            Map<String, Integer> numbers) {

        static Features of(ExportRecord r) {
            List<String> labels = r.path().labels();
            String last = labels.isEmpty() ? "" : labels.get(labels.size() - 1);
            Optional<Integer> ordinal = Optional.empty();
            if (!last.isBlank()) {
                try {
                    OptionalInt o = Label.of(last).ordinal();
                    if (o.isPresent()) {
                        ordinal = Optional.of(o.getAsInt());
                    }
                } catch (RuntimeException e) {
                    ordinal = Optional.empty();
                }
            }
            Map<String, Integer> numbers = new TreeMap<>(Comparator.naturalOrder());
            for (String n : Aligner.numbers(r.text())) {
                numbers.merge(n, 1, Integer::sum);
            }
            for (CitedRef c : r.citations()) {
                for (String n : c.numbers()) {
                    numbers.putIfAbsent(digits(n), 1);
                }
            }
            numbers.remove("");
            return new Features(r.path().part(), r.path().section(), labels.size(), ordinal, last, numbers);
        }
    }

    /** The digit groups of a text ({@code 54/10}, {@code 2030}), digits of any script made ASCII. */
    static List<String> numbers(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int d = Character.digit(c, 10);
            if (d >= 0) {
                cur.append((char) ('0' + d));
            } else if ((c == '/' || c == '.') && cur.length() > 0 && i + 1 < text.length()
                    && Character.digit(text.charAt(i + 1), 10) >= 0) {
                cur.append(c);
            } else if (cur.length() > 0) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    private static String digits(String s) {
        List<String> n = numbers(s);
        return n.isEmpty() ? "" : String.join(" ", n);
    }
}
