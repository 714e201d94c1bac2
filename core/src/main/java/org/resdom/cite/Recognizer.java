package org.resdom.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.resdom.internal.Checks;
import org.resdom.lang.PhraseBook;
import org.resdom.model.AnnexCitation;
import org.resdom.model.Body;
import org.resdom.model.Brackets;
import org.resdom.model.Citation;
import org.resdom.model.DocumentKind;
import org.resdom.model.Inline;
import org.resdom.model.Instrument;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.Language;
import org.resdom.model.NamedInstrumentCitation;
import org.resdom.model.ProvisionCitation;
import org.resdom.model.Revision;
import org.resdom.model.SourceSpan;
import org.resdom.model.Text;
import org.resdom.model.UnDocumentCitation;
import org.resdom.model.UnResolutionCitation;

/**
 * resdom's one citation recogniser: finds the citations in a string of one language, for a
 * document of one body. Every reader uses it; so can you:
 *
 * <pre>{@code
 * Recognizer r = Recognizer.of(Language.ENGLISH, Body.UN_HRC);
 * for (CitationMatch m : r.find("Recalling General Assembly resolutions 60/251 and 65/281,")) {
 *     System.out.println(m.citation().text());   // "resolutions 60/251", then "65/281"
 * }
 * }</pre>
 *
 * <p>Recognition is one pass: the text is normalised once (with a map back to source offsets),
 * split into tokens with one trie walk per word, and the tokens are read with a bounded look
 * around. The vocabulary is data ({@code org/resdom/cite/words-*.tsv},
 * {@code instruments.tsv}, {@code series.tsv}). Immutable and thread-safe.
 */
public final class Recognizer {

    /** How many tokens a list of UN numbers may run between two items (a date, a topic, a relative clause). */
    private static final int GAP_UN = 70;
    /**
     * The largest denominator of a number that may be a fraction ({@code 3/4 of the votes}) after
     * a UN list: votes and majorities are counted in halves, thirds … tenths.
     */
    private static final int MAX_DENOMINATOR = 10;
    /** How many tokens a topic may run between a kind word and the first UN number. */
    private static final int TOPIC = 30;
    /**
     * Keys that name one body, in the order they are tried, and the bodies ({@link PhraseBook#bodyKeys()}),
     * but for the ITU Council's: a word may name it and be the bare "Council" too, read in context.
     */
    private static final String[] BODY_KEYS = PhraseBook.bodyKeys().stream()
            .filter(key -> PhraseBook.bodyOfKey(key).orElseThrow() != Body.ITU_COUNCIL)
            .toArray(String[]::new);

    private static final Body[] BODY_OF_KEY = java.util.Arrays.stream(BODY_KEYS)
            .map(key -> PhraseBook.bodyOfKey(key).orElseThrow())
            .toArray(Body[]::new);
    private static final java.util.regex.Pattern ROMAN_OR_LETTER = java.util.regex.Pattern.compile("[IVX]{1,5}|[A-Z]");

    private final Vocabulary v;
    private final Body own;

    /** The General Assembly's first session numbering its resolutions session/number (31/1, 1976). */
    private static final int FIRST_ASSEMBLY_SESSION = 31;

    /** The most source characters between an instrument and a reference to it ("… and the Protocol thereto"). */
    private static final int MAX_RELATED_GAP = 30;

    private Recognizer(Vocabulary v, Body own) {
        this.v = v;
        this.own = own;
    }

    /**
     * @param language the language of the text
     * @param ownBody the body of the document the text is from ({@link Body#OTHER} when not known):
     *     what "its resolution" and "this Conference" refer to
     * @return the recogniser
     */
    public static Recognizer of(Language language, Body ownBody) {
        return new Recognizer(Vocabulary.of(Checks.notNull(language, "language")), Checks.notNull(ownBody, "ownBody"));
    }

    /** @return the language */
    public Language language() {
        return v.language;
    }

    /** @return the body of the document */
    public Body ownBody() {
        return own;
    }

    /**
     * Finds citations: each item of an enumeration or range is its own citation.
     *
     * @param text the text
     * @return the citations in order, not overlapping, without source spans
     */
    public List<CitationMatch> find(CharSequence text) {
        return read(Checks.notNull(text, "text")).out;
    }

    private Reading read(CharSequence text) {
        Normalized t = Normalized.of(text);
        List<Titles.Found> titles = Titles.find(v, t);
        // no digit, no phrase that cites without one and no title: nothing to cite, so no token to
        // read (a title needs the tokens: a tabled name inside it wins); the titles are asked first,
        // as they are already found, and the phrase filter scans the whole text
        return read(t, !titles.isEmpty() || v.mayCite(t) ? Tokenizer.tokens(v, t) : new ArrayList<>(0), titles);
    }

    /** {@link #find} without the filter: every text tokenised and read (for the tests of the filter). */
    List<CitationMatch> findTokenizing(CharSequence text) {
        Normalized t = Normalized.of(Checks.notNull(text, "text"));
        return read(t, Tokenizer.tokens(v, t), Titles.find(v, t)).out;
    }

    private Reading read(Normalized t, List<Token> tokens, List<Titles.Found> titles) {
        Reading r = new Reading(t, tokens, titles);
        r.run();
        return r;
    }

    /**
     * Splits a string into text and citations.
     *
     * @param text the text
     * @return the content, in canonical form (no two texts side by side)
     */
    public List<Inline> split(String text) {
        return splitWith(text, null);
    }

    /**
     * Splits a string into text and citations, giving each citation a span.
     *
     * @param text the text
     * @param spans gives the span of a range of {@code text} (use {@link #split(String)} for none)
     * @return the content
     * @throws NullPointerException if an argument is null (the message names it)
     */
    public List<Inline> split(String text, SpanMapper spans) {
        return splitWith(text, Checks.notNull(spans, "spans"));
    }

    private List<Inline> splitWith(String text, SpanMapper spans) {
        Checks.notNull(text, "text");
        List<Inline> out = new ArrayList<>();
        int last = 0;
        for (CitationMatch m : find(text)) {
            if (m.start() > last) {
                out.add(Text.of(text.substring(last, m.start())));
            }
            Citation c = m.citation();
            if (spans != null) {
                c = c.withSpan(Optional.ofNullable(spans.span(m.start(), m.end())));
            }
            out.add(c);
            last = m.end();
        }
        if (last < text.length()) {
            out.add(Text.of(text.substring(last)));
        }
        return Inline.normalize(out);
    }

    /**
     * Recognises citations in the texts of inline content read from markup. Citations already
     * there (from links) stay as they are, except that a UN resolution whose body the link could
     * not tell gets it from the words around it; texts are searched with what stands around them.
     *
     * @param content the content
     * @param span the span to give found citations, or empty
     * @return the content with citations split out
     */
    public List<Inline> recognize(List<Inline> content, Optional<SourceSpan> span) {
        Checks.optional(span, "span");
        SourceSpan s = span.orElse(null);
        return recognize(content, (start, end) -> s);
    }

    /**
     * Recognises citations in the texts of inline content read from markup, giving each found
     * citation the span of its own words (a reader that knows where each character of its texts
     * stands in the source maps them back, as the Akoma Ntoso reader does). The offsets given to
     * {@code spans} are those of the content's concatenation: each text its text, each citation
     * its text, any other inline one code unit ({@code U+FFFC}); citations already there keep
     * their spans.
     *
     * @param content the content
     * @param spans gives the span of a range of the concatenation, or null for none
     * @return the content with citations split out
     */
    public List<Inline> recognize(List<Inline> content, SpanMapper spans) {
        Checks.notNull(content, "content");
        Checks.notNull(spans, "spans");
        content = mergeLinks(content);
        int size = 0;
        for (Inline in : content) {
            size += in instanceof Text t
                    ? t.text().length()
                    : in instanceof Citation c ? c.text().length() : 1;
        }
        StringBuilder sb = new StringBuilder(size);
        int[] starts = new int[content.size() + 1];
        for (int i = 0; i < content.size(); i++) {
            starts[i] = sb.length();
            Inline in = content.get(i);
            if (in instanceof Text t) {
                sb.append(t.text());
            } else if (in instanceof Citation c) {
                sb.append(c.text());
            } else {
                sb.append('\uFFFC');
            }
        }
        starts[content.size()] = sb.length();
        String all = sb.toString();
        Reading reading = read(all);
        List<CitationMatch> found = reading.out;
        int near = 0;
        int act = 0;
        List<Inline> out = new ArrayList<>();
        int f = 0;
        for (int i = 0; i < content.size(); i++) {
            Inline in = content.get(i);
            int s = starts[i];
            int e = starts[i + 1];
            if (in instanceof Text t) {
                int last = s;
                while (f < found.size() && found.get(f).start() < e) {
                    CitationMatch m = found.get(f);
                    if (m.start() >= s && m.end() <= e) {
                        if (m.start() > last) {
                            out.add(Text.of(all.substring(last, m.start())));
                        }
                        out.add(m.citation().withSpan(Optional.ofNullable(spans.span(m.start(), m.end()))));
                        last = m.end();
                        f++;
                    } else if (m.end() <= s) {
                        f++;
                    } else {
                        break;
                    }
                }
                if (last < e) {
                    out.add(Text.of(all.substring(last, e)));
                }
                while (f < found.size() && found.get(f).end() <= e) {
                    f++;
                }
            } else if (in instanceof UnResolutionCitation u) {
                while (act < reading.acts.size() && reading.acts.get(act)[1] <= s) {
                    act++;
                }
                if (act < reading.acts.size()
                        && reading.acts.get(act)[0] < e
                        && u.target().isPresent()) {
                    // "المرسوم رقم <a href=…/A/HRC/RES/22/36>22/36</a>": the words say a decree, whatever the link says
                    String target = u.target().get();
                    out.add(new UnDocumentCitation(
                            Links.symbol(target).orElse(u.number()), u.target(), u.text(), u.span()));
                    continue;
                }
                while (near < found.size() && found.get(near).end() <= s) {
                    near++;
                }
                Body b = u.body();
                DocumentKind d = u.document();
                for (int q = near; q < found.size() && found.get(q).start() < e; q++) {
                    CitationMatch m = found.get(q);
                    if (m.citation() instanceof UnResolutionCitation x
                            && x.body() != Body.OTHER
                            && x.number().equals(u.number())) {
                        b = x.body();
                        // the words' kind too: "резолюцию <a href=…/A/HRC/DEC/68/165>68/165</a> Генеральной
                        // Ассамблеи", a resolution of the Assembly the UN linked as a decision
                        d = x.document();
                    }
                }
                out.add(
                        d == u.document()
                                ? u.withBody(b)
                                : new UnResolutionCitation(b, d, u.number(), u.target(), u.text(), u.span()));
            } else {
                out.add(in);
            }
        }
        return Inline.normalize(out);
    }

    /** A corrigendum, addendum or revision written alone: {@code Corr.1}. */
    private static final java.util.regex.Pattern SUFFIX_ALONE =
            java.util.regex.Pattern.compile("(?i)(corr|add|rev)\\.\\d+");

    /**
     * Joins side-by-side citations with the same link (a link the source split in pieces), and
     * gives a linked {@code Corr.1} after a linked symbol the symbol of that document's corrigendum
     * ({@code <a href=…/A/61/636>A/61/636-S/2006/980</a> et <a href=…/A/61/636>Corr.1</a>}: the
     * second link is {@code A/61/636-S/2006/980/Corr.1}, whatever its target).
     */
    private static List<Inline> mergeLinks(List<Inline> content) {
        List<Inline> out = new ArrayList<>(content.size());
        for (Inline in : content) {
            Inline last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (in instanceof UnDocumentCitation u
                    && u.target().isPresent()
                    && SUFFIX_ALONE.matcher(u.text().strip()).matches()
                    && !u.symbol().endsWith("/" + u.text().strip())) {
                UnDocumentCitation before = documentBefore(out);
                if (before != null) {
                    in = new UnDocumentCitation(
                            before.symbol() + "/" + u.text().strip(), u.target(), u.text(), u.span());
                }
            }
            if (in instanceof UnResolutionCitation u
                    && last instanceof UnResolutionCitation l
                    && u.target().isPresent()
                    && u.target().equals(l.target())) {
                out.set(
                        out.size() - 1,
                        new UnResolutionCitation(
                                l.body(),
                                l.document(),
                                l.number(),
                                l.target(),
                                l.text() + u.text(),
                                joined(l.span(), u.span())));
            } else if (in instanceof UnDocumentCitation u
                    && last instanceof UnDocumentCitation l
                    && u.target().isPresent()
                    && u.target().equals(l.target())) {
                out.set(
                        out.size() - 1,
                        new UnDocumentCitation(
                                l.symbol(), l.target(), l.text() + u.text(), joined(l.span(), u.span())));
            } else {
                out.add(in);
            }
        }
        return out;
    }

    /** The document citation just before the end of {@code out}, with at most a short text ("and") between. */
    private static UnDocumentCitation documentBefore(List<Inline> out) {
        int i = out.size() - 1;
        if (i >= 0 && out.get(i) instanceof Text x && x.text().strip().length() <= 4) {
            i--;
        }
        return i >= 0 && out.get(i) instanceof UnDocumentCitation d ? d : null;
    }

    /** The span of two pieces of one link: from the first's start to the second's end, when both have offsets. */
    private static Optional<SourceSpan> joined(Optional<SourceSpan> first, Optional<SourceSpan> second) {
        if (first.isPresent()
                && second.isPresent()
                && first.get().hasOffsets()
                && second.get().hasOffsets()
                && second.get().endOffset().getAsInt()
                        >= first.get().startOffset().getAsInt()) {
            SourceSpan a = first.get();
            return Optional.of(SourceSpan.of(
                    a.startOffset().getAsInt(), second.get().endOffset().getAsInt(), a.line(), a.column()));
        }
        return first;
    }

    /** Gives the source span of a range of the string searched. */
    @FunctionalInterface
    public interface SpanMapper {
        /**
         * @param start the first code unit
         * @param end one past the last
         * @return the span, or null
         */
        SourceSpan span(int start, int end);
    }

    // ------------------------------------------------------------------------------ reading

    private final class Reading {
        private final Normalized t;
        private final List<Token> k;
        private final List<CitationMatch> out = new ArrayList<>();
        /** Body tokens already read as the body of a citation ("General Assembly resolution"). */
        private final boolean[] used;
        /** The last postposed citation's keyword token and body, for enumerations that go on. */
        private int chainEnd = -2;
        /** Body tokens marked used since a list began (unmarked when no citation follows). */
        private final int[] marked = new int[4];

        private int marks;
        private Body chainBody;
        /** Whether the body {@link #before} or {@link #bodyAt} found last is another organization's, by its name. */
        private boolean foreignFound;

        /** "Commission" tokens that name another commission ("la Commission africaine", "the African Commission"). */
        private final java.util.Set<Token> otherCommission = new java.util.HashSet<>();
        /** Source ranges of numbers of a State's act ("Decree No. 22/36"). */
        private final List<int[]> acts = new ArrayList<>();

        /** The instrument titles in the text ({@link Titles}). */
        private final List<Titles.Found> titles;

        Reading(Normalized t, List<Token> tokens, List<Titles.Found> titles) {
            this.t = t;
            this.titles = titles;
            this.k = tokens;
            this.used = new boolean[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).is("BODY_COMMISSION") && qualified(i)) {
                    otherCommission.add(tokens.get(i));
                }
            }
        }

        /**
         * Whether a bare "Commission" has a name of its own beside it, as another commission
         * has: an adjective after it where adjectives follow the noun (French, Spanish, Arabic),
         * a name before it where they precede (English, capitalised; Russian).
         */
        private boolean qualified(int i) {
            Language l = v.language;
            Token next = at(i + 1);
            if ((l == Language.FRENCH || l == Language.SPANISH || l == Language.ARABIC)
                    && next != null
                    && next.type() == Token.Type.WORD
                    && next.end() - next.start() >= 4) {
                return true; // "la Commission africaine"; not "la Commission a adopté", "اللجنة في قرارها"
            }
            Token prev = at(i - 1);
            if (prev == null || prev.type() != Token.Type.WORD || i < 2 || sentenceBreak(k.get(i - 2))) {
                return false;
            }
            return l == Language.RUSSIAN || l == Language.ENGLISH && Character.isUpperCase(t.sourceChar(prev.start()));
        }

        private Token at(int i) {
            return i >= 0 && i < k.size() ? k.get(i) : null;
        }

        private boolean kw(int i, String key) {
            Token x = at(i);
            return x != null && x.is(key);
        }

        List<CitationMatch> run() {
            int i = 0;
            while (i < k.size()) {
                Token x = k.get(i);
                int next = -1;
                if (x.type() == Token.Type.SYMBOL) {
                    emit(x.start(), x.end(), symbol(x.value(), t.source(x.start(), x.end())));
                    next = i + 1;
                } else if (x.type() == Token.Type.KW) {
                    if (kindOf(x) != null) {
                        next = list(i);
                    } else if (x.is("ARTICLE") || x.is("NUMBER") || x.is("PARAGRAPH")) {
                        next = provision(i);
                    } else if (x.is("ANNEX") || x.is("APPENDIX")) {
                        next = annex(i);
                    } else if (x.is("ITEM_PREFIX") && v.postposed) {
                        next = postProvision(i);
                        if (next < 0) {
                            next = postposed(i);
                        }
                    } else if (v.postposed && sectorAt(i) != null) {
                        next = postRecommendations(i);
                    } else if (x.is("DECREE")) {
                        next = act(i);
                    } else if (x.entry().instrument() != null) {
                        emit(
                                x.start(),
                                x.end(),
                                NamedInstrumentCitation.of(x.entry().instrument(), t.source(x.start(), x.end())));
                        next = i + 1;
                    }
                } else if (x.type() == Token.Type.UNNUM && specialAfterBody(i) != null) {
                    emit(
                            x.start(),
                            x.end(),
                            UnResolutionCitation.of(
                                    specialAfterBody(i),
                                    DocumentKind.RESOLUTION,
                                    x.value(),
                                    t.source(x.start(), x.end())));
                    next = i + 1;
                } else if (v.postposed && (x.type() == Token.Type.UNNUM || x.unItem() || x.type() == Token.Type.NUM)) {
                    next = postposed(i);
                }
                i = next > i ? next : i + 1;
            }
            titles();
            related();
            return out;
        }

        /**
         * Instruments named by reference to the one cited just before ({@code the Optional
         * Protocols thereto}, {@code au Protocole y relatif}, {@code Факультативных протоколов к
         * ней}, {@code والبروتوكول الملحق بها}, {@code 及其议定书}): the table's names whose key starts
         * with {@link Vocabulary#RELATED}. Each is cited as the instrument before it, its key
         * followed by a dash and the rest of the row's key ({@code crc-optional-protocols},
         * {@code refugees-protocol}); with no instrument just before (another citation between,
         * or more than a short gap, or the end of a clause), it refers to nothing this text names
         * and is not cited.
         */
        private void related() {
            String parent = null;
            int parentEnd = -1;
            for (int i = 0; i < out.size(); i++) {
                CitationMatch m = out.get(i);
                if (!(m.citation() instanceof NamedInstrumentCitation n)) {
                    parent = null;
                    continue;
                }
                if (!n.instrument().startsWith(Vocabulary.RELATED)) {
                    parent = n.instrument();
                    parentEnd = m.end();
                    continue;
                }
                if (parent != null && near(parentEnd, m.start())) {
                    String key = parent + "-" + n.instrument().substring(Vocabulary.RELATED.length());
                    out.set(i, new CitationMatch(m.start(), m.end(), NamedInstrumentCitation.of(key, n.text())));
                    parentEnd = m.end(); // "the Convention and the Optional Protocol thereto and the Protocol thereto"
                } else {
                    out.remove(i--);
                }
            }
        }

        /** Whether a reference at source offset {@code start} follows an instrument ending at {@code end} closely. */
        private boolean near(int end, int start) {
            if (start - end > MAX_RELATED_GAP) {
                return false;
            }
            for (int p = end; p < start; p++) {
                if (";:.\uFF1B\uFF1A\u3002".indexOf(t.rawChar(p)) >= 0) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Instruments cited by a title the table lacks ({@link Titles}), where no other citation
         * stands: a tabled name inside or over a title wins, and so does a tabled name that is no
         * instrument ({@code Agenda Conectar 2030}, read as one phrase and cited as nothing).
         */
        private void titles() {
            List<Titles.Found> found = titles;
            if (found.isEmpty()) {
                return;
            }
            List<CitationMatch> merged = new ArrayList<>(out.size() + found.size());
            int o = 0;
            int q = 0; // the next token that may be a phrase cited as nothing
            for (Titles.Found title : found) {
                Titles.Found f = title;
                int s = t.srcStart(f.start());
                int e = t.srcEnd(f.end());
                while (o < out.size() && out.get(o).end() <= s) {
                    merged.add(out.get(o++));
                }
                while (q < k.size() && k.get(q).end() <= f.start()) {
                    q++;
                }
                if (o < out.size() && out.get(o).start() < e) {
                    f = beforeReference(f, q, out.get(o));
                    e = t.srcEnd(f.end());
                }
                boolean free = o >= out.size() || out.get(o).start() >= e;
                for (int r = q; free && r < k.size() && k.get(r).start() < f.end(); r++) {
                    free = !tabledName(k.get(r));
                }
                if (free && (merged.isEmpty() || merged.get(merged.size() - 1).end() <= s)) {
                    String key = f.instrument() != null ? f.instrument() : v.withoutOwner(t, f.start(), f.end());
                    if (key == null) {
                        key = Titles.key(t, f.start(), f.end());
                    }
                    merged.add(new CitationMatch(s, e, NamedInstrumentCitation.of(key, t.source(f.start(), f.end()))));
                }
            }
            while (o < out.size()) {
                merged.add(out.get(o++));
            }
            out.clear();
            out.addAll(merged);
        }

        /**
         * A title that runs on over a reference to itself ({@code Конвенцией о защите культурных
         * ценностей … и двумя факультативными протоколами к ней}) ends before the conjunction that
         * joins the reference (a word or two may stand between: "и двумя"); any other title is
         * kept whole (and yields to the citation inside it).
         *
         * @param f the title
         * @param q the first token that ends after the title starts
         * @param inside the first citation that overlaps the title
         */
        private Titles.Found beforeReference(Titles.Found f, int q, CitationMatch inside) {
            if (!(inside.citation() instanceof NamedInstrumentCitation n)
                    || !n.instrument().startsWith(Vocabulary.RELATED)
                    || inside.start() <= t.srcStart(f.start())) {
                return f;
            }
            int cut = -1;
            for (int r = q; r < k.size() && cut < 0; r++) {
                if (t.srcStart(k.get(r).start()) == inside.start()) {
                    cut = k.get(r).start();
                }
            }
            for (int words = 0; cut > f.start() && words < 3; words++) {
                int end = cut;
                while (end > f.start() && t.n[end - 1] == ' ') {
                    end--;
                }
                int start = end;
                while (start > f.start() && t.n[start - 1] != ' ') {
                    start--;
                }
                if (start < end && v.titles.ands.contains(new String(t.n, start, end - start))) {
                    while (start > f.start() && (t.n[start - 1] == ' ' || t.n[start - 1] == ',')) {
                        start--;
                    }
                    return start > f.start() ? new Titles.Found(f.start(), start, f.instrument()) : f;
                }
                cut = start;
            }
            return f;
        }

        /**
         * Whether a token is a name the tables give that a title must not swallow: a name that is
         * no instrument, or the ITU's Constitution or Convention by a name of more than one word
         * ({@code Convention de l'UIT relatives aux politiques…} cites the ITU Convention; a bare
         * {@code Convention} may still head a title), or by any name in an ITU text.
         */
        private boolean tabledName(Token x) {
            if (x.is("NOT_CITATION")) {
                return true;
            }
            if (!x.is("CONSTITUTION") && !x.is("CONVENTION")) {
                return false;
            }
            if (own.isItu()) {
                return true; // in an ITU text "the Convention" is the ITU's: "الاتفاقية المتعلقة بالخطط الاستراتيجية"
            }
            for (int i = x.start(); i < x.end(); i++) {
                if (t.n[i] == ' ') {
                    return true;
                }
            }
            return false;
        }

        private void emit(int start, int end, Citation c) {
            emit(start, end, c, null);
        }

        private void emit(int start, int end, Citation c, Citation rangeFrom) {
            if (c == null) {
                return;
            }
            int s = t.srcStart(start);
            int e = t.srcEnd(end);
            if (!out.isEmpty() && out.get(out.size() - 1).end() > s) {
                return;
            }
            boolean range = rangeFrom != null
                    && !out.isEmpty()
                    && out.get(out.size() - 1).citation() == rangeFrom;
            if (range
                    && rangeFrom instanceof InstrumentCitation a
                    && c instanceof InstrumentCitation b
                    && a.document() == b.document()
                    && a.numbers().size() == 1) {
                // "Resolutions 70 to 77": the first end cites 70 … 76, the second 77; each its own words
                List<String> all =
                        CitationMatch.expand(a.numbers().get(0), b.numbers().get(0));
                if (all.size() > 2) {
                    InstrumentCitation wide = new InstrumentCitation(
                            a.document(),
                            a.body(),
                            all.subList(0, all.size() - 1),
                            a.revision(),
                            a.brackets(),
                            a.text(),
                            a.span());
                    CitationMatch first = out.get(out.size() - 1);
                    out.set(out.size() - 1, new CitationMatch(first.start(), first.end(), wide, first.rangeFrom()));
                    rangeFrom = wide;
                }
            }
            out.add(new CitationMatch(s, e, c, range ? Optional.of(rangeFrom) : Optional.empty()));
        }

        /** "Decree No. 22/36", "المرسوم رقم 22/36": a State's act; its number is no citation. */
        private int act(int i) {
            int j = i + 1;
            if (kw(j, "NUMBER") || kw(j, "NO_SIGN")) {
                j++;
            }
            Token x = at(j);
            if (x == null || !(x.unItem() || x.type() == Token.Type.NUM || x.type() == Token.Type.OTHERNUM)) {
                return i + 1;
            }
            acts.add(new int[] {t.srcStart(x.start()), t.srcEnd(x.end())});
            return j + 1;
        }

        // ----------------------------------------------------------------- symbols

        private Citation symbol(String sym, String text) {
            String[] p = sym.split("/");
            if (p.length >= 3 && p[0].equals("A") && p[1].equals("RES")) {
                return un(Body.UN_GA, DocumentKind.RESOLUTION, join(p, 2), text);
            }
            if (p.length >= 4 && p[0].equals("A") && p[1].equals("HRC") && (p[2].equals("RES") || p[2].equals("DEC"))) {
                return un(
                        Body.UN_HRC,
                        p[2].equals("RES") ? DocumentKind.RESOLUTION : DocumentKind.DECISION,
                        join(p, 3),
                        text);
            }
            if (p.length >= 3 && p[0].equals("A") && p[1].equals("DEC")) {
                return un(Body.UN_GA, DocumentKind.DECISION, join(p, 2), text);
            }
            if (p.length == 3 && p[0].equals("S") && p[1].equals("RES")) {
                String num = p[2].replace("(", " (");
                return un(Body.UN_SC, DocumentKind.RESOLUTION, num, text);
            }
            return UnDocumentCitation.of(sym, text);
        }

        private String join(String[] p, int from) {
            return String.join("/", java.util.Arrays.copyOfRange(p, from, p.length));
        }

        private Citation un(Body b, DocumentKind d, String number, String text) {
            return UnResolutionCitation.of(b, d, number, text);
        }

        // ----------------------------------------------------------------- bodies

        private DocumentKind kindOf(Token x) {
            return x == null || x.type() != Token.Type.KW ? null : x.entry().kind();
        }

        /** A body named by a token: null when the token names none, {@link Body#OTHER} for another organization's. */
        /**
         * A special session's number right after the body's name, no kind word between ({@code pursuant
         * to Human Rights Council S-36/1}, {@code 根据人权理事会S-36/1号文件}): that body's resolution, the
         * only document so numbered; null for any other number or body.
         */
        private Body specialAfterBody(int i) {
            Token x = k.get(i);
            if (!x.value().startsWith("S-") && !x.value().startsWith("ES-")) {
                return null;
            }
            Body b = i > 0 && !used[i - 1] ? body(k.get(i - 1)) : null;
            if (b != Body.UN_HRC && b != Body.UN_GA || subject(i - 1)) {
                return null;
            }
            if (kw(i + 1, "ITEM_SUFFIX") && (kw(i + 2, "POST_RESOLUTION") || kw(i + 2, "POST_DECISION"))) {
                return null; // "人权理事会S-32/1号决议": the kind word after it, read with it
            }
            return x.value().startsWith("ES-") ? Body.UN_GA : b;
        }

        private Body body(Token x) {
            if (x == null || x.type() != Token.Type.KW || !x.entry().namesBody()) {
                return null;
            }
            if (x.entry().capitals()
                    && !t.source(x.start(), x.end()).equals(x.entry().phrase())) {
                return null; // an abbreviation the table writes in capitals only as written so: "who" is no WHO
            }
            for (int e = 0; e < BODY_KEYS.length; e++) {
                if (x.is(BODY_KEYS[e])) {
                    return BODY_OF_KEY[e];
                }
            }
            if (x.is("BODY_COUNCIL") || x.is("BODY_ITU_COUNCIL")) {
                if (x.is("BODY_COUNCIL")) {
                    return own == Body.UN_HRC ? Body.UN_HRC : own.isItu() ? Body.ITU_COUNCIL : Body.OTHER;
                }
                return Body.ITU_COUNCIL;
            }
            if (x.is("BODY_COMMISSION")) {
                if (otherCommission.contains(x)) {
                    return Body.OTHER;
                }
                return own.isUn() ? Body.UN_CHR : null; // "Commission resolutions 2002/68" in a UN text
            }
            if (x.is("BODY_ASSEMBLY")) {
                return own.isUn() ? Body.UN_GA : own == Body.ITU_WTSA || own == Body.ITU_RA ? own : Body.OTHER;
            }
            if (x.is("THIS_CONFERENCE")) {
                return own == Body.OTHER ? null : own; // not known: no body, and not another organization's
            }
            return null;
        }

        /** Whether a UN body is a Council (مجلس in Arabic, a masculine noun). */
        private boolean council(Body b) {
            return b == Body.UN_HRC || b == Body.UN_SC || b == Body.UN_ECOSOC;
        }

        /**
         * Whether a token names another organization: a {@code BODY_OTHER} name of the tables
         * ({@code World Health Assembly}, {@code UNESCO}, {@code Conférence générale}) or a commission
         * with a name of its own. A UN-style number after such a name is that organization's, not cited.
         */
        private boolean foreign(Token x) {
            return x != null && (x.is("BODY_OTHER") || otherCommission.contains(x));
        }

        private boolean sentenceBreak(Token x) {
            return x.punct(';') || x.punct('.') || x.punct(':');
        }

        /** "its resolution": the body acting earlier in the sentence, else the document's own body. */
        private Body its(int from, Token item) {
            for (int i = from; i >= 0 && from - i < 60; i--) {
                Token x = k.get(i);
                if (sentenceBreak(x)) {
                    break;
                }
                Body b = body(x);
                if (b != null
                        && b != Body.OTHER
                        && !used[i]
                        && kindOf(at(i + 1)) == null
                        && !(at(i + 1) != null && at(i + 1).unItem())
                        && !(item.unItem() && b.isUn() && !numbersSo(b, item))) {
                    // a body that never numbers so is not the one "its" names: "la Commission a décidé …,
                    // ainsi que … ses résolutions 7/12 et 16/16" (the Commission numbered by year)
                    return b;
                }
            }
            return own;
        }

        /**
         * The body of a UN resolution number cited with no body word of its own: the nearest UN body
         * named earlier in the sentence that is not already the body of a citation ("the relevant
         * resolutions of the General Assembly, in particular resolutions 65/182 …"). Failing that the
         * body is unknown (null): the document's own body would be a guess the text does not make
         * (a bare "resolution 5/2" may be anyone's), and another organization named nearer makes
         * it unknown too.
         *
         * <p>A number by session below the General Assembly's first ({@code 5/1}: the Assembly
         * numbers so from its 31st session) is no Assembly's; when the Human Rights Council is named
         * after it in its sentence, before another citation's kind word ({@code القرار 5/1 بشأن بناء
         * مؤسسات مجلس حقوق الإنسان}, {@code резолюцию 5/1 об институциональном строительстве Совета по
         * правам человека}), it is the Council's: no other UN body numbers so.
         */
        private Body unBody(int from, Token item) {
            if (item.type() != Token.Type.UNNUM || item.value().startsWith("ES-")) {
                return null;
            }
            String session = item.value().startsWith("S-")
                    ? ""
                    : item.value().substring(0, item.value().indexOf('/'));
            boolean byYear = session.length() == 4;
            boolean beforeAssembly = !byYear
                    && !session.isEmpty()
                    && session.length() <= 2
                    && Integer.parseInt(session) < FIRST_ASSEMBLY_SESSION;
            for (int p = from; p >= 0 && from - p < 60; p--) {
                Token x = k.get(p);
                if (sentenceBreak(x)) {
                    break;
                }
                Body b = used[p] || x.is("BODY_COMMISSION") || subject(p) ? null : body(x);
                if (b == Body.OTHER) {
                    return null;
                }
                if (b != null && b.isUn() && numbersSo(b, item) && !(beforeAssembly && b == Body.UN_GA)) {
                    return b;
                }
            }
            return beforeAssembly ? councilAfter(item) : null;
        }

        /** The Human Rights Council named after a number in its sentence, before another kind word; else null. */
        private Body councilAfter(Token item) {
            int lo = 0;
            int hi = k.size() - 1;
            while (lo < hi) { // the item's index: tokens are in order
                int mid = (lo + hi) >>> 1;
                if (k.get(mid).start() < item.start()) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int p = lo + 1; p < k.size() && p - lo < 30; p++) {
                Token x = k.get(p);
                if (sentenceBreak(x) || kindOf(x) != null) {
                    return null;
                }
                Body b = used[p] ? null : body(x);
                if (b == Body.UN_HRC) {
                    return b;
                }
                if (b != null) {
                    return null; // another body named first
                }
            }
            return null;
        }

        /** A body named just before token {@code i} (skipping dates in languages that put them there). */
        private Body before(int i, boolean[] itsOut) {
            for (int j = i - 1; j >= 0 && i - j <= (v.postposed ? 8 : 1); j--) {
                Token x = k.get(j);
                if (x.is("OWN") && own != Body.OTHER) {
                    return own; // "its own resolutions": the document's body, whoever acts earlier
                }
                if (x.is("ITS")) {
                    itsOut[0] = true;
                    return null;
                }
                Body b = body(x);
                if (b != null && subject(j)) {
                    return null; // "关于人权理事会的第60/251号决议": the subject of the resolution, not its body
                }
                if (b != null) {
                    mark(j);
                    foreignFound = foreign(x);
                    return b;
                }
                if (!(x.type() == Token.Type.NUM
                        || x.type() == Token.Type.WORD && t.n[x.start()] >= '\u4e00'
                        || x.is("SUBJECT_IN"))) {
                    return null;
                }
            }
            return null;
        }

        private void mark(int j) {
            if (!used[j] && marks < marked.length) {
                marked[marks++] = j;
            }
            used[j] = true;
        }

        /** [OF] [DET] BODY at {@code i}: the index after it, with the body in {@code b[0]}, or -1. */
        private int bodyAt(int i, Body[] b) {
            return bodyAt(i, b, false);
        }

        private int bodyAt(int i, Body[] b, boolean afterItem) {
            int j = i;
            boolean of = false;
            if (kw(j, "OF")) {
                j++;
                of = true;
            }
            if (kw(j, "DET")) {
                if (afterItem && !of) {
                    return -1; // "70 the General Assembly": not its body
                }
                j++;
            }
            Body x = body(at(j));
            int end = j + 1;
            if (x == null && of) {
                // "of the World Telecommunication Development Conference (WTDC)": a name, then its abbreviation
                int p = j;
                while (p < k.size() && p - j < 6 && k.get(p).type() == Token.Type.WORD) {
                    p++;
                }
                if (p > j
                        && at(p) != null
                        && at(p).punct('(')
                        && at(p + 2) != null
                        && at(p + 2).punct(')')
                        && body(at(p + 1)) != null) {
                    j = p + 1;
                    x = body(at(j));
                    end = p + 3;
                }
            }
            if (x == null || afterItem && kindOf(at(j + 1)) != null) {
                return -1;
            }
            b[0] = x;
            mark(j);
            foreignFound = foreign(at(j));
            return end;
        }

        // ----------------------------------------------------------------- lists

        private final class Item {
            final Token tok;
            int start;
            int end;
            Revision revision;
            Brackets brackets = Brackets.NONE;
            Body body;
            /** The item a range starts at, when this one ends it. */
            Item rangeFrom;
            /** Whether its body is named for an earlier or a later item, not at this one. */
            boolean carried;
            /** Whether its body is another organization's, named by its name. */
            boolean foreign;

            Citation citation;

            Item(Token tok) {
                this.tok = tok;
                this.start = tok.start();
                this.end = tok.end();
            }
        }

        private boolean itemFor(DocumentKind kind, Token x, boolean un) {
            if (x == null) {
                return false;
            }
            if (kind == DocumentKind.RECOMMENDATION) {
                return x.type() == Token.Type.RECID || x.type() == Token.Type.NUM;
            }
            if (x.unItem()) {
                return un || kind != DocumentKind.OPINION;
            }
            return x.type() == Token.Type.NUM && !un;
        }

        private boolean ituNumberAt(int j) {
            return at(j) != null && at(j).type() == Token.Type.NUM;
        }

        /**
         * Whether the number at {@code p - 1}, a later item of a UN list (no kind word of its own),
         * is an item, not a fraction. A fraction has a fraction's form — a proper fraction with a
         * denominator of at most {@link #MAX_DENOMINATOR} ({@code 3/4}, {@code 2/3}, {@code 1/2}) —
         * and quantifies what follows: a plain word, read past the language's {@code OF} and {@code
         * DET} words ({@code 3/4 of the votes}, {@code 3/4 des voix de l'Assemblée générale}, {@code
         * 3/4 голосов}, {@code 3/4 الأصوات}, {@code 3/4 de los votos}). Anything else ends an item: a
         * number of another form ({@code 5/2 adopted…}, {@code 72/279 pertinentes de l'Assemblée
         * générale}), or, after a fraction's form, punctuation, a name of the tables (a body: {@code
         * 1/2 of the Council}), a date ({@code و5/2 المؤرخين 18 حزيران}, {@code 1/2 of 29 June 2006}).
         */
        private boolean endsItem(int p) {
            if (!fractionForm(at(p - 1))) {
                return true;
            }
            int q = p;
            while (q - p < 3 && at(q) != null && (at(q).is("OF") || at(q).is("DET"))) {
                q++;
            }
            Token w = at(q);
            if (w == null || w.type() != Token.Type.WORD || dateWord(w)) {
                return true;
            }
            Token n = at(q + 1);
            return n != null && n.type() == Token.Type.NUM; // "المؤرخين 18 حزيران": a date follows the word
        }

        /**
         * Whether a token is a UN number of a fraction's form: {@code a/b}, digits only, {@code 0 < a
         * < b <= MAX_DENOMINATOR}.
         */
        private boolean fractionForm(Token x) {
            if (x == null || x.type() != Token.Type.UNNUM || x.value() == null) {
                return false;
            }
            String v = x.value();
            int slash = v.indexOf('/');
            if (slash <= 0
                    || !CitationMatch.digits(v.substring(0, slash))
                    || !CitationMatch.digits(v.substring(slash + 1))) {
                return false;
            }
            int a = Integer.parseInt(v.substring(0, slash));
            int b = Integer.parseInt(v.substring(slash + 1));
            return a > 0 && a < b && b <= MAX_DENOMINATOR;
        }

        /**
         * Whether the word of token {@code g} starts with a conjunction written as its prefix, which
         * the tokenizer read past: Arabic {@code وITU-T A.2} ("and ITU-T A.2").
         */
        private boolean conjunctionPrefix(int g) {
            Token x = at(g);
            if (x == null || x.start() == 0 || g > 0 && k.get(g - 1).end() >= x.start()) {
                return false;
            }
            int c = x.start() - 1;
            if (c > 0 && Normalized.isLetter(t.n[c - 1])) {
                return false;
            }
            Vocabulary.Entry e = v.phrase(String.valueOf(t.n[c]));
            return e != null && e.is("AND");
        }

        /**
         * Whether the word of token {@code q} starts with a preposition "of" written as its prefix
         * ({@code OF_PREFIX}), which the tokenizer read past: Arabic {@code الملحق 1 بهذا القرار}.
         */
        private boolean ofPrefix(int q) {
            Token x = at(q);
            if (x == null || x.start() == 0 || q > 0 && k.get(q - 1).end() >= x.start()) {
                return false;
            }
            int c = x.start() - 1;
            if (c > 0 && Normalized.isLetter(t.n[c - 1])) {
                return false;
            }
            Vocabulary.Entry e = v.phrase(String.valueOf(t.n[c]));
            return e != null && e.is("OF_PREFIX");
        }

        private boolean separator(Token x) {
            return x != null && (x.punct(',') || x.is("AND") || x.is("TO"));
        }

        private int list(int i) {
            Token kwTok = k.get(i);
            DocumentKind kind = kindOf(kwTok);
            marks = 0;
            boolean[] itsFlag = {kwTok.is("ITS_RESOLUTION") || kwTok.is("ITS_DECISION")};
            foreignFound = false;
            Body explicit = before(i, itsFlag);
            boolean explicitForeign = explicit != null && foreignFound;
            int j = i + 1;
            Body[] b = new Body[1];
            Body sector = null;
            int after = bodyAt(j, b);
            if (after > 0 && b[0] != null) {
                explicit = b[0];
                explicitForeign = foreignFound;
                j = after;
            }
            int lead = -1;
            boolean ituR = false;
            if (kind == DocumentKind.RECOMMENDATION) {
                sector = sectorAt(j);
                if (sector != null) {
                    j++;
                } else if (sectorAt(i - 1) != null) {
                    sector = sectorAt(i - 1); // "ITU-T Recommendation X.509": the sector before the kind word
                    lead = i - 1;
                }
            } else if (kind == DocumentKind.RESOLUTION
                    && sectorAt(j) == Body.ITU_R
                    && at(j + 1) != null
                    && at(j + 1).type() == Token.Type.NUM) {
                explicit = Body.ITU_RA; // "Resolution ITU-R 71": the Radiocommunication Assembly's numbering
                ituR = true;
                j++;
            }
            if ((kw(j, "NUMBER") || kw(j, "NO_SIGN"))
                    && at(j + 1) != null
                    && at(j + 1).unItem()) {
                if (explicit != null && explicit.isUn() || itsFlag[0]) {
                    j++; // "قرار الجمعية العامة رقم 60/251": the body named, a UN resolution by its number
                } else if (own.isUn()) {
                    return j + 2; // "القرار رقم 22/36": a State's act by its number, not a UN resolution
                }
            } else if (kw(j, "NO_SIGN") && at(j + 1) != null && at(j + 1).type() == Token.Type.NUM) {
                j++; // "قرار مؤتمر المندوبين المفوضين رقم 71": the sign before an ITU number
            }
            boolean topic = false;
            Token first = at(j);
            if (!itemFor(kind, first, false) && !itemFor(kind, first, true)) {
                int g = kind == DocumentKind.RECOMMENDATION ? -1 : afterTopic(j);
                if (g < 0) {
                    for (int m = 0; m < marks; m++) {
                        used[marked[m]] = false; // "大会所有相关决议，包括…": the body is free for the items that follow
                    }
                    return i + 1;
                }
                j = g; // "resolutions of the Commission on transitional justice (2005/70 …)"
                topic = true;
                first = at(j);
            }
            boolean un = first.unItem();
            List<Item> items = new ArrayList<>();
            List<CitationMatch> extras = new ArrayList<>();
            int pending = 0;
            while (true) {
                Token x = at(j);
                Item it = new Item(x);
                if (kind == DocumentKind.RECOMMENDATION && x.type() == Token.Type.RECID) {
                    it.body = sector;
                    if (!items.isEmpty() && sectorAt(j - 1) != null) {
                        it.start = k.get(j - 1).start(); // "… and ITU-T A.2": the item's sector is its words
                    }
                }
                if (!items.isEmpty() && (at(j - 1).is("TO") || rangeDash(j - 1))) {
                    it.rangeFrom = items.get(items.size() - 1); // "resolutions 5/1 to 5/3", "70 to 77", "70–77"
                }
                items.add(it);
                j++;
                if (ituR
                        && x.type() == Token.Type.NUM
                        && at(j) != null
                        && at(j).punct('-')
                        && at(j).start() == x.end()
                        && at(j + 1) != null
                        && at(j + 1).type() == Token.Type.NUM
                        && at(j + 1).start() == at(j).end()) {
                    it.end = at(j + 1).end(); // "Resolution ITU-R 1-8": resolution 1, its eighth version
                    j += 2;
                }
                if (x.type() == Token.Type.NUM) {
                    j = revision(j, it);
                }
                int a = bodyAt(j, b, true);
                if (a > 0) {
                    for (int p = pending; p < items.size(); p++) {
                        items.get(p).body = b[0];
                        items.get(p).carried = p < items.size() - 1;
                        items.get(p).foreign = foreignFound;
                    }
                    pending = items.size();
                    j = a;
                }
                // next item: directly after a separator, or (for UN numbers) after a gap: a date, a
                // topic, a relative clause ("…, in which the Council appointed …, 50/14")
                int g = j;
                int limit = un ? GAP_UN : 2;
                boolean found = false;
                List<CitationMatch> passed = new ArrayList<>();
                for (int s = 0; s < limit && g < k.size(); s++, g++) {
                    Token y = k.get(g);
                    if (un && (y.punct('"') || y.punct('«') || y.punct('“'))) {
                        int close = g + 1;
                        while (close < k.size()
                                && close - g < 80
                                && !(k.get(close).punct('"')
                                        || k.get(close).punct('»')
                                        || k.get(close).punct('”'))
                                && !sentenceBreak(k.get(close))) {
                            close++;
                        }
                        if (close < k.size() && !sentenceBreak(k.get(close))) {
                            g = close;
                            continue; // a quoted title between items
                        }
                    }
                    if ((kind == DocumentKind.RECOMMENDATION && sectorAt(g) != null
                                    || ituR && sectorAt(g) == Body.ITU_R)
                            && (separator(at(g - 1)) || conjunctionPrefix(g))
                            && itemFor(kind, at(g + 1), un)) {
                        g++;
                        found = true;
                        break;
                    }
                    if (itemFor(kind, y, un)
                            && g > j
                            && (separator(at(g - 1)) || un && at(g - 1).punct('(') || rangeDash(g - 1))
                            && (!un || endsItem(g + 1))) {
                        found = true;
                        break;
                    }
                    boolean named = y.type() == Token.Type.KW && y.entry().instrument() != null;
                    if (un && (named || y.type() == Token.Type.SYMBOL)) {
                        // an instrument or a document between items: cited in its place, the list goes on
                        passed.add(new CitationMatch(
                                y.start(),
                                y.end(),
                                named
                                        ? NamedInstrumentCitation.of(
                                                y.entry().instrument(), t.source(y.start(), y.end()))
                                        : symbol(y.value(), t.source(y.start(), y.end()))));
                        continue;
                    }
                    if (sentenceBreak(y)
                            || kindOf(y) != null
                            || y.type() == Token.Type.SYMBOL
                            || y.punct('(') && !un
                            || named
                            || y.is("ARTICLE")
                            || y.is("ANNEX")
                            || y.is("DECREE")) {
                        break;
                    }
                    Body gb = body(y);
                    if (gb != null && un && s <= 2 && kindOf(at(g + 1)) == null && !actsNext(g + 1) && !subject(g)) {
                        used[g] = true;
                        for (int p = pending; p < items.size(); p++) {
                            items.get(p).body = gb;
                            items.get(p).carried = p < items.size() - 1;
                            items.get(p).foreign = foreign(y);
                        }
                        pending = items.size();
                    }
                }
                if (!found) {
                    break;
                }
                extras.addAll(passed);
                if (kind == DocumentKind.RECOMMENDATION) {
                    Body s2 = sectorAt(g - 1);
                    if (s2 != null) {
                        sector = s2;
                    }
                }
                j = g;
            }
            // bodies and citations
            if (!topic) {
                items.get(0).start = lead >= 0 ? k.get(lead).start() : kwTok.start();
            }
            boolean earlierIts = false;
            for (int p = i - 1;
                    p >= 0 && i - p < 60 && !sentenceBreak(k.get(p)) && explicit == null && !itsFlag[0];
                    p--) {
                if (k.get(p).is("ITS") && kindOf(at(p + 1)) != null || k.get(p).is("ITS_RESOLUTION")) {
                    earlierIts = true; // "its previous resolutions …, the most recent of which are resolutions 46/7"
                    break;
                }
                if (kindOf(k.get(p)) != null && p != i) {
                    // "all Human Rights Council resolutions on …, the most recent of which are resolutions 46/7"
                    Body earlier = body(at(p - 1));
                    if (earlier != null
                            && earlier != Body.OTHER
                            && at(p + 1) != null
                            && !at(p + 1).unItem()
                            && at(p + 1).type() != Token.Type.NUM) {
                        explicit = earlier;
                    }
                    break;
                }
            }
            if (explicit == null && !itsFlag[0] && !earlierIts) {
                explicit = repeated(i, items.get(0).tok);
            }
            int e = 0;
            for (Item it : items) {
                if (it.body == null && it != items.get(0)) {
                    it.carried = true; // "Security Council resolutions 2250 (2015) and S-31/1"
                }
                Body body = it.body != null ? it.body : explicit;
                boolean foreignBody = it.body != null ? it.foreign : explicitForeign;
                if (body == null && (itsFlag[0] || earlierIts)) {
                    body = its(i - 1, it.tok);
                    if (kwTok.is("ITS_FEMININE") && council(body)) {
                        // "قرارها 60/251" in a Council's text: the feminine "its" is the Assembly's
                        // (الجمعية), never a Council's (مجلس, masculine)
                        body = it.tok.unItem() && numbersSo(Body.UN_GA, it.tok) ? Body.UN_GA : Body.OTHER;
                    }
                }
                if (body == null && kind != DocumentKind.RECOMMENDATION && it.tok.unItem()) {
                    body = unBody(i - 1, it.tok);
                }
                while (e < extras.size() && extras.get(e).start() < it.start) {
                    CitationMatch x = extras.get(e++);
                    emit(x.start(), x.end(), x.citation());
                }
                it.citation = foreignBody && body == Body.OTHER ? null : item(kind, it, body, i);
                emit(it.start, it.end, it.citation, it.rangeFrom == null ? null : it.rangeFrom.citation);
            }
            return j;
        }

        /**
         * The body of the UN resolution cited right before the kind word at {@code i}, across only an
         * AND-word, a list comma or an article ({@code Security Council resolution 2601 and resolution
         * 2626}, {@code قرار مجلس الأمن 2601 والقرار 2626}): the Security Council, when it is that
         * body's and {@code item} is a bare integer or a number with its year; else null. Other bodies
         * are not carried so ({@code General Assembly resolution 60/251 and resolution 5/1}: unknown).
         */
        private Body repeated(int i, Token item) {
            int p = i - 1;
            while (p >= 0
                    && i - p <= 6
                    && (separator(k.get(p)) && !k.get(p).is("TO")
                            || k.get(p).is("DET")
                            || k.get(p).is("OF")
                            || body(k.get(p)) == Body.UN_SC)) {
                p--; // "la résolution 2601 du Conseil de sécurité et la résolution 2626": the body after it
            }
            if (p < 0 || out.isEmpty() || !(out.get(out.size() - 1).citation() instanceof UnResolutionCitation u)) {
                return null;
            }
            if (out.get(out.size() - 1).end() != t.srcEnd(k.get(p).end())) {
                return null;
            }
            return u.body() == Body.UN_SC && (item.type() == Token.Type.NUM || item.type() == Token.Type.SCNUM)
                    ? Body.UN_SC
                    : null;
        }

        /** A dash written tight between two numbers ({@code 5/1–5/3}, {@code 70-77}): a range. */
        private boolean rangeDash(int d) {
            Token x = at(d);
            Token a = at(d - 1);
            Token b = at(d + 1);
            return x != null
                    && a != null
                    && b != null
                    && x.punct('-')
                    && a.end() == x.start()
                    && x.end() == b.start()
                    && (a.unItem() || a.type() == Token.Type.NUM)
                    && a.type() == b.type();
        }

        /**
         * A topic between a kind word and the first UN number ({@code resolutions of the Council on
         * the rights of older persons, 21/23}, {@code résolutions … sur la justice transitionnelle
         * (2005/70 …)}): the index of that number, or -1. The topic has no number, kind word, symbol,
         * instrument or sentence break of its own, and the number follows a comma or a bracket.
         */
        private int afterTopic(int j) {
            for (int g = j; g < k.size() && g - j < TOPIC; g++) {
                Token y = k.get(g);
                if (y.unItem() && g > j && (at(g - 1).punct(',') || at(g - 1).punct('('))) {
                    return g;
                }
                if (sentenceBreak(y)
                        || kindOf(y) != null
                        || y.type() != Token.Type.WORD
                                && y.type() != Token.Type.KW
                                && !y.punct(',')
                                && !y.punct('(')
                                && !y.punct('-')
                                && !y.punct('\'')
                        || y.type() == Token.Type.KW
                                && (y.entry().instrument() != null || y.is("ITS") || y.is("OWN"))) {
                    return -1;
                }
            }
            return -1;
        }

        /**
         * Whether the body named at token {@code j} is a subject ({@code ABOUT}: "resolution 60/251
         * on the Human Rights Council", "القرار 60/251 بشأن مجلس حقوق الإنسان", "关于人权理事会的"),
         * not the body of a citation.
         */
        private boolean subject(int j) {
            return kw(j - 1, "ABOUT") || kw(j - 1, "DET") && kw(j - 2, "ABOUT");
        }

        /** "… and the Human Rights Council in its resolution 4/4": a body that goes with the citation after it. */
        private boolean actsNext(int from) {
            for (int q = from; q < from + 3 && q < k.size(); q++) {
                Token y = k.get(q);
                if (y.is("ITS") || y.is("OWN") || kindOf(y) != null) {
                    return true;
                }
                if (sentenceBreak(y) || y.punct(',')) {
                    return false;
                }
            }
            return false;
        }

        private Body sectorAt(int j) {
            Token x = at(j);
            if (x == null) {
                return null;
            }
            if (x.is("SECTOR_ITU_T")) {
                return Body.ITU_T;
            }
            if (x.is("SECTOR_ITU_R")) {
                return Body.ITU_R;
            }
            if (x.is("SECTOR_ITU_D")) {
                return Body.ITU_D;
            }
            return null;
        }

        private Citation item(DocumentKind kind, Item it, Body body, int kwIndex) {
            Token x = it.tok;
            String text = t.source(it.start, it.end);
            if (x.type() == Token.Type.SCNUM && body != null && body.isItu()) {
                // "ITU Council Resolution 1305 (2009)", "Council Decision 588 (2016)": the ITU body's own
                // number with the year of adoption in brackets, not the Security Council's numbering
                String n = x.value();
                return InstrumentCitation.of(
                        kind,
                        Optional.of(body),
                        List.of(n.substring(0, n.indexOf(' '))),
                        Optional.empty(),
                        Brackets.NONE,
                        text);
            }
            if (x.unItem()) {
                Body b = body;
                if (b == null || b.isItu()) {
                    b = x.type() == Token.Type.OLDGA || x.value().startsWith("ES-") ? Body.UN_GA : Body.OTHER;
                }
                if (b != Body.OTHER && x.type() == Token.Type.SCNUM) {
                    b = Body.UN_SC; // the year in brackets, 2626 (2022), is the Security Council's numbering only
                } else if (b != Body.OTHER && x.value().startsWith("ES-")) {
                    b = Body.UN_GA; // emergency special sessions are the General Assembly's only
                } else if (x.type() == Token.Type.SCNUM) {
                    b = Body.UN_SC;
                }
                if (b == Body.UN_HRC && x.type() == Token.Type.UNNUM && yearNumbered(x.value())) {
                    b = Body.UN_ECOSOC; // "Council resolutions 1989/64": the Council numbering by year is ECOSOC's
                }
                if (it.carried && b != Body.OTHER && !numbersSo(b, x)) {
                    // a body carried over from an earlier item that never numbers so: "Security Council
                    // resolutions 2250 (2015) and S-31/1", "人权委员会第2005/70号决议和第2106(XX)号决议"
                    b = x.type() == Token.Type.OLDGA ? Body.UN_GA : Body.OTHER;
                }
                DocumentKind d = kind == DocumentKind.DECISION ? DocumentKind.DECISION : DocumentKind.RESOLUTION;
                return UnResolutionCitation.of(b, d, x.value(), text);
            }
            if (body == Body.OTHER) {
                return null; // another organization's numbering
            }
            if (kind != DocumentKind.RECOMMENDATION && body != null && body.isUn()) {
                // a bare integer: of the UN bodies only the Security Council numbers so ("Council
                // resolution 2250" after the Security Council is named); the others' numbers have a
                // session ("résolution 563 de la Commission africaine" is no Commission on Human Rights')
                Body b = body == Body.UN_SC || body == Body.UN_HRC && scNamed(kwIndex) ? Body.UN_SC : null;
                if (b == null) {
                    return null;
                }
                return UnResolutionCitation.of(
                        b,
                        kind == DocumentKind.DECISION ? DocumentKind.DECISION : DocumentKind.RESOLUTION,
                        x.value(),
                        text);
            }
            if (own.isUn() && (body == null || !body.isItu())) {
                return null; // an ITU-style number in a UN text, with no body: not typed
            }
            if (body == null
                    && it.revision != null
                    && (kind == DocumentKind.RESOLUTION || kind == DocumentKind.DECISION)) {
                // "Resolution 7 (Valletta, 1998)": no body named, the conference that met there that year
                body = Conferences.body(it.revision).orElse(null);
            }
            return InstrumentCitation.of(
                    kind,
                    Optional.ofNullable(body),
                    List.of(x.value()),
                    Optional.ofNullable(it.revision),
                    it.brackets,
                    text);
        }

        /** Whether the Security Council is named earlier in the sentence, before token {@code from}. */
        private boolean scNamed(int from) {
            for (int p = from; p >= 0 && from - p < 60; p--) {
                Token x = k.get(p);
                if (sentenceBreak(x)) {
                    return false;
                }
                if (x.is("BODY_UN_SC")) {
                    return true;
                }
            }
            return false;
        }

        /** {@code (Rev. Dubai, 2018)}, {@code [Rev. Bucharest, 2022]}, {@code (Kyoto, 1994)} at token {@code j}. */
        private int revision(int j, Item it) {
            Token o = at(j);
            if (o == null || !(o.punct('(') || o.punct('['))) {
                return j;
            }
            char close = o.punct('(') ? ')' : ']';
            int p = j + 1;
            boolean revised = false;
            if (kw(p, "REV")) {
                revised = true;
                p++;
            }
            int placeStart = p;
            while (p < k.size()
                    && p - placeStart < 6
                    && (k.get(p).type() == Token.Type.WORD
                            || k.get(p).type() == Token.Type.KW && !k.get(p).punct(','))) {
                p++;
            }
            if (p == placeStart || !(at(p) != null && at(p).punct(','))) {
                return j;
            }
            String place =
                    t.source(k.get(placeStart).start(), k.get(p - 1).end()).strip();
            Token y = at(p + 1);
            if (y == null
                    || y.type() != Token.Type.NUM
                    || y.value().length() != 4
                    || !Character.isDigit(y.value().charAt(3))) {
                return j;
            }
            int q = p + 2;
            if (kw(q, "YEAR_SUFFIX")) {
                q++;
            }
            Token c = at(q);
            if (c == null || !c.punct(close)) {
                return j;
            }
            int year = Integer.parseInt(y.value());
            if (year < 1000) {
                return j;
            }
            it.revision = new Revision(revised, place, year);
            it.brackets = close == ')' ? Brackets.ROUND : Brackets.SQUARE;
            it.end = c.end();
            return q + 1;
        }

        // ----------------------------------------------------------------- postposed (Chinese)

        /** The index after a date written before a postposed item ({@code 2011年12月19日}), or {@code j}. */
        private int afterDate(int j) {
            int p = j;
            while (p < k.size() && p - j < 6 && (k.get(p).type() == Token.Type.NUM || dateWord(k.get(p)))) {
                p++;
            }
            return p - j >= 2 && dateWord(k.get(p - 1)) ? p : j;
        }

        private boolean dateWord(Token x) {
            if (x.type() != Token.Type.WORD || x.end() - x.start() != 1) {
                return false;
            }
            char c = t.n[x.start()];
            return c == '\u5e74' || c == '\u6708' || c == '\u65e5'; // 年 月 日
        }

        /**
         * Chinese recommendations, the kind word after them: {@code ITU-T D.50建议书},
         * {@code ITU-T A.1和ITU-T A.2建议书}; each item its sector's.
         */
        private int postRecommendations(int i) {
            int j = i;
            List<Item> items = new ArrayList<>();
            Body sector = null;
            while (true) {
                int s = j;
                Body b = sectorAt(j);
                if (b != null) {
                    sector = b;
                    j++;
                }
                Token x = at(j);
                if (x == null || x.type() != Token.Type.RECID || sector == null) {
                    break;
                }
                Item it = new Item(x);
                it.start = k.get(s).start();
                it.body = sector;
                items.add(it);
                j++;
                if (separator(at(j)) && at(j + 1) != null) {
                    j++;
                    continue;
                }
                break;
            }
            if (!items.isEmpty() && kw(j, "ITEM_SUFFIX") && kw(j + 1, "POST_RECOMMENDATION")) {
                j++; // "ITU-T A.1号建议书"
            }
            if (items.isEmpty() || !kw(j, "POST_RECOMMENDATION")) {
                return i + 1;
            }
            items.get(items.size() - 1).end = k.get(j).end();
            for (Item it : items) {
                it.citation = item(DocumentKind.RECOMMENDATION, it, it.body, i);
                emit(it.start, it.end, it.citation);
            }
            return j + 1;
        }

        /**
         * A Chinese enumeration: {@code 第65/182号、第66/127号和第77/190号决议}. Linear: when no kind
         * word ends the enumeration, no enumeration starting at a later item of it can find one,
         * so reading goes on after it.
         */
        private int postposed(int i) {
            int j = i;
            List<Item> items = new ArrayList<>();
            boolean un = false;
            int stop;
            while (true) {
                int s = j;
                if (kw(j, "ITEM_PREFIX")) {
                    j++;
                }
                Token x = at(j);
                if (x == null || !(x.unItem() || x.type() == Token.Type.NUM) || !items.isEmpty() && x.unItem() != un) {
                    stop = s; // an item of another kind may start an enumeration of its own
                    break;
                }
                un = x.unItem();
                Item it = new Item(x);
                it.start = k.get(s).start();
                if (!items.isEmpty() && at(s - 1).is("TO")) {
                    it.rangeFrom = items.get(items.size() - 1); // "第5/1至5/3号"
                }
                j++;
                if (kw(j, "ITEM_SUFFIX")) {
                    it.end = k.get(j).end();
                    j++;
                } else if (!un && !(separator(at(j)) && ituNumberAt(kw(j + 1, "ITEM_PREFIX") ? j + 2 : j + 1))) {
                    stop = j; // an ITU number takes its 号, but before another: "第70至77号决议", "第70和71号决议"
                    break;
                }
                items.add(it);
                if (separator(at(j)) && at(j + 1) != null) {
                    j++;
                    int d = afterDate(j);
                    if (d > j && kw(d, "ITEM_PREFIX")) {
                        j = d; // "第65/182号、2011年12月19日第66/127号": a date before the next item
                    }
                    continue;
                }
                stop = j;
                break;
            }
            Token kwTok = at(j);
            DocumentKind kind = kwTok == null
                    ? null
                    : kwTok.is("POST_RESOLUTION")
                            ? DocumentKind.RESOLUTION
                            : kwTok.is("POST_DECISION")
                                    ? DocumentKind.DECISION
                                    : kwTok.is("POST_RECOMMENDATION")
                                            ? DocumentKind.RECOMMENDATION
                                            : kwTok.is("POST_OPINION") ? DocumentKind.OPINION : null;
            if (items.isEmpty()) {
                return i + 1;
            }
            if (kind == null) {
                return Math.max(i + 1, stop);
            }
            boolean[] itsFlag = {false};
            foreignFound = false;
            Body explicit = before(i, itsFlag);
            boolean explicitForeign = explicit != null && foreignFound;
            boolean carried = false;
            if (explicit == null && !itsFlag[0]) {
                explicit = clauseSubject(i);
                carried = explicit != null;
            }
            if (explicit == null && !itsFlag[0] && chainBody != null) {
                // "第10/11号决议、2010年9月30日第15/12号决议": the enumeration goes on, with its body
                int p = i - 1;
                while (p >= 0 && (k.get(p).type() == Token.Type.NUM || dateWord(k.get(p)))) {
                    p--;
                }
                p = beforeTopic(p);
                if (p > 0 && p - 1 == chainEnd && separator(k.get(p))) {
                    explicit = chainBody;
                    carried = true;
                }
            }
            if (kind == DocumentKind.RESOLUTION && !un && sectorAt(i - 1) == Body.ITU_R) {
                explicit = Body.ITU_RA; // "ITU-R第71号决议": the Radiocommunication Assembly's numbering
                items.get(0).start = k.get(i - 1).start();
            }
            Item lastItem = items.get(items.size() - 1);
            lastItem.end = kwTok.end();
            int next = un ? j + 1 : postRevision(j + 1, lastItem);
            Body last = null;
            for (Item it : items) {
                Body body = explicit;
                it.carried = carried || it != items.get(0);
                if (body == null && itsFlag[0]) {
                    body = its(i - 1, it.tok);
                }
                if (body == null && kind != DocumentKind.RECOMMENDATION && it.tok.unItem()) {
                    body = unBody(i - 1, it.tok);
                }
                it.citation = explicitForeign && body == Body.OTHER ? null : item(kind, it, body, i);
                emit(it.start, it.end, it.citation, it.rangeFrom == null ? null : it.rangeFrom.citation);
                last = body;
            }
            chainEnd = j;
            chainBody = last;
            return next;
        }

        /**
         * The token before a topic that ends at token {@code p} ({@code 关于了解真相权的}, "on the right
         * to the truth": {@code ABOUT}, then words alone, at most {@link #TOPIC}), so that an
         * enumeration goes on over it ({@code …第51/23号决议，关于了解真相权的2008年9月18日第9/11号决议});
         * {@code p} itself when no topic ends there.
         */
        private int beforeTopic(int p) {
            for (int q = p; q >= 0 && p - q < TOPIC; q--) {
                Token x = k.get(q);
                if (x.is("ABOUT")) {
                    return q < p ? q - 1 : p;
                }
                if (x.type() != Token.Type.WORD) {
                    return p;
                }
            }
            return p;
        }

        /**
         * "大会在…第59/113A号决议中宣布了…，并在…第60/251号决议中决定": a citation in an "in …" clause
         * ({@code SUBJECT_IN}) whose subject is left out has the subject of the clause before it, the
         * body named earlier in the sentence that an "in …" clause follows, even when that clause's
         * citation took it as its body.
         */
        private Body clauseSubject(int i) {
            int p = i - 1;
            while (p >= 0 && (k.get(p).type() == Token.Type.NUM || dateWord(k.get(p)))) {
                p--;
            }
            if (p < 0 || !k.get(p).is("SUBJECT_IN")) {
                return null;
            }
            for (int q = p - 1; q >= 0 && p - q < 60; q--) {
                Token x = k.get(q);
                if (sentenceBreak(x)) {
                    return null;
                }
                Body b = body(x);
                if (b != null && b.isUn() && kw(q + 1, "SUBJECT_IN")) {
                    return b;
                }
            }
            return null;
        }

        /**
         * The revision after a Chinese citation: {@code 第71号决议（2018年，迪拜，修订版）} (revised at
         * Dubai in 2018), {@code （2014年，釜山）} (adopted at Busan in 2014).
         *
         * @return the index after it, or {@code j}
         */
        private int postRevision(int j, Item it) {
            Token o = at(j);
            if (o == null || !(o.punct('(') || o.punct('['))) {
                return j;
            }
            char close = o.punct('(') ? ')' : ']';
            Token y = at(j + 1);
            if (y == null
                    || y.type() != Token.Type.NUM
                    || y.value().length() != 4
                    || !Character.isDigit(y.value().charAt(3))
                    || at(j + 2) == null
                    || !dateWord(at(j + 2))
                    || t.n[at(j + 2).start()] != '\u5e74') {
                return j;
            }
            int p = j + 3;
            if (at(p) != null && at(p).punct(',')) {
                p++;
            }
            int placeStart = p;
            while (p < k.size() && p - placeStart < 8 && k.get(p).type() == Token.Type.WORD) {
                p++;
            }
            if (p == placeStart) {
                return j;
            }
            String place =
                    t.source(k.get(placeStart).start(), k.get(p - 1).end()).strip();
            boolean revised = false;
            if (at(p) != null && at(p).punct(',') && kw(p + 1, "REV")) {
                revised = true;
                p += 2;
            } else if (kw(p, "REV")) {
                revised = true;
                p++;
            }
            Token c = at(p);
            if (c == null || !c.punct(close)) {
                return j;
            }
            it.revision = new Revision(revised, place, Integer.parseInt(y.value()));
            it.brackets = close == ')' ? Brackets.ROUND : Brackets.SQUARE;
            it.end = c.end();
            return p + 1;
        }

        // ----------------------------------------------------------------- provisions

        /**
         * A Chinese provision, its instrument before it: {@code 《公约》第19条} (Article 19 of the
         * Convention), {@code 《组织法》第8条第47款} (No. 47 in Article 8 of the Constitution),
         * {@code 《国际电联公约》第191A款}. The instrument is the ITU's Constitution or Convention by a
         * name of the tables, in book-title marks or not.
         *
         * @param i the index of {@code 第}
         * @return the index after the provision, or -1 when there is none here
         */
        private int postProvision(int i) {
            int[] from = new int[1];
            Instrument instrument = instrumentBefore(i, from);
            if (instrument == null || !ituNumberAt(i + 1)) {
                return -1;
            }
            if (!out.isEmpty()
                    && out.get(out.size() - 1).start() >= t.srcStart(from[0])
                    && out.get(out.size() - 1).citation() instanceof NamedInstrumentCitation) {
                out.remove(out.size() - 1); // the instrument's name is the provision's: "《国际电联公约》第191A款"
            }
            int start = from[0];
            int p = i;
            int done = -1;
            // "《组织法》第17、18条", "《公约》第191A和191B款", "《组织法》第17条和第18条": one citation an item
            while (kw(p, "ITEM_PREFIX") && ituNumberAt(p + 1)) {
                List<Token> nums = new ArrayList<>();
                int j = p + 1;
                while (true) {
                    nums.add(at(j));
                    j++;
                    int n = kw(j + 1, "ITEM_PREFIX") ? j + 2 : j + 1;
                    if (separator(at(j)) && ituNumberAt(n)) {
                        j = n;
                        continue;
                    }
                    break;
                }
                boolean article;
                String number = null;
                if (kw(j, "ARTICLE")) {
                    article = true;
                    j++;
                    if (nums.size() == 1 && kw(j, "ITEM_PREFIX") && ituNumberAt(j + 1) && kw(j + 2, "NUMBER")) {
                        number = at(j + 1).value(); // "第8条第47款": No. 47 in Article 8
                        j += 3;
                    }
                } else if (kw(j, "NUMBER")) {
                    article = false;
                } else {
                    break;
                }
                if (!article) {
                    j++;
                }
                int end = k.get(j - 1).end();
                for (int n = 0; n < nums.size(); n++) {
                    Token x = nums.get(n);
                    int s = n == 0 ? start : x.start();
                    int e = n == nums.size() - 1 ? end : x.end();
                    emit(
                            s,
                            e,
                            ProvisionCitation.of(
                                    instrument,
                                    article ? Optional.of(x.value()) : Optional.empty(),
                                    article ? Optional.ofNullable(number) : Optional.of(x.value()),
                                    Optional.empty(),
                                    t.source(s, e)));
                }
                done = j;
                if (!separator(at(j)) || !kw(j + 1, "ITEM_PREFIX")) {
                    break;
                }
                p = j + 1;
                start = at(p).start();
            }
            return done;
        }

        /**
         * The ITU instrument named right before token {@code i} ({@code 《公约》}, {@code 《国际电联组织法》},
         * {@code 国际电信联盟公约}), with the normalised offset where its name starts in {@code from[0]}; else null.
         */
        private Instrument instrumentBefore(int i, int[] from) {
            Token prev = at(i - 1);
            if (prev == null) {
                return null;
            }
            if (prev.type() == Token.Type.KW) {
                from[0] = prev.start();
                return ituInstrument(prev.entry());
            }
            if (!prev.punct('\u300B')) {
                return null;
            }
            for (int q = i - 2; q >= 0 && i - q < 16; q--) {
                Token x = k.get(q);
                if (x.punct('\u300A')) {
                    String inner = new String(t.n, x.end(), prev.start() - x.end());
                    Vocabulary.Entry e = v.phrase("\u300A" + inner + "\u300B");
                    from[0] = x.start();
                    return ituInstrument(e != null ? e : v.phrase(inner));
                }
                if (x.type() == Token.Type.PUNCT) {
                    return null;
                }
            }
            return null;
        }

        private Instrument ituInstrument(Vocabulary.Entry e) {
            if (e == null || own.isUn() && !ituNamed(e)) {
                return null; // a UN body's text: a bare "Convention" is another treaty
            }
            if (e.is("CONSTITUTION") || "itu-constitution".equals(e.instrument())) {
                return Instrument.CONSTITUTION;
            }
            if (e.is("CONVENTION") && e.instrument() == null || "itu-convention".equals(e.instrument())) {
                return Instrument.CONVENTION;
            }
            return null;
        }

        private int provision(int i) {
            Token kwTok = k.get(i);
            List<Item> items = new ArrayList<>();
            int j = i + 1;
            while (true) {
                Token x = at(j);
                if (x == null || x.type() != Token.Type.NUM) {
                    break;
                }
                items.add(new Item(x));
                j++;
                if (separator(at(j)) && at(j + 1) != null && at(j + 1).type() == Token.Type.NUM) {
                    j++;
                    continue;
                }
                if (at(j) != null
                        && at(j).punct(',')
                        && kw(j + 1, "AND")
                        && at(j + 2) != null
                        && at(j + 2).type() == Token.Type.NUM) {
                    j += 2;
                    continue;
                }
                break;
            }
            if (items.isEmpty()) {
                return i + 1;
            }
            String[] parts = new String[3];
            int q = j;
            boolean inner = false;
            // "Preamble (No. 1) of the ITU Constitution": the provision in brackets, then its instrument
            boolean wrapped = at(i - 1) != null && at(i - 1).punct('(') && at(j) != null && at(j).punct(')');
            if (wrapped) {
                q = j + 1;
            }
            for (int link = 0; link < 4; link++) {
                int p = q;
                if (!inner && items.size() == 1 && at(p) != null && at(p).punct('(')) {
                    p++;
                    inner = true;
                } else {
                    if (kw(p, "OF") || kw(p, "IN")) {
                        p++; // "No. 47 in Article 8 of the Constitution"
                    }
                    if (kw(p, "DET")) {
                        p++;
                    }
                }
                int part = kw(p, "ARTICLE") ? 0 : kw(p, "NUMBER") ? 1 : kw(p, "PARAGRAPH") ? 2 : -1;
                if (part < 0
                        || at(p + 1) == null
                        || at(p + 1).type() != Token.Type.NUM
                        || items.size() != 1 && (inner || part == partOf(kwTok))) {
                    break; // "Nos. 90 and 91 in Article 13": the article is the numbers' own
                }
                parts[part] = at(p + 1).value();
                q = p + 2;
            }
            if (q == j
                    && !wrapped
                    && items.size() == 1
                    && kw(i - 1, "IN")
                    && at(q) != null
                    && at(q).punct(',')
                    && kw(q + 1, "DET")) {
                q++; // "in Article 17, the Constitution indicates …": the instrument is the sentence's subject
            } else if (kw(q, "OF")) {
                q++;
            }
            if (kw(q, "DET")) {
                q++;
            }
            Token ins = at(q);
            Instrument instrument = null;
            if (ins != null
                    && (ins.is("CONSTITUTION")
                            || "itu-constitution"
                                    .equals(
                                            ins.entry() == null
                                                    ? null
                                                    : ins.entry().instrument()))) {
                instrument = Instrument.CONSTITUTION;
            } else if (ins != null
                    && (ins.is("CONVENTION") && ins.entry().instrument() == null
                            || "itu-convention"
                                    .equals(
                                            ins.entry() == null
                                                    ? null
                                                    : ins.entry().instrument()))) {
                instrument = Instrument.CONVENTION;
            }
            if (instrument == null || own.isUn() && !ituNamed(ins.entry())) {
                return j; // a UN body's text: "article 19 of the Convention" is another treaty's
            }
            int endTok = q;
            if (inner) {
                if (at(q + 1) == null || !at(q + 1).punct(')')) {
                    return j;
                }
                endTok = q + 1;
            }
            items.get(0).start =
                    wrapped ? (kw(i - 2, "PREAMBLE") ? k.get(i - 2) : k.get(i - 1)).start() : kwTok.start();
            items.get(items.size() - 1).end = k.get(endTok).end();
            for (Item it : items) {
                String[] mine = parts.clone();
                int own = partOf(kwTok);
                mine[own] = it.tok.value();
                if (mine[0] == null && mine[1] == null) {
                    continue;
                }
                emit(
                        it.start,
                        it.end,
                        ProvisionCitation.of(
                                instrument,
                                Optional.ofNullable(mine[0]),
                                Optional.ofNullable(mine[1]),
                                Optional.ofNullable(mine[2]),
                                t.source(it.start, it.end)));
            }
            return endTok + 1;
        }

        /**
         * Whether a name of the Constitution or Convention says it is the ITU's: the instrument's
         * full name, or a phrase of the tables' {@code ITU_NAME} rows ({@code ITU Constitution},
         * {@code Convention de l'UIT}, {@code Устава МСЭ}, {@code دستور الاتحاد}). A bare
         * {@code Constitution} or {@code Convention} is the ITU's only where the caller's body is not a UN one.
         */
        private boolean ituNamed(Vocabulary.Entry e) {
            return e.instrument() != null || e.is("ITU_NAME");
        }

        private int partOf(Token kwTok) {
            return kwTok.is("ARTICLE") ? 0 : kwTok.is("NUMBER") ? 1 : 2;
        }

        // ----------------------------------------------------------------- annexes

        private boolean annexId(Token x) {
            if (x == null) {
                return false;
            }
            if (x.type() == Token.Type.NUM) {
                return x.value().length() <= 3;
            }
            if (x.type() == Token.Type.WORD || x.type() == Token.Type.KW) {
                String s = t.source(x.start(), x.end());
                return ROMAN_OR_LETTER.matcher(s).matches();
            }
            return false;
        }

        /**
         * The only annex, by no number: {@code the annex to this resolution}, {@code l'annexe de la
         * présente résolution}; from the article before the word (when there is one) to the end of
         * the document's words. Without them ({@code the annex}, {@code an annex to the report}) it is no citation.
         */
        private int onlyAnnex(int i) {
            Token kwTok = k.get(i);
            if (v.language == Language.CHINESE
                    && kw(i - 1, "THIS_DOCUMENT")
                    && k.get(i - 1).end() == kwTok.start()) {
                int start = k.get(i - 1).start(); // 本决议附件
                Optional<String> none = Optional.empty();
                emit(start, kwTok.end(), AnnexCitation.of(none, none, t.source(start, kwTok.end())));
                return i + 1;
            }
            int q = i + 1;
            if (kw(q, "OF")) {
                q++;
            } else if (v.language != Language.ARABIC) {
                return i + 1; // Arabic: الملحق بهذا القرار, the preposition a prefix
            }
            if (kw(q, "DET")) {
                q++;
            }
            if (!kw(q, "THIS_DOCUMENT")) {
                return i + 1;
            }
            int start = kw(i - 1, "DET") ? k.get(i - 1).start() : kwTok.start();
            int end = k.get(q).end();
            Optional<String> none = Optional.empty();
            emit(start, end, AnnexCitation.of(none, none, t.source(start, end)));
            return q + 1;
        }

        private int annex(int i) {
            Token kwTok = k.get(i);
            String annex = null;
            String appendix = null;
            int j = i + 1;
            if (!annexId(at(j))) {
                return onlyAnnex(i);
            }
            if (kwTok.is("APPENDIX")) {
                appendix = t.source(at(j).start(), at(j).end());
                j++;
                int q = j;
                if (kw(q, "OF")) {
                    q++;
                }
                if (kw(q, "DET")) {
                    q++;
                }
                if (kw(q, "ANNEX") && annexId(at(q + 1))) {
                    Token a = at(q + 1);
                    annex = t.source(a.start(), a.end());
                    j = q + 2;
                }
            } else {
                Token a = at(j);
                annex = t.source(a.start(), a.end());
                j++;
            }
            int start = kwTok.start();
            if (v.postposed && kw(i - 1, "THIS_DOCUMENT") && k.get(i - 1).end() == kwTok.start()) {
                start = k.get(i - 1).start(); // "本决议附件1": the document before its annex
            } else if (v.postposed
                    && !out.isEmpty()
                    && out.get(out.size() - 1).end() == t.srcStart(kwTok.start())
                    && (out.get(out.size() - 1).citation() instanceof InstrumentCitation
                            || out.get(out.size() - 1).citation() instanceof UnResolutionCitation)) {
                return j; // "第71号决议附件2": an annex of the resolution cited right before
            }
            int end = k.get(j - 1).end();
            int q = j;
            if (kw(q, "OF")) {
                q++;
            }
            if (kw(q, "DET")) {
                q++;
            }
            boolean of = q > j || ofPrefix(q); // "الملحق 1 بهذا القرار": the preposition a prefix
            if (of && kw(q, "THIS_DOCUMENT")) {
                end = k.get(q).end();
                j = q + 1;
            } else if (of
                    && (kindOf(at(q)) != null
                            || at(q) != null
                                    && at(q).entry() != null
                                    && at(q).entry().instrument() != null)) {
                return j; // an annex of another instrument
            }
            emit(
                    start,
                    end,
                    AnnexCitation.of(Optional.ofNullable(annex), Optional.ofNullable(appendix), t.source(start, end)));
            return j;
        }
    }

    /**
     * Whether a UN body numbers its resolutions in the form of a UN number token: the Security
     * Council by number and year ({@code 2626 (2022)}); the General Assembly by session
     * ({@code 60/251}), special and emergency special session ({@code S-31/1}, {@code ES-10/15}) and
     * its old numbering ({@code 2106 (XX)}); the Human Rights Council by session and special session;
     * the Commission on Human Rights by year ({@code 1998/72}) and, before 1978, by session in Roman
     * numerals with numbers of one to three digits ({@code 8 (XXIII)}); the Economic and Social
     * Council by year and its old numbering ({@code 1503 (XLVIII)}).
     */
    static boolean numbersSo(Body b, Token x) {
        String v = x.value();
        boolean special = v.startsWith("S-");
        boolean emergency = v.startsWith("ES-");
        boolean year = x.type() == Token.Type.UNNUM && yearNumbered(v);
        boolean session = x.type() == Token.Type.UNNUM && !special && !emergency && !year;
        return switch (b) {
            case UN_SC -> x.type() == Token.Type.SCNUM;
            case UN_GA -> x.type() == Token.Type.OLDGA || session || special || emergency;
            case UN_HRC -> session || special;
            case UN_CHR -> year || x.type() == Token.Type.OLDGA && leadingDigits(v) <= 3;
            case UN_ECOSOC -> year || x.type() == Token.Type.OLDGA;
            default -> true;
        };
    }

    private static int leadingDigits(String v) {
        int n = 0;
        while (n < v.length() && v.charAt(n) >= '0' && v.charAt(n) <= '9') {
            n++;
        }
        return n;
    }

    /**
     * {@code value.matches("\\d{4}/.*")} without a pattern: four ASCII digits, a slash, then no
     * line terminator.
     */
    static boolean yearNumbered(String value) {
        if (value.length() < 5 || value.charAt(4) != '/') {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        for (int i = 5; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }
}
