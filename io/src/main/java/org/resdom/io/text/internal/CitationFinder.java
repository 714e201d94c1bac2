package org.resdom.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.resdom.lang.PhraseBook;
import org.resdom.model.AnnexCitation;
import org.resdom.model.Body;
import org.resdom.model.Brackets;
import org.resdom.model.Citation;
import org.resdom.model.DocumentKind;
import org.resdom.model.Inline;
import org.resdom.model.Instrument;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.ProvisionCitation;
import org.resdom.model.Revision;
import org.resdom.model.Text;
import org.resdom.model.UnResolutionCitation;

/**
 * Finds citations in a run of plain text with the words of a {@link Vocabulary}. Each attempt
 * looks a bounded distance ahead, so finding is linear in the length of the text.
 */
final class CitationFinder {

    private static final String[] KIND_KEYS = {"RESOLUTION", "DECISION", "RECOMMENDATION", "OPINION"};
    private static final DocumentKind[] KINDS = {DocumentKind.RESOLUTION, DocumentKind.DECISION,
        DocumentKind.RECOMMENDATION, DocumentKind.OPINION};
    private static final String[] SECTOR_KEYS = {"SECTOR_ITU_T", "SECTOR_ITU_R", "SECTOR_ITU_D"};
    private static final Body[] SECTORS = {Body.ITU_T, Body.ITU_R, Body.ITU_D};
    private static final int MAX_WS = 3;

    private final Vocabulary v;
    private Body ownBody;
    private final Source source;

    CitationFinder(Vocabulary v, Body ownBody, Source source) {
        this.v = v;
        this.ownBody = ownBody;
        this.source = source;
    }

    /** @param value the body of the document being read, for "of the present Conference" */
    void ownBody(Body value) {
        this.ownBody = value;
    }

    private record Found(int start, int end, Citation citation) {
    }

    /** A revision in brackets: the revision, its brackets, the index after the closing bracket. */
    record Rev(Revision revision, Brackets brackets, int end) {
    }

    /**
     * Splits text into text and citations.
     *
     * @param s the text
     * @param base the offset of {@code s} in the input
     * @param out where to add the nodes
     */
    void find(String s, int base, List<Inline> out) {
        String n = PhraseBook.normalize(s);
        int last = 0;
        int i = 0;
        while (i < s.length()) {
            if (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
                i++;
                continue;
            }
            Found f = tryAt(s, n, i);
            if (f == null) {
                i++;
                continue;
            }
            if (f.start > last) {
                out.add(Text.of(s.substring(last, f.start)));
            }
            out.add(withSpan(f.citation, base + f.start, base + f.end));
            last = f.end;
            i = f.end;
        }
        if (last < s.length()) {
            out.add(Text.of(s.substring(last)));
        }
    }

    private Citation withSpan(Citation c, int start, int end) {
        var span = Optional.of(source.span(start, end));
        if (c instanceof InstrumentCitation x) {
            return x.withSpan(span);
        } else if (c instanceof UnResolutionCitation x) {
            return x.withSpan(span);
        } else if (c instanceof ProvisionCitation x) {
            return x.withSpan(span);
        } else if (c instanceof AnnexCitation x) {
            return x.withSpan(span);
        }
        return c;
    }

    private Found tryAt(String s, String n, int i) {
        char c = s.charAt(i);
        if (c >= '0' && c <= '9') {
            if (i > 0 && s.charAt(i - 1) == '/') {
                return null;
            }
            int e = unNumber(s, i);
            return e < 0 ? null : new Found(i, e, UnResolutionCitation.of(Body.UN_GA, s.substring(i, e), s.substring(i, e)));
        }
        if (s.startsWith("A/RES/", i)) {
            int e = unNumber(s, i + 6);
            if (e >= 0) {
                return new Found(i, e, UnResolutionCitation.of(Body.UN_GA, s.substring(i + 6, e), s.substring(i, e)));
            }
            return null;
        }
        if (!Character.isLetter(c) || !v.mayStartCitation(n.charAt(i))) {
            return null;
        }
        Found f = instrument(s, n, i);
        if (f == null) {
            f = provision(s, n, i);
        }
        if (f == null) {
            f = annex(s, n, i);
        }
        return f;
    }

    // ---------------------------------------------------------------- instruments

    private Found instrument(String s, String n, int i) {
        int k = -1;
        int e = -1;
        for (int j = 0; j < KIND_KEYS.length && e < 0; j++) {
            e = v.match(n, i, KIND_KEYS[j]);
            k = j;
        }
        if (e < 0) {
            return null;
        }
        int q = ws(n, e);
        if (q == e) {
            return null;
        }
        Body body = null;
        if (KINDS[k] == DocumentKind.RECOMMENDATION) {
            for (int j = 0; j < SECTOR_KEYS.length; j++) {
                int se = v.match(n, q, SECTOR_KEYS[j]);
                if (se >= 0 && ws(n, se) > se) {
                    body = SECTORS[j];
                    q = ws(n, se);
                    break;
                }
            }
        }
        if (digitAt(s, q) && unNumber(s, q) >= 0) {
            int ue = unNumber(s, q);
            return new Found(q, ue, UnResolutionCitation.of(Body.UN_GA, s.substring(q, ue), s.substring(q, ue)));
        }
        if (digitAt(s, q) && q + 1 < s.length() && slashNumberFollows(s, q)) {
            return null; // a glued or malformed UN number: no citation
        }
        List<String> numbers = new ArrayList<>();
        int p = body != null ? recId(s, q) : number(s, q);
        if (p < 0) {
            p = number(s, q);
            if (p < 0) {
                return null;
            }
        }
        numbers.add(s.substring(q, p));
        for (int count = 0; count < 20; count++) {
            int r = ws(n, p);
            int next;
            if (r < n.length() && n.charAt(r) == ',') {
                next = ws(n, r + 1);
            } else if (r > p && v.match(n, r, "AND") >= 0) {
                int a = v.match(n, r, "AND");
                next = ws(n, a);
                if (next == a) {
                    break;
                }
            } else {
                break;
            }
            int ne = number(s, next);
            if (ne < 0 || (ne < s.length() && s.charAt(ne) == '/')) {
                break;
            }
            numbers.add(s.substring(next, ne));
            p = ne;
        }
        int end = p;
        Optional<Revision> revision = Optional.empty();
        Brackets brackets = Brackets.NONE;
        int r = ws(n, p);
        if (r - p <= 1) {
            Rev rev = revision(s, n, r, v);
            if (rev != null) {
                revision = Optional.of(rev.revision());
                brackets = rev.brackets();
                end = rev.end();
            }
        }
        if (body == null) {
            body = bodyAfter(n, end);
        }
        return new Found(i, end, InstrumentCitation.of(KINDS[k], Optional.ofNullable(body), numbers, revision,
                brackets, s.substring(i, end)));
    }

    private Body bodyAfter(String n, int end) {
        int a = ws(n, end);
        if (a == end) {
            return null;
        }
        int o = v.match(n, a, "OF");
        if (o < 0) {
            return null;
        }
        int b = n.charAt(o - 1) == '\'' ? o : ws(n, o);
        if (b == o && n.charAt(o - 1) != '\'') {
            return null;
        }
        Body found = bodyOrThis(n, b);
        if (found == null) {
            int d = v.match(n, b, "DET");
            if (d >= 0 && ws(n, d) > d) {
                found = bodyOrThis(n, ws(n, d));
            }
        }
        return found;
    }

    private Body bodyOrThis(String n, int b) {
        if (v.match(n, b, "THIS_CONFERENCE") >= 0) {
            return ownBody == Body.OTHER ? null : ownBody;
        }
        Map.Entry<Body, Integer> e = v.bodyAt(n, b);
        return e == null ? null : e.getKey();
    }

    /**
     * Parses a revision in brackets at {@code r}: {@code (Rév. Dubaï, 2018)}, {@code [Rev. Bucharest, 2022]},
     * {@code (Kyoto, 1994)}.
     *
     * @param s the text
     * @param n the normalized text
     * @param r where the opening bracket must stand
     * @param v the vocabulary
     * @return the revision, or null
     */
    static Rev revision(String s, String n, int r, Vocabulary v) {
        if (r >= s.length()) {
            return null;
        }
        char open = s.charAt(r);
        if (open != '(' && open != '[') {
            return null;
        }
        char close = open == '(' ? ')' : ']';
        int p = ws(n, r + 1);
        boolean revised = false;
        int re = v.match(n, p, "REV");
        if (re >= 0) {
            revised = true;
            p = ws(n, re);
        }
        int placeStart = p;
        int limit = Math.min(s.length(), p + 48);
        while (p < limit) {
            char c = s.charAt(p);
            if (Character.isLetter(c) || c == ' ' || c == '\u00A0' || c == '-' || c == '\'' || c == '\u2019' || c == '.') {
                p++;
            } else {
                break;
            }
        }
        String place = s.substring(placeStart, p).strip();
        if (place.isEmpty() || p >= s.length() || (s.charAt(p) != ',' && s.charAt(p) != '\u060C')) {
            return null;
        }
        p = ws(n, p + 1);
        int y = p;
        while (p < s.length() && p - y < 5 && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
            p++;
        }
        if (p - y != 4) {
            return null;
        }
        int year = Integer.parseInt(s.substring(y, p));
        int afterYear = ws(n, p);
        int suffix = v.match(n, afterYear, "YEAR_SUFFIX");
        if (suffix >= 0) {
            p = suffix;
        }
        p = ws(n, p);
        if (p >= s.length() || s.charAt(p) != close || year < 1000) {
            return null;
        }
        return new Rev(new Revision(revised, place, year), open == '(' ? Brackets.ROUND : Brackets.SQUARE, p + 1);
    }

    // ---------------------------------------------------------------- provisions

    private static final String[] PART_KEYS = {"ARTICLE", "NUMBER", "PARAGRAPH"};

    private Found provision(String s, String n, int i) {
        String[] parts = new String[3];
        Instrument[] instrument = new Instrument[1];
        int end = chain(s, n, i, parts, instrument, false);
        if (end < 0 || instrument[0] == null || (parts[0] == null && parts[1] == null)) {
            return null;
        }
        return new Found(i, end, ProvisionCitation.of(instrument[0], Optional.ofNullable(parts[0]),
                Optional.ofNullable(parts[1]), Optional.ofNullable(parts[2]), s.substring(i, end)));
    }

    private int chain(String s, String n, int p, String[] parts, Instrument[] instrument, boolean inner) {
        for (int count = 0; count < 4; count++) {
            int which = -1;
            int e = -1;
            for (int j = 0; j < PART_KEYS.length && e < 0; j++) {
                e = v.match(n, p, PART_KEYS[j]);
                which = j;
            }
            if (e < 0 || parts[which] != null) {
                return -1;
            }
            int q = ws(n, e);
            if (q == e && Character.isLetter(n.charAt(e - 1))) {
                return -1;
            }
            int ve = provisionValue(s, n, q);
            if (ve < 0) {
                return -1;
            }
            parts[which] = s.substring(q, ve);
            p = ve;
            int r = ws(n, p);
            if (r == p || r >= n.length()) {
                return -1;
            }
            if (n.charAt(r) == '(' && !inner) {
                int ie = chain(s, n, r + 1, parts, instrument, true);
                if (ie < 0 || instrument[0] == null) {
                    return -1;
                }
                int c = ws(n, ie);
                return c < n.length() && n.charAt(c) == ')' ? c + 1 : -1;
            }
            int o = v.match(n, r, "OF");
            if (o < 0) {
                return -1;
            }
            int t = n.charAt(o - 1) == '\'' ? o : ws(n, o);
            if (t == o && n.charAt(o - 1) != '\'') {
                return -1;
            }
            int ie = instrumentWord(n, t, instrument);
            if (ie < 0) {
                int d = v.match(n, t, "DET");
                if (d >= 0 && ws(n, d) > d) {
                    ie = instrumentWord(n, ws(n, d), instrument);
                }
            }
            if (ie >= 0) {
                return ie;
            }
            p = t;
        }
        return -1;
    }

    private int instrumentWord(String n, int p, Instrument[] instrument) {
        int e = v.match(n, p, "CONSTITUTION");
        if (e >= 0) {
            instrument[0] = Instrument.CONSTITUTION;
            return e;
        }
        e = v.match(n, p, "CONVENTION");
        if (e >= 0) {
            instrument[0] = Instrument.CONVENTION;
            return e;
        }
        return -1;
    }

    private static int provisionValue(String s, String n, int q) {
        int p = q;
        while (p < s.length() && p - q < 4 && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
            p++;
        }
        if (p == q) {
            return -1;
        }
        int l = p;
        while (l < s.length() && l - p < 2 && s.charAt(l) >= 'A' && s.charAt(l) <= 'Z') {
            l++;
        }
        p = l;
        if (p < s.length() && Character.isLetterOrDigit(s.charAt(p))) {
            for (String suffix : new String[] {"bis", "ter", "quater"}) {
                if (n.startsWith(suffix, p) && !letterOrDigitAt(s, p + suffix.length())) {
                    return p + suffix.length();
                }
            }
            return -1;
        }
        int w = ws(n, p);
        if (w > p) {
            for (String suffix : new String[] {"bis", "ter", "quater"}) {
                if (n.startsWith(suffix, w) && !letterOrDigitAt(s, w + suffix.length())) {
                    return w + suffix.length();
                }
            }
        }
        return p;
    }

    // ---------------------------------------------------------------- annexes

    private Found annex(String s, String n, int i) {
        String appendix = null;
        String annex = null;
        int p;
        int a = v.match(n, i, "APPENDIX");
        if (a >= 0) {
            int q = ws(n, a);
            int ide = q > a ? annexId(s, q) : -1;
            if (ide < 0) {
                return null;
            }
            appendix = s.substring(q, ide);
            p = ide;
            int r = ws(n, p);
            int o = r > p ? v.match(n, r, "OF") : -1;
            if (o >= 0) {
                int t = n.charAt(o - 1) == '\'' ? o : ws(n, o);
                int d = v.match(n, t, "DET");
                if (d >= 0 && ws(n, d) > d) {
                    t = ws(n, d);
                }
                int an = v.match(n, t, "ANNEX");
                if (an >= 0 && ws(n, an) > an) {
                    int q2 = ws(n, an);
                    int e2 = annexId(s, q2);
                    if (e2 >= 0) {
                        annex = s.substring(q2, e2);
                        p = e2;
                    }
                }
            }
        } else {
            int an = v.match(n, i, "ANNEX");
            if (an < 0) {
                return null;
            }
            int q = ws(n, an);
            int ide = q > an ? annexId(s, q) : -1;
            if (ide < 0) {
                return null;
            }
            annex = s.substring(q, ide);
            p = ide;
        }
        int r = ws(n, p);
        int o = r > p ? v.match(n, r, "OF") : -1;
        if (o >= 0) {
            int t = n.charAt(o - 1) == '\'' ? o : ws(n, o);
            int td = v.match(n, t, "THIS_DOCUMENT");
            if (td < 0) {
                int d = v.match(n, t, "DET");
                if (d >= 0 && ws(n, d) > d) {
                    td = v.match(n, ws(n, d), "THIS_DOCUMENT");
                    if (td < 0 && instrumentKindAt(n, ws(n, d))) {
                        return null;
                    }
                }
            }
            if (td >= 0) {
                p = td;
            } else if (instrumentKindAt(n, t)) {
                return null; // an annex of another instrument
            }
        }
        return new Found(i, p, AnnexCitation.of(Optional.ofNullable(annex), Optional.ofNullable(appendix),
                s.substring(i, p)));
    }

    private boolean instrumentKindAt(String n, int p) {
        for (String k : KIND_KEYS) {
            if (v.match(n, p, k) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int annexId(String s, int q) {
        int p = q;
        while (p < s.length() && p - q < 3 && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
            p++;
        }
        if (p == q) {
            while (p < s.length() && p - q < 5 && "IVX".indexOf(s.charAt(p)) >= 0) {
                p++;
            }
            if (p == q && q < s.length() && s.charAt(q) >= 'A' && s.charAt(q) <= 'Z') {
                p = q + 1;
            }
        }
        if (p == q || letterOrDigitAt(s, p)) {
            return -1;
        }
        return p;
    }

    // ---------------------------------------------------------------- numbers and spaces

    /** {@code 71/243}: a session of 1-3 digits, a slash, a number of 1-4 digits, then no digit, letter or slash. */
    static int unNumber(String s, int q) {
        int p = q;
        while (p < s.length() && p - q < 4 && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
            p++;
        }
        if (p == q || p - q > 3 || s.charAt(q) == '0' || p >= s.length() || s.charAt(p) != '/') {
            return -1;
        }
        int m = ++p;
        while (p < s.length() && p - m < 5 && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
            p++;
        }
        if (p == m || p - m > 4 || letterOrDigitAt(s, p) || (p < s.length() && s.charAt(p) == '/')) {
            return -1;
        }
        return p;
    }

    private static boolean slashNumberFollows(String s, int q) {
        int p = q;
        while (p < s.length() && p - q < 6 && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
            p++;
        }
        return p < s.length() && s.charAt(p) == '/';
    }

    /** An ITU number: 1-4 digits, optionally a capital letter or {@code bis}/{@code ter}. */
    private static int number(String s, int q) {
        int p = q;
        while (p < s.length() && p - q < 5 && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
            p++;
        }
        if (p == q || p - q > 4) {
            return -1;
        }
        if (p < s.length() && s.charAt(p) >= 'A' && s.charAt(p) <= 'Z' && !letterOrDigitAt(s, p + 1)) {
            return p + 1;
        }
        for (String suffix : new String[] {"bis", "ter"}) {
            if (s.startsWith(suffix, p) && !letterOrDigitAt(s, p + suffix.length())) {
                return p + suffix.length();
            }
        }
        return letterOrDigitAt(s, p) ? -1 : p;
    }

    /** A Recommendation's identifier: {@code X.509}, {@code E.164.1}, {@code M.1036}. */
    private static int recId(String s, int q) {
        int p = q;
        while (p < s.length() && p - q < 3 && s.charAt(p) >= 'A' && s.charAt(p) <= 'Z') {
            p++;
        }
        if (p == q || p >= s.length()) {
            return -1;
        }
        int groups = 0;
        while (groups < 4 && p + 1 < s.length() && s.charAt(p) == '.' && digitAt(s, p + 1)) {
            p++;
            int d = p;
            while (p < s.length() && p - d < 5 && digitAt(s, p)) {
                p++;
            }
            groups++;
        }
        if (groups == 0 || letterOrDigitAt(s, p)) {
            return -1;
        }
        return p;
    }

    private static boolean digitAt(String s, int p) {
        return p < s.length() && s.charAt(p) >= '0' && s.charAt(p) <= '9';
    }

    private static boolean letterOrDigitAt(String s, int p) {
        return p < s.length() && Character.isLetterOrDigit(s.charAt(p));
    }

    /** Skips up to three spaces of normalized text (no-break spaces and TABs normalize to spaces). */
    static int ws(String n, int p) {
        int q = p;
        while (q < n.length() && q - p < MAX_WS && n.charAt(q) == ' ') {
            q++;
        }
        return q;
    }
}
