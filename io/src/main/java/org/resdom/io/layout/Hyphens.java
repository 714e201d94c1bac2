package org.resdom.io.layout;

import java.util.List;

/**
 * Stage 2a, hyphens at a line's end: whether the document hyphenates as a typesetter does, the
 * words it writes and how often (to tell a broken word from a compound), whether a hyphen at a
 * line's end only broke a word, and the lines an extractor joined at a hyphen it dropped
 * ({@link Junctions}). {@link Unwrapper} asks these questions as it joins lines; the answers
 * depend only on the lines and their kinds.
 */
final class Hyphens {

    private Hyphens() {}

    /**
     * Whether the document breaks words with a hyphen where it wraps a line (as a typesetter
     * that hyphenates), rather than only at the hyphens of its compounds (as a browser or a word
     * processor without hyphenation): at least one word broken at a line's end is written
     * elsewhere in the document joined, and more often than hyphenated, or is written neither way
     * and neither of its parts is a word of the document ("implemen-" + "tation"), as the parts of
     * a compound are.
     */
    static boolean hyphenates(
            List<LayoutLine> lines, List<LineKind> kinds, int from, java.util.Map<String, Integer> words) {
        for (int i = from; i + 1 < lines.size(); i++) {
            if (kinds.get(i).furniture() || kinds.get(i) == LineKind.BLANK) {
                continue;
            }
            String t = lines.get(i).text().strip();
            int e = t.length() - 1;
            if (e < 1 || t.charAt(e) != '-' || !Character.isLetter(t.charAt(e - 1))) {
                continue;
            }
            int j = i + 1;
            while (j < lines.size() && (kinds.get(j).furniture() || kinds.get(j) == LineKind.BLANK)) {
                j++;
            }
            if (j == lines.size()) {
                break;
            }
            String after = lines.get(j).text().strip();
            int a = 0;
            while (a < after.length() && Character.isLetter(after.charAt(a))) {
                a++;
            }
            int s = e;
            while (s > 0 && Character.isLetter(t.charAt(s - 1))) {
                s--;
            }
            if (a == 0 || !Character.isLowerCase(after.charAt(0))) {
                continue;
            }
            String left = t.substring(s, e).toLowerCase(java.util.Locale.ROOT);
            String right = after.substring(0, a).toLowerCase(java.util.Locale.ROOT);
            int joined = words.getOrDefault(left + right, 0);
            int hyphenated = words.getOrDefault(left + "-" + right, 0);
            if (joined > hyphenated
                    || joined == 0 && hyphenated == 0 && !words.containsKey(left) && !words.containsKey(right)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lines an extractor made of two: {@code pdftotext} joins a line that ends with a hyphen to
     * the next and drops the hyphen, real or not ("the Open-" + "ended Working Group" gives "the
     * Openended Working Group", on a line half as long again as the others). In such a line a
     * word near where the first line ended that the document writes nowhere else, while it does
     * write it with a hyphen ("open-ended"), gets its hyphen back, and so does a word of the
     * document run into a conjunction, or any word so run in before a compound ("burdenand
     * responsibility-sharing" gives "burden- and", a suspended compound); a
     * word it does not write hyphenated stays as the extractor gave it.
     */
    static final class Junctions {
        private final java.util.Map<Integer, int[]> windows;
        private final java.util.Map<String, Integer> words;
        private final java.util.Map<String, Integer> atJunctions;
        private final java.util.Set<String> conjunctions;
        private final java.util.function.BiPredicate<String, String> compound;

        private Junctions(
                java.util.Map<Integer, int[]> windows,
                java.util.Map<String, Integer> words,
                java.util.Map<String, Integer> atJunctions,
                java.util.Set<String> conjunctions,
                java.util.function.BiPredicate<String, String> compound) {
            this.windows = windows;
            this.words = words;
            this.atJunctions = atJunctions;
            this.conjunctions = conjunctions;
            this.compound = compound;
        }

        static Junctions of(
                List<LayoutLine> lines,
                List<LineKind> kinds,
                int from,
                int typicalLength,
                java.util.Set<String> conjunctions,
                java.util.function.BiPredicate<String, String> compound) {
            java.util.Map<Integer, int[]> windows = new java.util.HashMap<>();
            if (typicalLength < 40) {
                return new Junctions(windows, java.util.Map.of(), java.util.Map.of(), conjunctions, compound);
            }
            java.util.Map<String, Integer> at = new java.util.HashMap<>();
            for (int i = from; i < lines.size(); i++) {
                String t = lines.get(i).text();
                if (kinds.get(i).furniture() || t.length() <= typicalLength * 13 / 10) {
                    continue;
                }
                int[] w = {typicalLength * 6 / 10, typicalLength * 115 / 100};
                windows.put(i, w);
                forWords(t, w, (st, en) -> at.merge(lower(t, st, en), 1, Integer::sum));
            }
            return new Junctions(
                    windows,
                    windows.isEmpty() ? java.util.Map.of() : words(lines, kinds, from),
                    at,
                    conjunctions,
                    compound);
        }

        boolean holds(int line) {
            return windows.containsKey(line);
        }

        /** @return the line with the hyphens restored, counted in {@code hyphens[2]} */
        String restore(int line, String t, int[] hyphens) {
            int[] w = windows.get(line);
            StringBuilder out = new StringBuilder(t.length() + 4);
            int[] last = {0};
            forWords(t, w, (st, en) -> {
                String word = lower(t, st, en);
                int elsewhere = words.getOrDefault(word, 0) - atJunctions.getOrDefault(word, 0);
                int best = -1;
                int bestCount = Math.max(elsewhere, 0);
                for (int k = st + 2; k <= en - 2; k++) {
                    int c = words.getOrDefault(lower(t, st, k) + "-" + lower(t, k, en), 0);
                    if (c == 0 && elsewhere <= 0 && compound.test(lower(t, st, k), lower(t, k, en))) {
                        c = 1; // a known compound the document writes neither way ("illtreatment")
                    }
                    if (c > bestCount) {
                        best = k;
                        bestCount = c;
                    }
                }
                if (best > 0) {
                    out.append(t, last[0], best).append('-');
                    last[0] = best;
                    hyphens[2]++;
                } else if (elsewhere <= 0) {
                    // "burden-" + "and information-sharing" joined to "burdenand": a word of the
                    // document and a conjunction, the hyphen of a suspended compound and its space
                    for (String c : conjunctions) {
                        int k = en - c.length();
                        if (k - st >= 3
                                && word.endsWith(c)
                                && (words.getOrDefault(lower(t, st, k), 0) > 0 || compoundAfter(t, en))) {
                            out.append(t, last[0], k).append("- ");
                            last[0] = k;
                            hyphens[2]++;
                            break;
                        }
                    }
                }
            });
            out.append(t, last[0], t.length());
            return out.toString();
        }

        /** Whether the word after {@code en} is a hyphenated compound ("… and responsibility-sharing"). */
        private static boolean compoundAfter(String t, int en) {
            int k = en;
            while (k < t.length() && t.charAt(k) == ' ') {
                k++;
            }
            int st = k;
            while (k < t.length() && Character.isLetter(t.charAt(k))) {
                k++;
            }
            return k > st && k + 1 < t.length() && t.charAt(k) == '-' && Character.isLetter(t.charAt(k + 1));
        }

        private static String lower(String t, int st, int en) {
            return t.substring(st, en).toLowerCase(java.util.Locale.ROOT);
        }

        /** Each word of letters that starts inside the window and is no part of a hyphenated word. */
        private static void forWords(String t, int[] w, WordAction a) {
            int n = t.length();
            int k = 0;
            while (k < n) {
                while (k < n && !Character.isLetter(t.charAt(k))) {
                    k++;
                }
                int st = k;
                while (k < n && Character.isLetter(t.charAt(k))) {
                    k++;
                }
                boolean whole = (st == 0 || t.charAt(st - 1) != '-') && (k == n || t.charAt(k) != '-');
                if (k > st && st >= w[0] && st <= w[1] && whole) {
                    a.at(st, k);
                }
            }
        }

        private interface WordAction {
            void at(int start, int end);
        }
    }

    /** How often each word (lower case, hyphens kept) is written in the text lines, a word broken at a line's end left out. */
    static java.util.Map<String, Integer> words(List<LayoutLine> lines, List<LineKind> kinds, int from) {
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        for (int i = from; i < lines.size(); i++) {
            if (kinds.get(i).furniture() || kinds.get(i) == LineKind.BLANK) {
                continue;
            }
            String t = lines.get(i).text();
            int n = t.length();
            int k = 0;
            while (k < n) {
                while (k < n && !Character.isLetter(t.charAt(k))) {
                    k++;
                }
                int st = k;
                while (k < n
                        && (Character.isLetter(t.charAt(k))
                                || t.charAt(k) == '-' && k + 1 < n && Character.isLetter(t.charAt(k + 1)))) {
                    k++;
                }
                boolean broken = k < n && t.charAt(k) == '-'
                        || st == 0 && i > from && lines.get(i - 1).text().endsWith("-");
                if (k > st && !broken) {
                    out.merge(t.substring(st, k).toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
                }
            }
        }
        return out;
    }

    /**
     * Whether the hyphen at {@code e}, the end of the text so far, only broke a word: the line
     * after goes on in lower case and the document writes the joined word more often than the
     * hyphenated one, or, when it writes neither, the part after the hyphen is no word of the
     * document (a compound's parts are words: "well-" + "being", "non-" + "governmental").
     */
    static boolean dropHyphen(CharSequence before, int e, String after, java.util.Map<String, Integer> words) {
        return dropHyphen(before, e, after, words, true);
    }

    /**
     * As {@link #dropHyphen(CharSequence, int, String, java.util.Map)}; when the document does not
     * hyphenate ({@link #hyphenates}), a word it writes neither way keeps its hyphen: the break
     * was at a compound's hyphen ("age-" + "responsive").
     */
    static boolean dropHyphen(
            CharSequence before, int e, String after, java.util.Map<String, Integer> words, boolean hyphenates) {
        return dropHyphen(before, e, after, words, hyphenates, (a, b) -> false);
    }

    /**
     * As {@link #dropHyphen(CharSequence, int, String, java.util.Map, boolean)}; a known compound
     * ("ill-" + "treatment") the document does not write joined more often keeps its hyphen.
     */
    static boolean dropHyphen(
            CharSequence before,
            int e,
            String after,
            java.util.Map<String, Integer> words,
            boolean hyphenates,
            java.util.function.BiPredicate<String, String> compound) {
        int s = e;
        while (s > 0 && Character.isLetter(before.charAt(s - 1))) {
            s--;
        }
        int a = 0;
        while (a < after.length() && Character.isLetter(after.charAt(a))) {
            a++;
        }
        if (!Character.isLowerCase(after.charAt(0))) {
            return false;
        }
        String left = before.subSequence(s, e).toString().toLowerCase(java.util.Locale.ROOT);
        String right = after.substring(0, a).toLowerCase(java.util.Locale.ROOT);
        int joined = words.getOrDefault(left + right, 0);
        int hyphenated = words.getOrDefault(left + "-" + right, 0);
        if (joined != hyphenated) {
            return joined > hyphenated;
        }
        if (compound.test(left, right)) {
            return false;
        }
        // neither written elsewhere: a compound is made of words, a broken word's end is no word
        return hyphenates && (right.length() < 2 || !words.containsKey(right));
    }
}
