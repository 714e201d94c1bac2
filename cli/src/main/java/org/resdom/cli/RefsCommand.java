package org.resdom.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.resdom.model.AnnexCitation;
import org.resdom.model.Body;
import org.resdom.model.Bracketed;
import org.resdom.model.Citation;
import org.resdom.model.Deleted;
import org.resdom.model.Footnote;
import org.resdom.model.Inline;
import org.resdom.model.Inserted;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.Located;
import org.resdom.model.NamedInstrumentCitation;
import org.resdom.model.Node;
import org.resdom.model.Paragraph;
import org.resdom.model.ProvisionCitation;
import org.resdom.model.Revision;
import org.resdom.model.SourceSpan;
import org.resdom.model.Text;
import org.resdom.model.UnDocumentCitation;
import org.resdom.model.UnResolutionCitation;
import org.resdom.model.UnknownElement;
import org.resdom.model.Unrecognized;
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
        List<String> numbers = c instanceof InstrumentCitation i ? i.numbers() : List.of("");
        return numbers.stream()
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
                    Json.put(o, "body", body(c).map(Body::code));
                    Json.put(o, "number", n.isEmpty() ? number(c) : Optional.of(n));
                    Json.put(
                            o,
                            "symbol",
                            c instanceof UnDocumentCitation d ? Optional.of(d.symbol()) : Optional.empty());
                    Json.put(
                            o,
                            "instrument",
                            c instanceof NamedInstrumentCitation i ? Optional.of(i.instrument()) : Optional.empty());
                    Optional<Revision> rev = c instanceof InstrumentCitation i ? i.revision() : Optional.empty();
                    Json.put(o, "place", rev.map(Revision::place));
                    if (rev.isPresent()) {
                        o.put("year", rev.get().year());
                    } else {
                        o.putNull("year");
                    }
                    Json.put(o, "article", c instanceof ProvisionCitation p ? p.article() : Optional.empty());
                    Json.put(o, "paragraph", c instanceof ProvisionCitation p ? p.paragraph() : Optional.empty());
                    Json.put(o, "appendix", c instanceof AnnexCitation a ? a.appendix() : Optional.empty());
                    Json.put(
                            o,
                            "target",
                            c instanceof UnResolutionCitation u
                                    ? u.target()
                                    : c instanceof UnDocumentCitation d ? d.target() : Optional.empty());
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
        for (Inline i : content) {
            if (i == target) {
                return true;
            }
            if (i instanceof Text t) {
                at[0] += t.text().length();
            } else if (i instanceof Citation c) {
                at[0] += c.text().length();
            } else if (i instanceof Unrecognized u) {
                at[0] += u.raw().length();
            } else if (i instanceof Inserted x) {
                if (find(x.content(), target, at)) {
                    return true;
                }
            } else if (i instanceof Deleted x) {
                if (find(x.content(), target, at)) {
                    return true;
                }
            } else if (i instanceof Bracketed x) {
                if (find(x.content(), target, at)) {
                    return true;
                }
            } else if (i instanceof UnknownElement x) {
                if (find(x.content(), target, at)) {
                    return true;
                }
            } // anchors, footnote call-outs and footnotes add no text
        }
        return false;
    }

    private static Optional<Body> body(Citation c) {
        if (c instanceof InstrumentCitation i) {
            return i.body();
        }
        if (c instanceof UnResolutionCitation u) {
            return Optional.of(u.body());
        }
        return Optional.empty();
    }

    private static Optional<String> number(Citation c) {
        if (c instanceof UnResolutionCitation u) {
            return Optional.of(u.number());
        }
        if (c instanceof ProvisionCitation p) {
            return p.number();
        }
        if (c instanceof AnnexCitation a) {
            return a.annex();
        }
        return Optional.empty(); // OtherCitation
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
