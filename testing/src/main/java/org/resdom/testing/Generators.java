package org.resdom.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.resdom.model.Anchor;
import org.resdom.model.Annex;
import org.resdom.model.AnnexCitation;
import org.resdom.model.Body;
import org.resdom.model.Bracketed;
import org.resdom.model.Brackets;
import org.resdom.model.Citation;
import org.resdom.model.Deleted;
import org.resdom.model.DocumentKind;
import org.resdom.model.Footnote;
import org.resdom.model.FootnoteRef;
import org.resdom.model.Identity;
import org.resdom.model.Inline;
import org.resdom.model.Inserted;
import org.resdom.model.Instrument;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.Label;
import org.resdom.model.Language;
import org.resdom.model.NamedInstrumentCitation;
import org.resdom.model.OpeningFormula;
import org.resdom.model.OperativePhrase;
import org.resdom.model.OperativeSection;
import org.resdom.model.OtherCitation;
import org.resdom.model.Paragraph;
import org.resdom.model.PreamblePhrase;
import org.resdom.model.PreambleSection;
import org.resdom.model.ProvisionCitation;
import org.resdom.model.Resolution;
import org.resdom.model.Revision;
import org.resdom.model.SourceHints;
import org.resdom.model.SourceSpan;
import org.resdom.model.Text;
import org.resdom.model.UnDocumentCitation;
import org.resdom.model.UnResolutionCitation;
import org.resdom.model.UnknownElement;
import org.resdom.model.Unrecognized;

/**
 * QuickTheories generators of random resolutions, shared by the test suites of every module
 * (resdom-testing, a test-scope dependency).
 *
 * <ul>
 * <li>{@link #wellFormed()}: resolutions an ITU secretariat could have written: labels in
 * sequence, ITU punctuation, footnotes paired, real conference revisions, no unrecognized
 * content. The standard validator reports nothing on them.</li>
 * <li>{@link #arbitrary()}: every node type, in any arrangement the model allows, with unusual
 * text: characters from every Unicode plane, no-break spaces, {@code <}, {@code &}, quotes,
 * and (see {@link Options#controls()}) control characters.</li>
 * </ul>
 * Generation goes through QuickTheories' randomness source, so failures shrink.
 */
public final class Generators {

    /**
     * What {@link #arbitrary(Options)} may put in text.
     *
     * @param unicode characters from every Unicode plane, no-break spaces, markup characters
     * @param controls C0 control characters other than TAB, LF and CR, and U+FFFE/U+FFFF
     * @param spans source spans on the nodes that can carry one
     */
    public record Options(boolean unicode, boolean controls, boolean spans) {
        /**
         * With spans.
         *
         * @param unicode characters from every Unicode plane
         * @param controls control characters XML cannot carry
         */
        public Options(boolean unicode, boolean controls) {
            this(unicode, controls, true);
        }

        /** @return unicode text, no controls, spans */
        public static Options defaults() {
            return new Options(true, false, true);
        }
    }

    private static final String[] WORDS = {
        "the",
        "Union",
        "plan",
        "strategic",
        "Member",
        "States",
        "report",
        "Council",
        "implementation",
        "results",
        "telecommunications",
        "development",
        "Sector",
        "Bureau",
        "activities",
        "financial",
        "operational",
        "resources",
        "objectives",
        "framework"
    };
    private static final String[][] CONFERENCES = {
        {"Kyoto", "1994"},
        {"Minneapolis", "1998"},
        {"Marrakesh", "2002"},
        {"Antalya", "2006"},
        {"Guadalajara", "2010"},
        {"Busan", "2014"},
        {"Dubai", "2018"},
        {"Bucharest", "2022"}
    };
    private static final String[] PREAMBLE = {
        "considering",
        "considering further",
        "noting",
        "recognizing",
        "recalling",
        "bearing in mind",
        "noting with appreciation",
        "emphasizing",
        "welcoming",
        "aware"
    };
    private static final String[] OPERATIVE = {
        "resolves",
        "instructs the Secretary-General",
        "instructs the Directors of the Bureaux",
        "invites Member States",
        "invites Sector Members",
        "requests the Council",
        "encourages Member States",
        "urges administrations",
        "decides"
    };
    /** Labels as real documents write them, awkward ones included (for arbitrary documents). */
    private static final String[] AWKWARD_LABELS = {
        "[c)", "56", "b)bis", "1.2.3", "(iv)", "\u2022", "\u2014", "A.", "\u0623)", "\u0431)", "(a)", "2.", "3ter", "x",
        "i)", "aa)", "10", "[1]"
    };

    private static final String ODD = "\u00A0<>&\"'\u2019\u201C\u201D\u00E9\u00DF\u0416\u05D0\u0627\u4E2D\u3042"
            + "\uD83D\uDE00\uD800\uDC00\uDB40\uDC01\uDBFF\uDFFD[]{}\\/:;\u2013\u2014\u2026\u200B\u00AD\uFEFF";

    private Generators() {}

    /** @return well-formed resolutions (see the class comment), without spans */
    public static Gen<Resolution> wellFormed() {
        return r -> new Maker(r, false, new Options(true, false, false)).resolution();
    }

    /** @return arbitrary resolutions with unicode text and no control characters */
    public static Gen<Resolution> arbitrary() {
        return arbitrary(Options.defaults());
    }

    /**
     * @param options what the text may contain
     * @return arbitrary resolutions
     */
    public static Gen<Resolution> arbitrary(Options options) {
        return r -> new Maker(r, true, options).resolution();
    }

    /** Builds one resolution from a randomness source. */
    private static final class Maker {
        private final RandomnessSource r;
        private final boolean wild;
        private final Options options;
        private int footnotes;

        Maker(RandomnessSource r, boolean wild, Options options) {
            this.r = r;
            this.wild = wild;
            this.options = options;
        }

        int between(int min, int max) {
            return Generate.range(min, max).generate(r);
        }

        boolean chance(int percent) {
            return between(1, 100) <= percent;
        }

        /** A random valid span (sometimes one known only by line and column), or none. */
        Optional<SourceSpan> span() {
            if (!options.spans() || chance(20)) {
                return Optional.empty();
            }
            int line = between(1, 5000);
            int column = between(1, 400);
            if (chance(20)) {
                return Optional.of(SourceSpan.at(line, column));
            }
            int start = between(0, 200_000);
            return Optional.of(SourceSpan.of(start, start + between(0, 2000), line, column));
        }

        /** The same inline node with a random span. */
        Inline spanned(Inline i) {
            Optional<SourceSpan> s = span();
            if (i instanceof Anchor a) {
                return a.withSpan(s);
            } else if (i instanceof FootnoteRef f) {
                return f.withSpan(s);
            } else if (i instanceof Footnote f) {
                return f.withSpan(s);
            } else if (i instanceof Inserted m) {
                return m.withSpan(s);
            } else if (i instanceof Deleted m) {
                return m.withSpan(s);
            } else if (i instanceof Bracketed m) {
                return m.withSpan(s);
            } else if (i instanceof Unrecognized u) {
                return u.withSpan(s);
            } else if (i instanceof UnknownElement u) {
                return u.withSpan(s);
            } else if (i instanceof InstrumentCitation c) {
                return c.withSpan(s);
            } else if (i instanceof UnResolutionCitation c) {
                return c.withSpan(s);
            } else if (i instanceof UnDocumentCitation c) {
                return c.withSpan(s);
            } else if (i instanceof NamedInstrumentCitation c) {
                return c.withSpan(s);
            } else if (i instanceof ProvisionCitation c) {
                return c.withSpan(s);
            } else if (i instanceof AnnexCitation c) {
                return c.withSpan(s);
            } else if (i instanceof OtherCitation c) {
                return c.withSpan(s);
            }
            return i;
        }

        <T> T pick(T[] values) {
            return values[between(0, values.length - 1)];
        }

        String words(int min, int max) {
            int n = between(min, max);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append(wild && chance(25) ? odd() : pick(WORDS));
            }
            return sb.toString();
        }

        String odd() {
            StringBuilder sb = new StringBuilder();
            int n = between(1, 6);
            for (int i = 0; i < n; i++) {
                int kind = between(0, 9);
                if (kind < 5 && options.unicode()) {
                    int at = between(0, ODD.length() - 1);
                    if (Character.isHighSurrogate(ODD.charAt(at)) && at + 1 < ODD.length()) {
                        sb.append(ODD, at, at + 2);
                    } else if (Character.isLowSurrogate(ODD.charAt(at))) {
                        sb.append('x');
                    } else {
                        sb.append(ODD.charAt(at));
                    }
                } else if (kind < 7 && options.unicode()) {
                    int cp = between(0x20, 0x10FFFD);
                    if (Character.isDefined(cp)
                            && Character.getType(cp) != Character.SURROGATE
                            && Character.getType(cp) != Character.PRIVATE_USE
                            && cp != 0xFFFE
                            && cp != 0xFFFF
                            && Character.getType(cp) != Character.UNASSIGNED) {
                        sb.appendCodePoint(cp);
                    } else {
                        sb.append('y');
                    }
                } else if (kind == 7 && options.controls()) {
                    int c = between(0, 31);
                    sb.append(c == 9 || c == 10 || c == 13 ? '\u0001' : (char) c);
                } else if (kind == 8 && options.controls()) {
                    sb.append(chance(50) ? '\uFFFE' : '\uFFFF');
                } else {
                    sb.append((char) between('a', 'z'));
                }
            }
            return sb.toString();
        }

        Resolution resolution() {
            footnotes = 0;
            String[] conf = pick(CONFERENCES);
            List<Revision> history = new ArrayList<>();
            if (chance(70)) {
                history.add(Revision.adopted("Kyoto", 1994));
            }
            history.add(Revision.rev(conf[0], Integer.parseInt(conf[1])));
            String number = String.valueOf(between(1, 250)) + (wild && chance(10) ? "bis" : "");
            Identity identity = new Identity(
                    wild ? pick(Body.values()) : Body.ITU_PP,
                    wild ? pick(DocumentKind.values()) : DocumentKind.RESOLUTION,
                    Optional.of(number),
                    chance(60)
                            ? Optional.of("RESOLUTION " + number + " (REV. "
                                    + conf[0].toUpperCase(java.util.Locale.ROOT) + ", " + conf[1] + ")")
                            : Optional.empty(),
                    chance(60) ? Optional.of(words(2, 6)) : Optional.empty(),
                    wild ? pick(Language.values()) : Language.ENGLISH,
                    history);
            Optional<OpeningFormula> formula = chance(90)
                    ? Optional.of(new OpeningFormula(
                            List.of(Text.of(
                                    "The Plenipotentiary Conference of the International Telecommunication Union ("
                                            + conf[0] + ", " + conf[1] + "),")),
                            span()))
                    : Optional.empty();
            List<PreambleSection> preamble = new ArrayList<>();
            int np = between(wild ? 0 : 1, 4);
            for (int i = 0; i < np; i++) {
                List<Paragraph> paragraphs = paragraphs(true, false, between(wild ? 0 : 1, 5), 0);
                boolean runIn = wild && !paragraphs.isEmpty() && chance(20);
                PreamblePhrase phrase = wild && chance(10)
                        ? new PreamblePhrase("x " + words(1, 3), org.resdom.model.PreambleKind.OTHER, Optional.empty())
                        : PreamblePhrase.of(pick(PREAMBLE));
                preamble.add(new PreambleSection(phrase, runIn, paragraphs, span()));
            }
            List<OperativeSection> operative = new ArrayList<>();
            int no = between(wild ? 0 : 1, 4);
            for (int i = 0; i < no; i++) {
                List<Paragraph> paragraphs = paragraphs(false, !wild && i == no - 1, between(wild ? 0 : 1, 5), 0);
                Optional<OperativePhrase> phrase =
                        wild && chance(15) ? Optional.empty() : Optional.of(OperativePhrase.of(pick(OPERATIVE)));
                boolean runIn = wild && phrase.isPresent() && !paragraphs.isEmpty() && chance(20);
                operative.add(new OperativeSection(phrase, runIn, paragraphs, span()));
            }
            List<Annex> annexes = new ArrayList<>();
            int na = between(0, 2);
            for (int i = 1; i <= na; i++) {
                annexes.add(new Annex(
                        Optional.of(String.valueOf(i)),
                        "ANNEX " + i + " TO RESOLUTION " + number,
                        chance(50) ? Optional.of(words(2, 5)) : Optional.empty(),
                        paragraphs(false, !wild, between(1, 3), 0),
                        span()));
            }
            Map<String, String> metadata = new TreeMap<>();
            if (wild && chance(30)) {
                metadata.put("note." + between(1, 9), words(1, 4));
            }
            SourceHints hints = SourceHints.none();
            if (wild && chance(30)) {
                // a hint no writer acts on, so that every format's round trip can be checked to keep hints
                hints = hints.with("pdf.producer", words(1, 3));
            }
            return new Resolution(identity, formula, preamble, operative, annexes, metadata, hints, span());
        }

        List<Paragraph> paragraphs(boolean preamble, boolean lastEndsWithStop, int count, int depth) {
            List<Paragraph> out = new ArrayList<>();
            int style = depth == 0 ? (preamble ? 0 : 1) : between(1, 3);
            if (!wild && depth == 0 && !preamble && count == 1 && chance(30)) {
                style = 4;
            }
            for (int i = 1; i <= count; i++) {
                Optional<Label> label = switch (style) {
                    case 0 -> Optional.of(Label.of((char) ('a' + i - 1) + ")"));
                    case 1 -> Optional.of(Label.of(String.valueOf(i)));
                    case 2 -> Optional.of(Label.of(Label.toRoman(i) + ")"));
                    case 3 -> Optional.of(Label.of("\u2013"));
                    default -> Optional.empty();
                };
                if (wild && chance(15)) {
                    label = chance(30)
                            ? Optional.empty()
                            : Optional.of(
                                    Label.of(pick(AWKWARD_LABELS), pick(new String[] {"\t", " ", "  ", "\u00A0"})));
                }
                boolean last = i == count;
                boolean withItems = depth < 2 && chance(wild ? 25 : 15);
                String end = withItems
                        ? ":"
                        : last && lastEndsWithStop ? "." : preamble ? (last ? "," : ";") : (last ? "," : ";");
                List<Inline> content = content(end);
                List<Paragraph> items = withItems ? paragraphs(preamble, false, between(1, 3), depth + 1) : List.of();
                List<Inline> wrapUp = withItems && wild && chance(30) ? content(".") : List.of();
                List<Anchor> anchors = wild && chance(15)
                        ? List.of((Anchor) spanned(Anchor.of("_Toc" + between(1000, 9999))))
                        : List.of();
                if (withItems && !wild) {
                    items = withStop(
                            items, last && lastEndsWithStop ? "." : preamble ? (last ? "," : ";") : (last ? "," : ";"));
                }
                out.add(new Paragraph(anchors, label, content, items, wrapUp, span()));
            }
            return out;
        }

        /** Well-formed items end as their parent would, however deep the last item is. */
        List<Paragraph> withStop(List<Paragraph> items, String end) {
            List<Paragraph> out = new ArrayList<>(items);
            Paragraph last = out.get(out.size() - 1);
            out.set(
                    out.size() - 1,
                    last.items().isEmpty()
                            ? last.withContent(withEnd(last.content(), end))
                            : last.withItems(withStop(last.items(), end)));
            return out;
        }

        /** Replaces the final punctuation of content, which ends with a text and then footnote bodies. */
        static List<Inline> withEnd(List<Inline> content, String end) {
            List<Inline> c = new ArrayList<>(content);
            int i = c.size() - 1;
            while (i >= 0 && c.get(i) instanceof Footnote) {
                i--;
            }
            if (i >= 0 && c.get(i) instanceof Text t) {
                c.set(i, Text.of(t.text().substring(0, t.text().length() - 1) + end));
            }
            return Inline.normalize(c);
        }

        List<Inline> content(String end) {
            List<Inline> out = new ArrayList<>();
            out.add(Text.of(words(1, 8)));
            int extras = between(0, 3);
            List<Inline> tail = new ArrayList<>();
            for (int i = 0; i < extras; i++) {
                out.add(Text.of(" "));
                int k = between(0, wild ? 10 : 5);
                switch (k) {
                    case 0, 1 -> out.add(citation());
                    case 2 -> {
                        footnotes++;
                        String marker = String.valueOf(footnotes);
                        out.add(FootnoteRef.of(marker));
                        tail.add(Footnote.of(marker, List.of(Text.of(words(2, 8) + "."))));
                    }
                    case 3 ->
                        out.add(
                                chance(50)
                                        ? Inserted.of(List.of(Text.of(words(1, 3))))
                                        : new Inserted(
                                                List.of(Text.of(words(1, 3))),
                                                Optional.of(wild ? odd() : words(1, 2)),
                                                Optional.of("2022-10-" + (10 + between(0, 18)) + "T09:30:00Z"),
                                                chance(30) ? Optional.of("move" + between(1, 9)) : Optional.empty(),
                                                Optional.empty()));
                    case 4 ->
                        out.add(
                                chance(50)
                                        ? Deleted.of(List.of(Text.of(words(1, 3))))
                                        : new Deleted(
                                                List.of(Text.of(words(1, 3))),
                                                Optional.of(wild ? odd() : words(1, 2)),
                                                chance(50)
                                                        ? Optional.of("2018-11-" + (10 + between(0, 18)))
                                                        : Optional.empty(),
                                                chance(30) ? Optional.of("move" + between(1, 9)) : Optional.empty(),
                                                Optional.empty()));
                    case 5 -> out.add(Bracketed.of(List.of(Text.of(words(1, 3)))));
                    case 6 -> out.add(Anchor.of("bm" + between(1, 99)));
                    case 7 -> out.add(Unrecognized.of(odd()));
                    case 8 -> out.add(Inserted.of(List.of(Text.of(words(1, 2)), citation())));
                    case 9 -> out.add(unknownElement());
                    default -> out.add(OtherCitation.of("Report " + words(1, 2)));
                }
                out.add(Text.of(" " + words(1, 4)));
            }
            out.add(Text.of(end));
            out.addAll(tail);
            return Inline.normalize(out.stream().map(this::spanned).toList());
        }

        /** An element a reader did not know: own or foreign, with attributes, holding text and perhaps a mark. */
        UnknownElement unknownElement() {
            String namespace = pick(new String[] {"", "", "urn:example:extension", "http://www.w3.org/1999/xhtml"});
            String name = pick(new String[] {"note", "x-ref", "ext.term", "tbl_cell", "\u00e9l\u00e9ment"});
            List<UnknownElement.Attribute> attributes = new ArrayList<>();
            int n = between(0, 2);
            for (int a = 0; a < n; a++) {
                attributes.add(new UnknownElement.Attribute(
                        a == 1 && chance(50) ? "urn:example:attr" : "", "a" + a, wild ? odd() : words(1, 2)));
            }
            List<Inline> content = new ArrayList<>();
            content.add(Text.of(words(1, 3)));
            if (chance(30)) {
                content.add(Inserted.of(List.of(Text.of(" " + words(1, 2)))));
            }
            return UnknownElement.of(namespace, name, attributes, content);
        }

        Citation citation() {
            String[] conf = pick(CONFERENCES);
            int n = between(1, 250);
            switch (between(0, wild ? 9 : 8)) {
                case 0: {
                    Brackets b = chance(70) ? Brackets.ROUND : Brackets.SQUARE;
                    String rev = "Rev. " + conf[0] + ", " + conf[1];
                    String text = "Resolution " + n + " " + (b == Brackets.ROUND ? "(" + rev + ")" : "[" + rev + "]");
                    return InstrumentCitation.of(
                            DocumentKind.RESOLUTION,
                            Optional.of(Body.ITU_PP),
                            List.of(String.valueOf(n)),
                            Optional.of(Revision.rev(conf[0], Integer.parseInt(conf[1]))),
                            b,
                            text);
                }
                case 1: {
                    String number = between(60, 79) + "/" + n;
                    return UnResolutionCitation.of(Body.UN_GA, number, chance(50) ? "A/RES/" + number : number);
                }
                case 2:
                    return ProvisionCitation.of(
                            Instrument.CONVENTION,
                            Optional.empty(),
                            Optional.of(String.valueOf(n)),
                            Optional.empty(),
                            "No. " + n + " of the Convention");
                case 3: {
                    String article = String.valueOf(between(1, 58));
                    return ProvisionCitation.of(
                            Instrument.CONSTITUTION,
                            Optional.of(article),
                            Optional.empty(),
                            Optional.empty(),
                            "Article " + article + " of the Constitution");
                }
                case 4: {
                    String annex = String.valueOf(between(1, 3));
                    return AnnexCitation.of(
                            Optional.of(annex), Optional.empty(), "Annex " + annex + " to this resolution");
                }
                case 5: {
                    String[] forms = {
                        between(1, 79) + "/" + n,
                        "S-" + between(1, 36) + "/" + between(1, 3),
                        "ES-10/" + between(1, 25),
                        between(1946, 2005) + "/" + n,
                        between(1, 2700) + " (" + between(1946, 2025) + ")",
                        between(1, 3500) + " A (XXI)"
                    };
                    Body[] bodies = {Body.UN_GA, Body.UN_HRC, Body.UN_SC, Body.UN_CHR, Body.UN_ECOSOC, Body.OTHER};
                    String number = pick(forms);
                    DocumentKind d = chance(20) ? DocumentKind.DECISION : DocumentKind.RESOLUTION;
                    Optional<String> target =
                            chance(40) ? Optional.of("http://undocs.org/en/A/RES/" + number) : Optional.empty();
                    return new UnResolutionCitation(
                            pick(bodies),
                            d,
                            number,
                            target,
                            (d == DocumentKind.DECISION ? "decision " : "resolution ") + number,
                            Optional.empty());
                }
                case 6: {
                    String symbol = pick(new String[] {
                        "A/HRC/" + between(1, 58) + "/" + n,
                        "A/" + between(60, 79) + "/" + n,
                        "A/AC.105/" + n,
                        "A/HRC/54/25/Add." + between(1, 3),
                        "S/" + between(1990, 2025) + "/" + n
                    });
                    Optional<String> target =
                            chance(40) ? Optional.of("https://undocs.org/" + symbol) : Optional.empty();
                    return new UnDocumentCitation(symbol, target, symbol, Optional.empty());
                }
                case 7: {
                    String[][] named = {
                        {"udhr", "Universal Declaration of Human Rights"},
                        {"un-charter", "Charter of the United Nations"},
                        {"agenda-2030", "2030 Agenda"},
                        {"iccpr", "International Covenant on Civil and Political Rights"},
                        {"vdpa", "Déclaration et Programme d'action de Vienne"},
                        {"udhr", "世界人权宣言"}
                    };
                    String[] x = pick(named);
                    return NamedInstrumentCitation.of(x[0], x[1]);
                }
                case 8:
                    return InstrumentCitation.of(
                            DocumentKind.RECOMMENDATION,
                            Optional.of(pick(new Body[] {Body.ITU_T, Body.ITU_R})),
                            List.of(pick(new String[] {"A.1", "X.509", "E.164.1", "M.1036"})),
                            Optional.empty(),
                            Brackets.NONE,
                            "Recommendation ITU\u2011T " + n);
                default:
                    return InstrumentCitation.of(
                            DocumentKind.DECISION,
                            Optional.empty(),
                            List.of(String.valueOf(n)),
                            Optional.empty(),
                            Brackets.NONE,
                            "Decision " + n + " " + odd());
            }
        }
    }
}
