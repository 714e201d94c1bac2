package org.resdom.io.layout;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.io.ReadLimits;
import org.resdom.io.ReadResult;
import org.resdom.io.text.internal.TextParser;
import org.resdom.io.text.internal.Vocabulary;
import org.resdom.lang.PhraseBook;
import org.resdom.model.Body;
import org.resdom.model.Identity;
import org.resdom.model.Language;
import org.resdom.model.OperativeSection;
import org.resdom.model.Paragraph;
import org.resdom.model.PreambleSection;
import org.resdom.model.Resolution;
import org.resdom.model.SourceSpan;

/**
 * Reads a resolution from lines that carry layout hints, as a PDF or an extracted text gives
 * them. This is the one reader behind every source whose lines are not paragraphs: the text
 * reader uses it for text recognised as PDF-extracted or web-rendered, the PDF reader
 * ({@code resdom-pdf}) for the lines it finds on the pages. It lives in {@code resdom-io} so
 * that both can use it without one format module depending on another.
 *
 * <p>The work is done in named stages, each leaving diagnostics:
 * <ol>
 * <li>line classification (furniture, rules, footnote areas, labels, phrase headings);</li>
 * <li>unwrapping and furniture removal (wrapped lines joined into paragraphs, furniture kept
 * as {@code layout.furniture.*} metadata);</li>
 * <li>masthead (body, number, title and date of adoption from a UN masthead);</li>
 * <li>footnotes (bodies paired with glued call-outs);</li>
 * <li>labels and nesting, sections and phrases, inline content: done on the paragraphs by the
 * plain-text reader's structure stage.</li>
 * </ol>
 * Positions of paragraphs and sections point at the first line of the paragraph: for paged
 * sources line is the page and column the line on the page; otherwise line and column 1 in the
 * source text.
 *
 * <pre>{@code
 * List<LayoutLine> lines = List.of(LayoutLine.of("The General Assembly,", 1),
 *         LayoutLine.of("Recalling its resolution 70/1 of 25 September", 2),
 *         LayoutLine.of("2015,", 3));
 * ReadResult r = LayoutResolutionReader.create().read(lines, "example");
 * }</pre>
 */
public final class LayoutResolutionReader {

    /** Metadata key: what kind of input the lines came from ({@code pdf}, {@code pdf-text}, {@code web-text},
     * {@code word-text}, {@code run-in-text}). */
    public static final String META_INPUT = "layout.input";
    /** Metadata key prefix: a line of page furniture ({@code layout.furniture.001}). */
    public static final String META_FURNITURE = "layout.furniture.";
    /** Metadata key prefix: a line of the masthead ({@code layout.masthead.01}). */
    public static final String META_MASTHEAD = "layout.masthead.";
    /** Metadata key: the date of adoption the masthead gives ({@code 2018-10-10}). */
    public static final String META_ADOPTED = "layout.adopted";
    /**
     * Metadata key: how many pages the source has ({@code 3}), when its lines carry pages (a PDF,
     * or extracted text with form feeds); then every position is page and line on the page.
     */
    public static final String META_PAGES = "layout.pages";

    private static final int DETECT_LINES = 200;
    /** The vocabulary of all six languages, for telling the input's kind before its language is known. */
    private final ReadLimits limits;

    private final Language language;

    private LayoutResolutionReader(ReadLimits limits, Language language) {
        this.limits = limits;
        this.language = language;
    }

    /** @return a reader with the default limits that detects the language */
    public static LayoutResolutionReader create() {
        return new LayoutResolutionReader(ReadLimits.defaults(), null);
    }

    /**
     * @param limits the limits
     * @param language the language, or empty to detect it
     * @return a reader
     */
    public static LayoutResolutionReader of(ReadLimits limits, Optional<Language> language) {
        Objects.requireNonNull(limits, "limits must not be null");
        Objects.requireNonNull(language, "language must not be null");
        return new LayoutResolutionReader(limits, language.orElse(null));
    }

    /**
     * Reads the lines.
     *
     * @param lines the lines in reading order
     * @param input what they came from, kept as {@value #META_INPUT} metadata
     * @return the document and the diagnostics of every stage
     */
    public ReadResult read(List<LayoutLine> lines, String input) {
        Objects.requireNonNull(lines, "lines must not be null");
        Objects.requireNonNull(input, "input must not be null");
        try {
            return stages(lines, input);
        } catch (RuntimeException | StackOverflowError e) {
            StringBuilder all = new StringBuilder();
            lines.forEach(l -> all.append(l.text()).append('\n'));
            Resolution r = new Resolution(
                    Identity.unknown(),
                    Optional.of(new org.resdom.model.OpeningFormula(
                            List.of(org.resdom.model.Unrecognized.of(all.toString())), Optional.empty())),
                    List.of(),
                    List.of(),
                    List.of(),
                    Map.of(META_INPUT, input),
                    Optional.empty());
            return new ReadResult(
                    r,
                    List.of(Diagnostic.at(
                            LayoutCodes.INTERNAL,
                            Severity.ERROR,
                            "internal error: " + e + "; the text is kept unrecognized",
                            SourceSpan.at(1, 1))));
        }
    }

    private ReadResult stages(List<LayoutLine> lines, String input) {
        List<Diagnostic> diags = new ArrayList<>();
        Language lang = language != null ? language : detect(lines);
        PhraseBook book = PhraseBook.of(lang == Language.UNDETERMINED ? Language.ENGLISH : lang);
        Vocabulary vocab = Vocabulary.of(lang);
        // a web page's bullets: each opens an item, an unbulleted line at its text's indent goes on with it
        // a Word extract, with footnote rules or with run-in lines of prose: run-ins cut, no unwrapping
        boolean word = input.equals("word-text") || input.equals(RunInLines.KIND);
        java.util.Set<LayoutLine> bullets = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Set<LayoutLine> continued = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<LayoutLine> split = GluedHeadings.split(
                input.equals("web-text")
                        ? BulletHeadings.split(unbullet(lines, bullets, continued), bullets, continued, book, diags)
                        : word ? RunIns.split(lines, book, vocab.words("ANNEX_HEADING"), diags) : lines,
                book,
                diags);
        if (word) {
            split = TrailingHeadings.split(split, book, diags);
        }
        split = RuleNotes.split(split, book, diags);
        java.util.Set<LayoutLine> heads = WrappedHeadings.set();
        if (input.equals("pdf-text")) {
            split = WrappedHeadings.join(split, book, heads, diags);
        }
        List<LineKind> kinds = LineClassifier.classify(split, book, diags);
        WrappedHeadings.mark(split, kinds, heads);
        RunningHeads.mark(split, kinds, diags);
        split = NoteAreas.arrange(split, kinds, diags);
        Masthead.Info mast = Masthead.read(split, kinds, vocab);
        int from = mast.un() ? mast.formula() : 0;
        java.util.Set<String> conjunctions = new java.util.HashSet<>();
        for (String key : List.of("AND", "OR")) {
            book.words(key).forEach(w -> conjunctions.add(w.toLowerCase(java.util.Locale.ROOT)));
        }
        if (input.equals("pdf-text") || input.equals("pdf")) {
            ConjoinedItems.find(split, kinds, conjunctions, bullets);
        }
        Unwrapper.Result un = Unwrapper.unwrap(
                split,
                kinds,
                from,
                !word,
                conjunctions,
                (a, b) -> book.compound(a, b),
                WebBullets.withOpeningParts(bullets),
                WebBullets.withOpeningParts(continued));
        // the furniture above the opening formula (the masthead's document symbol, a browser's
        // running head) is kept with the rest: the masthead stage reads it, nothing drops it
        List<Unwrapper.Furniture> furniture = new ArrayList<>();
        for (int i = 0; i < from; i++) {
            LineKind k = kinds.get(i);
            if (k.furniture() || k == LineKind.RULE) {
                furniture.add(new Unwrapper.Furniture(
                        k, split.get(i).text().replace('\f', ' ').strip(), split.get(i)));
            }
        }
        furniture.addAll(un.furniture());
        List<Unwrapper.Note> unpaired = new ArrayList<>();
        List<Footnotes.Call> calls = Footnotes.pair(un.blocks(), un.notes(), unpaired, split, diags);
        // a body no call-out was found for is kept as a footnote of the paragraph it stands in or after
        Map<Integer, List<Unwrapper.Note>> placed = new TreeMap<>();
        for (Unwrapper.Note n : unpaired) {
            placed.computeIfAbsent(blockOf(un.blocks(), n.at()), x -> new ArrayList<>())
                    .add(n);
        }

        // canonical lines for the structure stage: one paragraph or heading a line
        StringBuilder canon = new StringBuilder();
        List<LayoutLine> origin = new ArrayList<>();
        Iterator<Footnotes.Call> ci = calls.iterator();
        Footnotes.Call call = ci.hasNext() ? ci.next() : null;
        Positions where = new Positions();
        for (int b = 0; b < un.blocks().size(); b++) {
            Unwrapper.Block block = un.blocks().get(b);
            String t = block.text();
            int end = b + 1 < un.blocks().size() ? un.blocks().get(b + 1).first : split.size();
            where.block(t, split, kinds, block.first, end, block.origin);
            int last = 0;
            StringBuilder line = new StringBuilder();
            while (call != null && call.block() == b) {
                where.text(line.length(), last);
                line.append(t, last, call.start());
                where.text(line.length(), call.start());
                line.append("[footnoteRef:")
                        .append(call.note().marker())
                        .append("][")
                        .append(call.note().marker())
                        .append(':');
                where.from(line.length(), call.note().origin());
                line.append(escape(call.note().text())).append(']');
                last = call.end();
                call = ci.hasNext() ? ci.next() : null;
            }
            where.text(line.length(), last);
            line.append(t, last, t.length());
            for (Unwrapper.Note n : placed.getOrDefault(b, List.of())) {
                where.from(line.length(), n.origin());
                line.append('[')
                        .append(n.marker())
                        .append(':')
                        .append(escape(n.text()))
                        .append(']');
            }
            CharSequence tabbed = tabAfterLabel(line);
            where.end(LineClassifier.labelEnd(line.toString()), line.length() - tabbed.length());
            canon.append(tabbed).append('\n');
            origin.add(block.origin);
        }
        if (un.blocks().isEmpty()) {
            for (Unwrapper.Note n : unpaired) {
                where.fixed(n.origin());
                where.end(0, 0);
                canon.append(n.marker()).append(' ').append(n.text()).append('\n');
                origin.add(n.origin());
            }
        }
        // the footnote stage reports the bodies it could not pair (LAY-FOOTNOTE-UNPAIRED): it owns that check
        ReadResult parsed = TextParser.parse(canon.toString(), lang, limits, false, mast.un(), true, true, true);
        Resolution r = parsed.resolution();

        for (Diagnostic d : parsed.diagnostics()) {
            diags.add(d.withSpan(d.span().map(s -> map(s, origin))));
        }
        Map<String, String> meta = new TreeMap<>();
        r.metadata().forEach((k, v) -> {
            if (!k.startsWith("text.")) {
                meta.put(k, v);
            }
        });
        meta.put(META_INPUT, input);
        int pages = 0;
        for (LayoutLine l : split) {
            if (!l.isBlank()) {
                // pdftotext ends its last page with a form feed too
                pages = Math.max(pages, l.page().orElse(pages));
            }
        }
        if (pages > 0) {
            meta.put(META_PAGES, String.valueOf(pages));
        }
        int f = 0;
        for (Unwrapper.Furniture x : furniture) {
            f++;
            meta.put(
                    META_FURNITURE + String.format("%03d", f),
                    where(x.origin()) + " "
                            + x.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " " + x.text());
        }
        if (f > 0) {
            diags.add(Diagnostic.at(
                    LayoutCodes.FURNITURE,
                    Severity.INFO,
                    f + " lines of page furniture kept as " + META_FURNITURE + "* metadata",
                    span(furniture.get(0).origin())));
        }
        for (Unwrapper.Note n : unpaired) {
            diags.add(Diagnostic.at(
                    LayoutCodes.FOOTNOTE_UNPAIRED,
                    Severity.WARNING,
                    "footnote " + n.marker()
                            + " has no call-out in the text; kept as a footnote of the paragraph it stands in or after",
                    span(n.origin())));
        }
        Identity id = r.identity();
        if (mast.un()) {
            int m = 0;
            for (LayoutLine l : mast.lines()) {
                m++;
                meta.put(
                        META_MASTHEAD + String.format("%02d", m),
                        l.text().replace('\f', ' ').strip());
            }
            mast.date().ifPresent(d -> meta.put(META_ADOPTED, d));
            Optional<String[]> head = Masthead.fromRunningHead(furniture);
            Body body = mast.body().orElse(head.map(h -> Body.valueOf(h[1])).orElse(id.body()));
            Optional<String> number = mast.number().or(() -> head.map(h -> h[0]));
            id = new Identity(
                    body,
                    id.kind(),
                    number.or(id::number),
                    id.heading(),
                    mast.title().or(id::title),
                    id.language(),
                    id.history());
            diags.add(Diagnostic.at(
                    LayoutCodes.MASTHEAD,
                    Severity.INFO,
                    "masthead: body " + body + ", number " + number.orElse("-")
                            + mast.date().map(d -> ", adopted " + d).orElse(""),
                    span(mast.lines().isEmpty() ? split.get(0) : mast.lines().get(0))));
        }
        diags.add(Diagnostic.at(
                LayoutCodes.EXTRACTED,
                Severity.INFO,
                "read as " + input + ": " + split.size()
                        + " lines, " + un.joined() + " wrapped lines joined into "
                        + un.blocks().size() + " paragraphs, "
                        + hyphens(un.hyphens())
                        + un.notes().size() + " footnote bodies, " + calls.size() + " paired",
                split.isEmpty() ? SourceSpan.at(1, 1) : span(split.get(0))));
        // a title is a string: a footnote called in it is kept at the end of the opening formula
        Optional<org.resdom.model.OpeningFormula> formula = r.formula();
        if (id.title().isPresent() && id.title().get().contains(InlineMarks.REF) && formula.isPresent()) {
            List<org.resdom.model.Inline> moved = new ArrayList<>();
            String clean = InlineMarks.takeNotes(id.title().get(), moved);
            id = new Identity(
                    id.body(), id.kind(), id.number(), id.heading(), Optional.of(clean), id.language(), id.history());
            List<org.resdom.model.Inline> content =
                    new ArrayList<>(formula.get().content());
            content.addAll(moved);
            formula = Optional.of(
                    new org.resdom.model.OpeningFormula(content, formula.get().span()));
            for (org.resdom.model.Inline n : moved) {
                diags.add(Diagnostic.at(
                        LayoutCodes.FOOTNOTE_UNPAIRED,
                        Severity.WARNING,
                        "footnote "
                                + ((org.resdom.model.Footnote) n).marker() + " is called in the title, which holds no "
                                + "footnotes; its body is kept at the end of the opening formula",
                        SourceSpan.at(1, 1)));
            }
        }
        formula = formula.map(
                x -> new org.resdom.model.OpeningFormula(where.inlines(x.content()), map(x.span(), origin)));
        Resolution out = new Resolution(
                id,
                formula,
                remapPreamble(r.preamble(), origin, where),
                remapOperative(r.operative(), origin, where),
                remapAnnexes(r.annexes(), origin, where),
                meta,
                r.span());
        return new ReadResult(out, diags);
    }

    /** @return what was done to hyphens at line ends, for the summary, or nothing when there were none */
    private static String hyphens(int[] h) {
        if (h[0] + h[1] + h[2] == 0) {
            return "";
        }
        return "hyphens at line ends: " + h[0] + " dropped (words broken), " + h[1] + " kept (compounds), " + h[2]
                + " restored (dropped by the extractor), ";
    }

    /** @return the last block that starts at or before line {@code at} (the first block when none does) */
    static int blockOf(List<Unwrapper.Block> blocks, int at) {
        int b = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).first <= at) {
                b = i;
            } else {
                break;
            }
        }
        return b;
    }

    /** Web text: an indented bullet is list mark-up, not content ({@link WebBullets#unbullet(List)}). */
    static List<LayoutLine> unbullet(List<LayoutLine> lines) {
        return WebBullets.unbullet(lines);
    }

    /** Web text: bullets and their wraps ({@link WebBullets#unbullet(List, java.util.Set, java.util.Set)}). */
    static List<LayoutLine> unbullet(
            List<LayoutLine> lines, java.util.Set<LayoutLine> bullets, java.util.Set<LayoutLine> continued) {
        return WebBullets.unbullet(lines, bullets, continued);
    }

    static String escape(String note) {
        return note.replace("[footnoteRef:", "[footnoteRef\u200b:");
    }

    /**
     * A label followed by a space becomes label, TAB, text: the plain-text form's separator. A
     * Chinese label that closes with its own mark ({@code 一、}, {@code （a）}, {@code １．}) needs no
     * space and gets the TAB all the same.
     */
    static CharSequence tabAfterLabel(CharSequence line) {
        String t = line.toString();
        int e = LineClassifier.labelEnd(t);
        if (e > 0 && e < t.length() && (t.charAt(e) == ' ' || t.charAt(e) == '\u00a0')) {
            int k = e;
            while (k < t.length() && (t.charAt(k) == ' ' || t.charAt(k) == '\u00a0')) {
                k++;
            }
            return t.substring(0, e) + '\t' + t.substring(k);
        }
        if (e > 1
                && e < t.length()
                && ("\u3001\uff09\uff0e".indexOf(t.charAt(e - 1)) >= 0
                        || ").".indexOf(t.charAt(e - 1)) >= 0 && Scripts.isIdeographic(t.charAt(e - 2)))) {
            return t.substring(0, e) + '\t' + t.substring(e);
        }
        return t;
    }

    private static String where(LayoutLine l) {
        return l.page().isPresent() ? "p" + l.page().getAsInt() + ":" + l.line() : "l" + l.line();
    }

    static SourceSpan span(LayoutLine l) {
        return l.page().isPresent() ? SourceSpan.at(l.page().getAsInt(), l.line()) : SourceSpan.at(l.line(), 1);
    }

    private static SourceSpan map(SourceSpan s, List<LayoutLine> origin) {
        int i = s.line() - 1;
        return i >= 0 && i < origin.size() ? span(origin.get(i)) : SourceSpan.at(1, 1);
    }

    private static Optional<SourceSpan> map(Optional<SourceSpan> s, List<LayoutLine> origin) {
        return s.map(x -> map(x, origin));
    }

    private static List<PreambleSection> remapPreamble(
            List<PreambleSection> in, List<LayoutLine> origin, Positions where) {
        List<PreambleSection> out = new ArrayList<>(in.size());
        for (PreambleSection s : in) {
            out.add(new PreambleSection(
                    s.phrase(), s.runIn(), remap(s.paragraphs(), origin, where), map(s.span(), origin)));
        }
        return out;
    }

    private static List<OperativeSection> remapOperative(
            List<OperativeSection> in, List<LayoutLine> origin, Positions where) {
        List<OperativeSection> out = new ArrayList<>(in.size());
        for (OperativeSection s : in) {
            out.add(new OperativeSection(
                    s.phrase(), s.runIn(), remap(s.paragraphs(), origin, where), map(s.span(), origin)));
        }
        return out;
    }

    private static List<org.resdom.model.Annex> remapAnnexes(
            List<org.resdom.model.Annex> in, List<LayoutLine> origin, Positions where) {
        List<org.resdom.model.Annex> out = new ArrayList<>(in.size());
        for (org.resdom.model.Annex a : in) {
            out.add(new org.resdom.model.Annex(
                    a.number(), a.heading(), a.title(), remap(a.paragraphs(), origin, where), map(a.span(), origin)));
        }
        return out;
    }

    /** Paragraphs and their inline content (citations, call-outs, notes) given their source positions. */
    private static List<Paragraph> remap(List<Paragraph> in, List<LayoutLine> origin, Positions where) {
        List<Paragraph> out = new ArrayList<>(in.size());
        for (Paragraph p : in) {
            out.add(p.withItems(remap(p.items(), origin, where))
                    .withContent(where.inlines(p.content()))
                    .withSpan(map(p.span(), origin)));
        }
        return out;
    }

    /**
     * Reads a plain text recognised (or declared) as extracted: its lines become layout lines
     * with nothing known but their text and number.
     *
     * @param text the text
     * @param input what it is, kept as {@value #META_INPUT} metadata
     * @return the document and diagnostics
     */
    public ReadResult readText(String text, String input) {
        Objects.requireNonNull(text, "text must not be null");
        List<LayoutLine> lines = new ArrayList<>();
        boolean paged = text.indexOf('\f') >= 0;
        int page = 1;
        int onPage = 1;
        int pos = 0;
        int n = 1;
        while (pos <= text.length()) {
            int e = text.indexOf('\n', pos);
            int end = e < 0 ? text.length() : e;
            int cut = end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end;
            String t = text.substring(pos, cut);
            if (paged && t.indexOf('\f') >= 0) {
                page += (int) t.chars().filter(c -> c == '\f').count();
                onPage = 1;
                t = t.replace("\f", "");
            }
            if (e >= 0 || cut > pos) {
                lines.add(paged ? LayoutLine.onPage(t, page, onPage++) : LayoutLine.of(t, n));
                n++;
            }
            if (e < 0) {
                break;
            }
            pos = e + 1;
        }
        return read(lines, input);
    }

    /**
     * Tells whether a plain text looks extracted from a PDF, a web page or Word rather than
     * written one paragraph a line: form feeds between pages with page furniture, a UN adoption
     * line, job numbers with running heads,
     * bullets indented as a browser renders them, footnote rules inside lines, many lines
     * broken inside a sentence, or a line of prose that runs paragraphs together (a Word extract without footnote rules). Text with more than one control character in 200 (binary junk)
     * is never taken for extracted. Looks at the first {@code 4000} lines; cheap (one scan).
     *
     * @param text the text
     * @return {@code pdf-text}, {@code web-text}, {@code word-text} or {@code run-in-text}; empty for
     *     line-per-paragraph text
     */
    public static Optional<String> inputKind(CharSequence text) {
        return InputKinds.of(text);
    }

    /** Bounded language detection: phrase prefixes at the start of the first lines, for each book. */
    static Language detect(List<LayoutLine> lines) {
        List<PhraseBook> books = PhraseBook.all();
        int[] score = new int[books.size()];
        int n = 0;
        for (LayoutLine l : lines) {
            if (n >= DETECT_LINES) {
                break;
            }
            String t = l.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            n++;
            int e = LineClassifier.labelEnd(t);
            if (e > 0) {
                t = t.substring(e).strip();
            }
            java.util.Set<Language> opening =
                    PhraseBook.languagesOpeningPrefix(t.length() > 60 ? t.substring(0, 60) : t);
            for (int b = 0; b < books.size() && !opening.isEmpty(); b++) {
                if (opening.contains(books.get(b).language())) {
                    score[b]++;
                }
            }
        }
        Language best = Language.UNDETERMINED;
        int bestScore = 0;
        for (int b = 0; b < books.size(); b++) {
            if (score[b] > bestScore) {
                bestScore = score[b];
                best = books.get(b).language();
            }
        }
        return best;
    }
}
