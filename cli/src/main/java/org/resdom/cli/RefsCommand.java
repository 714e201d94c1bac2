package org.resdom.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.resdom.model.Anchor;
import org.resdom.model.Annex;
import org.resdom.model.AnnexCitation;
import org.resdom.model.Body;
import org.resdom.model.Bracketed;
import org.resdom.model.Citation;
import org.resdom.model.Deleted;
import org.resdom.model.Footnote;
import org.resdom.model.FootnoteRef;
import org.resdom.model.Inline;
import org.resdom.model.Inserted;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.Located;
import org.resdom.model.NamedInstrumentCitation;
import org.resdom.model.Node;
import org.resdom.model.OpeningFormula;
import org.resdom.model.OperativeSection;
import org.resdom.model.OtherCitation;
import org.resdom.model.Paragraph;
import org.resdom.model.PreambleSection;
import org.resdom.model.ProvisionCitation;
import org.resdom.model.Resolution;
import org.resdom.model.Revision;
import org.resdom.model.SourceSpan;
import org.resdom.model.Text;
import org.resdom.model.UnDocumentCitation;
import org.resdom.model.UnResolutionCitation;
import org.resdom.model.UnknownElement;
import org.resdom.model.Unrecognized;
import org.resdom.model.Visitor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code resdom refs}: every citation, as JSON Lines, one JSON array or TSV. */
@Command(
        name = "refs",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        versionProvider = ResdomCommand.Version.class,
        header = "List every citation (JSON Lines, JSON or TSV).",
        description = {
            "Prints every citation, one record per citation (per number when several are cited),",
            "in document order, with the fields:",
            "  file, line, column  where it is in the file (line and column null when unknown)",
            "  element             the paragraph (or formula, section) that cites it",
            "  offset, length      where its text stands in the paragraph's text (a footnote's",
            "                      in a footnote), in UTF-16 code units",
            "  text                the exact source text",
            "  kind                resolution, decision, recommendation, opinion, un-resolution,",
            "                      un-decision, un-document, named-instrument, constitution,",
            "                      convention, annex, other",
            "  body                the cited body's code (ITU-PP, UNGA ...), or null",
            "  number              the number cited (70, 71/243, 235, 1), or null;",
            "                      one record per number when several are cited",
            "  symbol              a UN document's symbol (A/HRC/54/29), or null",
            "  instrument          a named instrument's key (un-charter, udhr ...), or null",
            "  place, year         of the cited revision, or null",
            "  article, paragraph  of a Constitution or Convention provision, or null",
            "  appendix            of an annex citation, or null",
            "  target              the link the source gave (a UN <a href>), or null",
            "Exit code 1 when a reader reported errors, 2 for usage or I/O problems."
        },
        footer = {
            "",
            "Examples:",
            "  resdom refs res71.txt",
            "  resdom refs texts/ | jq -r .number | sort | uniq -c",
            "  resdom refs --format tsv A_HRC_RES_54_3E.xml > refs.tsv"
        })
final class RefsCommand extends FileCommand {

    /** The output formats. */
    enum Output {
        jsonl,
        json,
        tsv
    }

    /** The fields of a record, in order. */
    static final List<String> FIELDS = List.of(
            "file",
            "line",
            "column",
            "element",
            "offset",
            "length",
            "text",
            "kind",
            "body",
            "number",
            "symbol",
            "instrument",
            "place",
            "year",
            "article",
            "paragraph",
            "appendix",
            "target");

    @Option(
            names = "--format",
            paramLabel = "FMT",
            defaultValue = "jsonl",
            description = "Output: jsonl (one JSON object a line), json (one array) or tsv (a header line, then "
                    + "one line a citation; empty for null). Default: ${DEFAULT-VALUE}.")
    Output format;

    private final ArrayNode all = Json.MAPPER.createArrayNode();

    @Override
    void before() {
        if (format == Output.tsv) {
            session.out.print(String.join("\t", FIELDS) + "\n");
        }
    }

    @Override
    void process(Loaded loaded) {
        session.errors(countErrors(loaded.result().diagnostics()));
        String file = loaded.file().display();
        loaded.result().resolution().locate(Citation.class).forEach(located -> {
            for (ObjectNode row : rows(file, located)) {
                switch (format) {
                    case json -> all.add(row);
                    case tsv -> session.out.print(tsv(row) + "\n");
                    default -> session.out.print(Json.write(row) + "\n");
                }
            }
        });
        session.out.flush();
    }

    @Override
    void after() {
        if (format == Output.json) {
            session.out.print(Json.pretty(all) + "\n");
            session.out.flush();
        }
    }

    /** A record as a TSV line: null as empty; tabs, line ends, backslashes and lone surrogates escaped. */
    static String tsv(ObjectNode row) {
        StringBuilder b = new StringBuilder();
        for (String f : FIELDS) {
            if (!f.equals(FIELDS.get(0))) {
                b.append('\t');
            }
            JsonNode v = row.get(f);
            if (v != null && !v.isNull()) {
                String s = v.asString();
                b.append(s.replace("\\", "\\\\")
                        .replace("\t", "\\t")
                        .replace("\n", "\\n")
                        .replace("\r", "\\r"));
            }
        }
        // a lone surrogate (UTF-8 cannot carry it) as \\uXXXX: unambiguous, backslashes being doubled
        return Json.loneSurrogatesEscaped(b.toString());
    }

    /**
     * The records of one citation: one, or one per number for an instrument citation.
     *
     * @param file the file as the user named it
     * @param located the citation and where it stands
     * @return the records, fields in the order of {@link #FIELDS}
     */
    static List<ObjectNode> rows(String file, Located<Citation> located) {
        Citation c = located.node();
        Optional<SourceSpan> span = c.span();
        String element = element(located);
        int offset = offset(located);
        Cited cited = c.accept(CitedFields.INSTANCE);
        return cited.numbers().stream()
                .map(n -> {
                    ObjectNode o = Json.object();
                    o.put("file", file);
                    Json.putPositive(o, "line", span.map(SourceSpan::line).orElse(0));
                    Json.putPositive(o, "column", span.map(SourceSpan::column).orElse(0));
                    Json.put(o, "element", Optional.ofNullable(element));
                    if (offset >= 0) {
                        o.put("offset", offset);
                        o.put("length", c.text().length());
                    } else {
                        o.putNull("offset");
                        o.putNull("length");
                    }
                    o.put("text", c.text());
                    o.put("kind", c.kind().code());
                    Json.put(o, "body", cited.body().map(Body::code));
                    Json.put(o, "number", n.isEmpty() ? cited.number() : Optional.of(n));
                    Json.put(o, "symbol", cited.symbol());
                    Json.put(o, "instrument", cited.instrument());
                    Optional<Revision> rev = cited.revision();
                    Json.put(o, "place", rev.map(Revision::place));
                    if (rev.isPresent()) {
                        o.put("year", rev.get().year());
                    } else {
                        o.putNull("year");
                    }
                    Json.put(o, "article", cited.article());
                    Json.put(o, "paragraph", cited.paragraph());
                    Json.put(o, "appendix", cited.appendix());
                    Json.put(o, "target", cited.target());
                    return o;
                })
                .toList();
    }

    /**
     * Where a citation's text starts in the plain text of what holds it (its paragraph's
     * content or wrap-up, or the footnote it stands in; see {@code Paragraph.plainText()}).
     *
     * @return the offset in UTF-16 code units, or -1 when it cannot be told
     */
    static int offset(Located<Citation> located) {
        Optional<Located<?>> up = located.parent();
        while (up.isPresent() && up.get().node() instanceof Inline && !(up.get().node() instanceof Footnote)) {
            up = up.get().parent();
        }
        if (up.isEmpty()) {
            return -1;
        }
        Node holder = up.get().node();
        List<List<? extends Inline>> texts = new ArrayList<>();
        if (holder instanceof Paragraph p) {
            texts.add(p.content());
            texts.add(p.wrapUp());
        } else if (holder instanceof Footnote f) {
            texts.add(f.content());
        } else {
            texts.add(holder.children().stream()
                    .filter(Inline.class::isInstance)
                    .map(Inline.class::cast)
                    .toList());
        }
        for (List<? extends Inline> t : texts) {
            int[] at = {0};
            if (find(t, located.node(), at)) {
                return at[0];
            }
        }
        return -1;
    }

    /** Walks content as its plain text is made, counting code units up to a node. */
    private static boolean find(List<? extends Inline> content, Citation target, int[] at) {
        TextUpTo walk = new TextUpTo(target);
        boolean found = walk.within(content);
        at[0] += walk.length;
        return found;
    }

    /**
     * What a citation's records hold that depends on its type. {@link #numbers()} gives one record
     * each; {@code ""} stands for the one record of a citation that is not an instrument's.
     */
    private record Cited(
            List<String> numbers,
            Optional<Body> body,
            Optional<String> number,
            Optional<String> symbol,
            Optional<String> instrument,
            Optional<Revision> revision,
            Optional<String> article,
            Optional<String> paragraph,
            Optional<String> appendix,
            Optional<String> target) {}

    /**
     * The fields of each citation type, by a {@link Visitor}: a new citation type (Citation is
     * sealed) fails to compile here instead of being exported with empty fields.
     */
    private static final class CitedFields implements Visitor<Cited> {
        static final CitedFields INSTANCE = new CitedFields();
        private static final List<String> ONE = List.of("");
        private static final Optional<String> NO = Optional.empty();

        @Override
        public Cited visitInstrumentCitation(InstrumentCitation node) {
            return new Cited(node.numbers(), node.body(), NO, NO, NO, node.revision(), NO, NO, NO, NO);
        }

        @Override
        public Cited visitUnResolutionCitation(UnResolutionCitation node) {
            return new Cited(
                    ONE,
                    Optional.of(node.body()),
                    Optional.of(node.number()),
                    NO,
                    NO,
                    Optional.empty(),
                    NO,
                    NO,
                    NO,
                    node.target());
        }

        @Override
        public Cited visitUnDocumentCitation(UnDocumentCitation node) {
            return new Cited(
                    ONE,
                    Optional.empty(),
                    NO,
                    Optional.of(node.symbol()),
                    NO,
                    Optional.empty(),
                    NO,
                    NO,
                    NO,
                    node.target());
        }

        @Override
        public Cited visitNamedInstrumentCitation(NamedInstrumentCitation node) {
            return new Cited(
                    ONE, Optional.empty(), NO, NO, Optional.of(node.instrument()), Optional.empty(), NO, NO, NO, NO);
        }

        @Override
        public Cited visitProvisionCitation(ProvisionCitation node) {
            return new Cited(
                    ONE,
                    Optional.empty(),
                    node.number(),
                    NO,
                    NO,
                    Optional.empty(),
                    node.article(),
                    node.paragraph(),
                    NO,
                    NO);
        }

        @Override
        public Cited visitAnnexCitation(AnnexCitation node) {
            return new Cited(
                    ONE, Optional.empty(), node.annex(), NO, NO, Optional.empty(), NO, NO, node.appendix(), NO);
        }

        @Override
        public Cited visitOtherCitation(OtherCitation node) {
            return new Cited(ONE, Optional.empty(), NO, NO, NO, Optional.empty(), NO, NO, NO, NO);
        }

        // only citations have records (Citation is sealed): the other nodes cannot be reached

        private static Cited notACitation(Node node) {
            throw new IllegalStateException("not a citation: " + node.getClass().getName());
        }

        @Override
        public Cited visitResolution(Resolution node) {
            return notACitation(node);
        }

        @Override
        public Cited visitOpeningFormula(OpeningFormula node) {
            return notACitation(node);
        }

        @Override
        public Cited visitPreambleSection(PreambleSection node) {
            return notACitation(node);
        }

        @Override
        public Cited visitOperativeSection(OperativeSection node) {
            return notACitation(node);
        }

        @Override
        public Cited visitParagraph(Paragraph node) {
            return notACitation(node);
        }

        @Override
        public Cited visitAnnex(Annex node) {
            return notACitation(node);
        }

        @Override
        public Cited visitText(Text node) {
            return notACitation(node);
        }

        @Override
        public Cited visitAnchor(Anchor node) {
            return notACitation(node);
        }

        @Override
        public Cited visitFootnoteRef(FootnoteRef node) {
            return notACitation(node);
        }

        @Override
        public Cited visitFootnote(Footnote node) {
            return notACitation(node);
        }

        @Override
        public Cited visitInserted(Inserted node) {
            return notACitation(node);
        }

        @Override
        public Cited visitDeleted(Deleted node) {
            return notACitation(node);
        }

        @Override
        public Cited visitBracketed(Bracketed node) {
            return notACitation(node);
        }

        @Override
        public Cited visitUnrecognized(Unrecognized node) {
            return notACitation(node);
        }

        @Override
        public Cited visitUnknownElement(UnknownElement node) {
            return notACitation(node);
        }
    }

    /**
     * Counts the code units of plain text (as {@code Paragraph.plainText()} makes it) up to a
     * citation; {@code accept} says whether it was found. A visitor, so that a new inline type
     * fails to compile here instead of being skipped.
     */
    private static final class TextUpTo implements Visitor<Boolean> {
        private final Citation target;
        private int length;

        TextUpTo(Citation target) {
            this.target = target;
        }

        boolean within(List<? extends Inline> content) {
            for (Inline i : content) {
                if (i.accept(this)) {
                    return true;
                }
            }
            return false;
        }

        private boolean citation(Citation c) {
            if (c == target) {
                return true;
            }
            length += c.text().length();
            return false;
        }

        @Override
        public Boolean visitText(Text node) {
            length += node.text().length();
            return false;
        }

        @Override
        public Boolean visitUnrecognized(Unrecognized node) {
            length += node.raw().length();
            return false;
        }

        @Override
        public Boolean visitInserted(Inserted node) {
            return within(node.content());
        }

        @Override
        public Boolean visitDeleted(Deleted node) {
            return within(node.content());
        }

        @Override
        public Boolean visitBracketed(Bracketed node) {
            return within(node.content());
        }

        @Override
        public Boolean visitUnknownElement(UnknownElement node) {
            return within(node.content());
        }

        // anchors, footnote call-outs and footnotes add no text

        @Override
        public Boolean visitAnchor(Anchor node) {
            return false;
        }

        @Override
        public Boolean visitFootnoteRef(FootnoteRef node) {
            return false;
        }

        @Override
        public Boolean visitFootnote(Footnote node) {
            return false;
        }

        @Override
        public Boolean visitInstrumentCitation(InstrumentCitation node) {
            return citation(node);
        }

        @Override
        public Boolean visitUnResolutionCitation(UnResolutionCitation node) {
            return citation(node);
        }

        @Override
        public Boolean visitUnDocumentCitation(UnDocumentCitation node) {
            return citation(node);
        }

        @Override
        public Boolean visitNamedInstrumentCitation(NamedInstrumentCitation node) {
            return citation(node);
        }

        @Override
        public Boolean visitProvisionCitation(ProvisionCitation node) {
            return citation(node);
        }

        @Override
        public Boolean visitAnnexCitation(AnnexCitation node) {
            return citation(node);
        }

        @Override
        public Boolean visitOtherCitation(OtherCitation node) {
            return citation(node);
        }

        // inline content only: the blocks cannot be reached

        private static Boolean notInline(Node node) {
            throw new IllegalStateException("not inline: " + node.getClass().getName());
        }

        @Override
        public Boolean visitResolution(Resolution node) {
            return notInline(node);
        }

        @Override
        public Boolean visitOpeningFormula(OpeningFormula node) {
            return notInline(node);
        }

        @Override
        public Boolean visitPreambleSection(PreambleSection node) {
            return notInline(node);
        }

        @Override
        public Boolean visitOperativeSection(OperativeSection node) {
            return notInline(node);
        }

        @Override
        public Boolean visitParagraph(Paragraph node) {
            return notInline(node);
        }

        @Override
        public Boolean visitAnnex(Annex node) {
            return notInline(node);
        }
    }

    /** The paragraph citing, or else the nearest enclosing block (formula, section, annex). */
    private static String element(Located<Citation> located) {
        Optional<Located<Paragraph>> p = located.enclosing(Paragraph.class);
        if (p.isPresent()) {
            return p.get().id();
        }
        Optional<Located<?>> up = located.parent();
        while (up.isPresent()) {
            if (!(up.get().node() instanceof Inline) && !up.get().id().isEmpty()) {
                return up.get().id();
            }
            up = up.get().parent();
        }
        return null;
    }
}
