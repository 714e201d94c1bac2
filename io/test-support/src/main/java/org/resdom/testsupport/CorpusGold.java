package org.resdom.testsupport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.resdom.model.Footnote;
import org.resdom.model.Inline;
import org.resdom.model.Node;
import org.resdom.model.OperativeSection;
import org.resdom.model.Paragraph;
import org.resdom.model.PreambleSection;
import org.resdom.model.Resolution;

/**
 * Gold made from the markup a test input was rendered from, and the scores of a reading against
 * it: paragraphs (label, run-in phrase and text, footnotes left out), preamble phrases, and
 * footnotes paired with their call-outs (marker and body inside the paragraph that calls them).
 * Text is compared after {@link #clean(String)}, which maps what the rendering cannot carry.
 */
public final class CorpusGold {

    /** The facts compared. */
    public record Facts(List<String> paragraphs, List<String> phrases, List<String> footnotes) {}

    /** Counts of one kind of fact. */
    public static final class Score {
        long gold;
        long found;
        long matched;

        /** @return how many facts the gold holds */
        public long gold() {
            return gold;
        }

        /** @return matched / found */
        public double precision() {
            return found == 0 ? 1 : (double) matched / found;
        }

        /** @return matched / gold */
        public double recall() {
            return gold == 0 ? 1 : (double) matched / gold;
        }

        void add(List<String> g, List<String> f) {
            gold += g.size();
            found += f.size();
            Map<String, Integer> bag = new HashMap<>();
            g.forEach(x -> bag.merge(x, 1, Integer::sum));
            for (String x : f) {
                Integer c = bag.get(x);
                if (c != null && c > 0) {
                    bag.put(x, c - 1);
                    matched++;
                }
            }
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "P %.1f%% R %.1f%% (%d gold, %d found, %d matched)",
                    100 * precision(),
                    100 * recall(),
                    gold,
                    found,
                    matched);
        }
    }

    /** Scores per kind of fact. */
    public static final class Scores {
        /** Paragraphs. */
        public final Score paragraphs = new Score();
        /** Preamble phrases. */
        public final Score phrases = new Score();
        /** Footnotes paired. */
        public final Score footnotes = new Score();
        /** Documents and documents whose identity was right. */
        public int documents;
        /** Documents whose identity (body, number, date) was right. */
        public int identityRight;

        /**
         * @param gold the gold facts
         * @param found the facts read
         */
        public void add(Facts gold, Facts found) {
            paragraphs.add(gold.paragraphs(), found.paragraphs());
            phrases.add(gold.phrases(), found.phrases());
            footnotes.add(gold.footnotes(), found.footnotes());
        }

        @Override
        public String toString() {
            return "paragraphs " + paragraphs + "; preamble phrases " + phrases + "; footnotes paired " + footnotes
                    + "; identity " + identityRight + "/" + documents;
        }
    }

    private CorpusGold() {}

    /**
     * @param s text
     * @return the text as a PDF in standard fonts carries it, white space collapsed
     */
    public static String clean(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\u2011' || c == '\u2010') {
                sb.append('-');
            } else if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f' || c == '\u2009') {
                sb.append(' ');
            } else if (c < 0x100 || "\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac".indexOf(c) >= 0) {
                sb.append(c);
            } else {
                sb.append('?');
            }
        }
        return sb.toString();
    }

    public static String key(String s) {
        return key(s, false);
    }

    /**
     * @param s text
     * @param unicode whether the text keeps every character (plain text carries them all); when
     *     false, as {@link #clean(String)}
     * @return the key the text is compared by: white space collapsed, hyphens unified
     */
    public static String key(String s, boolean unicode) {
        String c = unicode ? s.replace('\u2011', '-').replace('\u2010', '-') : clean(s);
        return c.replaceAll("[\\s\u00a0\u202f\u2009]+", " ").strip();
    }

    /**
     * @param r a document
     * @return its facts
     */
    public static Facts facts(Resolution r) {
        return facts(r, true);
    }

    /**
     * @param r a document
     * @param annexes whether the annexes count
     * @return its facts; a preamble phrase counts as the first word of the phrase and the
     *         paragraph it opens, so that a phrase is found when that paragraph opens a section
     *         of the preamble with the phrase
     */
    public static Facts facts(Resolution r, boolean annexes) {
        return facts(r, annexes, false);
    }

    /**
     * @param r a document
     * @param annexes whether the annexes count
     * @param unicode whether text keeps every character (for plain-text renderings; a PDF in
     *     standard fonts keeps only what {@link #clean(String)} keeps)
     * @return its facts, as {@link #facts(Resolution, boolean)}
     */
    public static Facts facts(Resolution r, boolean annexes, boolean unicode) {
        List<String> paras = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (PreambleSection s : r.preamble()) {
            int before = paras.size();
            for (Paragraph p : s.paragraphs()) {
                add(p, s.runIn() && paras.size() == before ? s.phrase().text() : "", paras, notes, unicode);
            }
            String word = key(s.phrase().text(), unicode).split(" ")[0];
            phrases.add(word + " | " + (paras.size() > before ? paras.get(before) : ""));
        }
        for (OperativeSection s : r.operative()) {
            int before = paras.size();
            for (Paragraph p : s.paragraphs()) {
                add(
                        p,
                        s.runIn() && paras.size() == before
                                ? s.phrase().map(x -> x.text()).orElse("")
                                : "",
                        paras,
                        notes,
                        unicode);
            }
        }
        if (annexes) {
            r.annexes().forEach(a -> a.paragraphs().forEach(p -> add(p, "", paras, notes, unicode)));
        }
        return new Facts(paras, phrases, notes);
    }

    private static void add(Paragraph p, String phrase, List<String> paras, List<String> notes, boolean unicode) {
        StringBuilder sb = new StringBuilder();
        p.label().ifPresent(l -> sb.append(l.text()).append(' '));
        sb.append(phrase);
        StringBuilder rest = new StringBuilder();
        text(p.content(), rest, notes, unicode);
        if (rest.length() == 0 || rest.charAt(0) != ',') {
            sb.append(' '); // "напоминая, что": a clause set off by a comma stands against its phrase, as printed
        }
        sb.append(rest);
        paras.add(key(sb.toString(), unicode));
        for (Paragraph i : p.items()) {
            add(i, "", paras, notes, unicode);
        }
    }

    private static void text(List<Inline> content, StringBuilder sb, List<String> notes, boolean unicode) {
        java.util.Set<String> called = new java.util.HashSet<>();
        for (Inline i : content) {
            if (i instanceof org.resdom.model.FootnoteRef r) {
                called.add(r.marker());
            }
        }
        for (Inline i : content) {
            if (i instanceof Footnote f && !called.contains(f.marker())) {
                // a body kept with no call-out is not paired: neither text nor a pairing
                continue;
            }
            if (i instanceof Footnote f) {
                notes.add(f.marker() + " " + key(Inline.plainText(f.content()), unicode));
            } else {
                sb.append(Inline.plainText(List.of(i)));
            }
        }
    }

    /**
     * @param n a node
     * @return whether it is a footnote
     */
    public static boolean isFootnote(Node n) {
        return n instanceof Footnote;
    }
}
