package org.resdom.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.resdom.testing.Theories.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.resdom.io.ReadResult;
import org.resdom.io.TextCodes;
import org.resdom.model.Anchor;
import org.resdom.model.Annex;
import org.resdom.model.AnnexCitation;
import org.resdom.model.Body;
import org.resdom.model.Bracketed;
import org.resdom.model.Brackets;
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
import org.resdom.model.OpeningFormula;
import org.resdom.model.OperativePhrase;
import org.resdom.model.OperativeSection;
import org.resdom.model.Paragraph;
import org.resdom.model.PreamblePhrase;
import org.resdom.model.PreambleSection;
import org.resdom.model.ProvisionCitation;
import org.resdom.model.Resolution;
import org.resdom.model.Revision;
import org.resdom.model.Text;
import org.resdom.model.UnResolutionCitation;

/**
 * Properties: any text reads and writes back byte for byte; any text-representable model
 * writes and reads back to an equal model.
 *
 * <p>What plain text cannot represent, and the generator therefore leaves out: wrap-up text
 * after items (it reads back as a following paragraph), anchors on unlabelled paragraphs (they
 * read back inline), items that do not follow a paragraph ending with {@code :}, a subject
 * without a title line, metadata other than the reader's {@code text.*} keys, and text that
 * contains the mark-up itself ({@code [bookmark: }, {@code {+} …).
 */
class TextPropertiesTest {

    private static final TextResolutionReader READER = TextResolutionReader.create();
    private static final TextResolutionWriter WRITER = TextResolutionWriter.create();

    private static final String[] TOKENS = {
        "a)",
        "\t",
        " ",
        "\n",
        "\n\n",
        "1",
        "21",
        "i)",
        "–",
        "[",
        "]",
        "{+",
        "+}",
        "{-",
        "-}",
        "{[",
        "]}",
        "{/}",
        "{",
        "/}",
        "[bookmark: x]",
        "[footnoteRef:1]",
        "[1: ",
        "considering",
        "considérant en outre",
        "instructs the Council",
        "Résolution 70 (Rév. Dubaï, 2018)",
        "71/243",
        "A/RES/72/279",
        "Annex 1",
        "article 19 de la Convention",
        ":",
        ";",
        ",",
        "RESOLUTION 71",
        "ANNEX 2",
        "\u00A0",
        "\r",
        "\r\n",
        "2018",
        "Bucarest",
        "se félicitant",
        "\u0000",
        "\uD800",
        "é",
        "x",
        "The Plenipotentiary Conference"
    };

    @Test
    void anyTextWritesBackByteForByte() {
        Gen<String> texts = lists().of(integers().between(0, TOKENS.length - 1))
                .ofSizeBetween(0, 60)
                .map(l -> {
                    StringBuilder sb = new StringBuilder();
                    l.forEach(i -> sb.append(TOKENS[i]));
                    return sb.toString();
                });
        qt().withExamples(800).forAll(texts).checkAssert(s -> {
            ReadResult r = READER.read(s);
            assertThat(r.diagnostics()).noneMatch(d -> d.code().equals(TextCodes.INTERNAL));
            assertThat(WRITER.write(r.resolution())).isEqualTo(s);
            assertThat(READER.read(WRITER.write(r.resolution())).resolution()).isEqualTo(r.resolution());
        });
    }

    @Test
    void representableModelsReadBackEqual() {
        qt().withExamples(400)
                .forAll(longs().all().map(TextPropertiesTest::model))
                .checkAssert(m -> {
                    String text = WRITER.write(m);
                    ReadResult r = READER.read(text);
                    assertThat(r.resolution()).as("text:%n%s", text).isEqualTo(m);
                    assertThat(WRITER.write(r.resolution())).isEqualTo(text);
                });
    }

    /**
     * What {@code notCarried} reports is all the text loses: a model with nothing reported reads
     * back equal, and a generated model (which text carries) has nothing reported; each model is
     * changed at random in one of the ways plain text cannot carry.
     */
    @Test
    void aModelWithNothingNotCarriedReadsBackEqual() {
        int[] reported = new int[2];
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Resolution plain = model(seed);
            assertThat(WRITER.notCarried(plain)).as("%s", WRITER.write(plain)).isEmpty();
            Resolution m = lossy(plain, new Random(seed ^ 0x5DEECE66DL));
            List<org.resdom.diagnostic.Diagnostic> lost = WRITER.notCarried(m);
            reported[lost.isEmpty() ? 0 : 1]++;
            if (lost.isEmpty()) {
                String text = WRITER.write(m);
                assertThat(READER.read(text).resolution()).as("text:%n%s", text).isEqualTo(m);
            }
        });
        assertThat(reported[0]).isPositive();
        assertThat(reported[1]).isPositive();
    }

    /** The model, or the model with one thing plain text has no place for. */
    private static Resolution lossy(Resolution m, Random rnd) {
        Identity id = m.identity();
        return switch (rnd.nextInt(7)) {
            case 0 -> m.withMetadata(java.util.Map.of("source", "UN"));
            case 1 ->
                m.withIdentity(new Identity(
                        Body.UN_GA, id.kind(), id.number(), id.heading(), id.title(), id.language(), id.history()));
            case 2 ->
                m.withIdentity(new Identity(
                        id.body(),
                        id.kind(),
                        Optional.of("77"),
                        id.heading(),
                        id.title(),
                        id.language(),
                        id.history()));
            case 3 ->
                m.withIdentity(new Identity(
                        id.body(),
                        DocumentKind.DECISION,
                        id.number(),
                        id.heading(),
                        id.title(),
                        id.language(),
                        id.history()));
            case 4 -> {
                List<OperativeSection> op = new ArrayList<>(m.operative());
                op.add(new OperativeSection(
                        Optional.of(OperativePhrase.of("decides")),
                        false,
                        List.of(Paragraph.of(
                                Label.of("9", "\t"),
                                List.of(
                                        Text.of("to keep "),
                                        rnd.nextBoolean()
                                                ? Inserted.of(List.of(Text.of("this")), "Ann", "2024-05-01")
                                                : Deleted.of(List.of(Text.of("that")), "Bo", "2024-05-02"),
                                        Text.of(".")))),
                        Optional.empty()));
                yield new Resolution(id, m.formula(), m.preamble(), op, m.annexes(), m.metadata(), Optional.empty());
            }
            default -> m;
        };
    }

    // ------------------------------------------------------------------ generator

    private static final String[] WORDS = {
        "the",
        "plan",
        "Union",
        "strategic",
        "members",
        "report",
        "Secretariat",
        "implementation",
        "budget",
        "regional",
        "offices",
        "gender",
        "équité",
        "État",
        "«quotes»",
        "“typographic”",
        "no\u00A0break",
        "2024-2027",
        "(ICT)",
        "e.g."
    };
    private static final String[] PREAMBLE = {
        "considering",
        "considering further",
        "noting",
        "recognizing",
        "recalling",
        "bearing in mind",
        "taking into account",
        "noting with concern",
        "recognizing also"
    };
    private static final String[] OPERATIVE = {
        "resolves",
        "instructs the Secretary-General",
        "instructs the Council",
        "invites Member States",
        "encourages Sector Members",
        "requests the Director",
        "further resolves",
        "decides"
    };
    private static final String[] SEPARATORS = {"\t", " ", "  ", "\t\t"};

    static Resolution model(long seed) {
        Random rnd = new Random(seed);
        boolean heading = rnd.nextBoolean();
        int number = 1 + rnd.nextInt(200);
        Optional<String> head =
                heading ? Optional.of("RESOLUTION " + number + " (REV. DUBAI, 2018)") : Optional.empty();
        Optional<String> title =
                heading && rnd.nextBoolean() ? Optional.of("Strategic plan " + words(rnd, 2)) : Optional.empty();
        boolean formula = rnd.nextInt(4) > 0;
        List<Revision> history = heading
                ? List.of(Revision.rev("DUBAI", 2018))
                : formula ? List.of(Revision.adopted("Dubai", 2018)) : List.of();
        Identity id = new Identity(
                formula ? Body.ITU_PP : Body.OTHER,
                DocumentKind.RESOLUTION,
                heading ? Optional.of(String.valueOf(number)) : Optional.empty(),
                head,
                title,
                Language.ENGLISH,
                history);
        Optional<OpeningFormula> f = formula
                ? Optional.of(OpeningFormula.of(
                        "The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),"))
                : Optional.empty();
        List<PreambleSection> pre = new ArrayList<>();
        int np = rnd.nextInt(4);
        for (int i = 0; i < np; i++) {
            String phrase = PREAMBLE[rnd.nextInt(PREAMBLE.length)];
            boolean runIn = rnd.nextInt(5) == 0;
            List<Paragraph> paras = new ArrayList<>();
            if (runIn) {
                paras.add(Paragraph.of(List.of(Text.of("that " + words(rnd, 3) + ","))));
            } else {
                paras.addAll(list(rnd, "a", 1 + rnd.nextInt(4), 0));
            }
            pre.add(new PreambleSection(PreamblePhrase.of(phrase), runIn, paras, Optional.empty()));
        }
        List<OperativeSection> op = new ArrayList<>();
        int no = np == 0 ? 1 + rnd.nextInt(2) : rnd.nextInt(3);
        for (int i = 0; i < no; i++) {
            String phrase = OPERATIVE[rnd.nextInt(OPERATIVE.length)];
            List<Paragraph> paras = new ArrayList<>();
            if (rnd.nextBoolean()) {
                Paragraph intro =
                        Paragraph.of(List.of(Text.of("to " + words(rnd, 3) + (rnd.nextBoolean() ? ":" : ","))));
                if (Inline.plainText(intro.content()).endsWith(":")) {
                    intro = intro.withItems(list(rnd, "–", 1 + rnd.nextInt(3), 1));
                }
                paras.add(intro);
            } else {
                paras.addAll(list(rnd, "1", 1 + rnd.nextInt(5), 0));
            }
            op.add(new OperativeSection(Optional.of(OperativePhrase.of(phrase)), false, paras, Optional.empty()));
        }
        List<Annex> annexes = new ArrayList<>();
        if (rnd.nextInt(3) == 0) {
            annexes.add(new Annex(
                    Optional.of("1"),
                    "ANNEX 1 TO RESOLUTION " + number,
                    Optional.of("Plan " + words(rnd, 2)),
                    list(rnd, "1", 1 + rnd.nextInt(3), 1),
                    Optional.empty()));
        }
        return new Resolution(id, f, pre, op, annexes, java.util.Map.of(), Optional.empty());
    }

    /** A list of labelled paragraphs of one style; a paragraph ending with ':' gets items of the next style. */
    private static List<Paragraph> list(Random rnd, String style, int n, int depth) {
        List<Paragraph> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String label = switch (style) {
                case "a" -> String.valueOf((char) ('a' + i)) + ")";
                case "1" -> String.valueOf(i + 1);
                case "i" -> Label.toRoman(i + 1) + ")";
                default -> style;
            };
            if (rnd.nextInt(8) == 0 && !style.equals("–")) {
                label = "[" + label;
            }
            boolean items = depth < 2 && rnd.nextInt(4) == 0;
            List<Inline> content = content(rnd, items ? ":" : (i == n - 1 ? "," : ";"));
            List<Anchor> anchors = rnd.nextInt(6) == 0 ? List.of(Anchor.of("_Toc" + rnd.nextInt(99999))) : List.of();
            Paragraph p = new Paragraph(
                    anchors,
                    Optional.of(Label.of(label, SEPARATORS[rnd.nextInt(SEPARATORS.length)])),
                    content,
                    List.of(),
                    List.of(),
                    Optional.empty());
            if (items) {
                String next = style.equals("1") ? "i" : style.equals("a") ? "i" : style.equals("i") ? "–" : "•";
                p = p.withItems(list(rnd, next, 1 + rnd.nextInt(3), depth + 1));
            }
            out.add(p);
        }
        return out;
    }

    private static List<Inline> content(Random rnd, String end) {
        List<Inline> c = new ArrayList<>();
        c.add(Text.of(words(rnd, 2) + " "));
        int extras = rnd.nextInt(3);
        for (int i = 0; i < extras; i++) {
            switch (rnd.nextInt(10)) {
                case 0 ->
                    // the Plenipotentiary Conference's: it met at Dubai in 2018 (a reader gives the body so)
                    c.add(InstrumentCitation.of(
                            DocumentKind.RESOLUTION,
                            Optional.of(Body.ITU_PP),
                            List.of("70"),
                            Optional.of(Revision.rev("Dubai", 2018)),
                            Brackets.ROUND,
                            "Resolution 70 (Rev. Dubai, 2018)"));
                case 1 -> {
                    // a bare 71/243 could be a page number: the body and the word make it a citation
                    c.add(Text.of(" General Assembly "));
                    c.add(UnResolutionCitation.of(Body.UN_GA, "71/243", "resolution 71/243"));
                }
                case 2 ->
                    c.add(ProvisionCitation.of(
                            Instrument.CONVENTION,
                            Optional.of("19"),
                            Optional.empty(),
                            Optional.empty(),
                            "Article 19 of the Convention"));
                case 3 -> c.add(AnnexCitation.of(Optional.of("2"), Optional.empty(), "Annex 2 to this resolution"));
                case 4 -> c.add(Inserted.of(List.of(Text.of(words(rnd, 1)))));
                case 5 -> c.add(Deleted.of(List.of(Text.of(words(rnd, 1)))));
                case 6 -> c.add(Bracketed.of(List.of(Text.of(words(rnd, 2)))));
                case 7 -> {
                    c.add(FootnoteRef.of("1"));
                    c.add(Text.of(" "));
                    c.add(Footnote.of("1", List.of(Text.of("\t" + words(rnd, 3) + "."))));
                }
                // a line break in the text (written as {/}), CR LF, a lone CR
                case 8 -> c.add(Text.of(rnd.nextBoolean() ? "line\nbreak\n" : "\r\n1. CR\r"));
                default -> c.add(Anchor.of("_Ref" + rnd.nextInt(999)));
            }
            c.add(Text.of(" " + words(rnd, 1) + " "));
        }
        c.add(Text.of("end" + end));
        return Inline.normalize(c);
    }

    private static String words(Random rnd, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(WORDS[rnd.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }
}
