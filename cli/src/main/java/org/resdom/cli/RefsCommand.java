package org.resdom.cli;

import java.util.List;
import java.util.Optional;
import org.resdom.model.AnnexCitation;
import org.resdom.model.Body;
import org.resdom.model.Citation;
import org.resdom.model.Inline;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.Located;
import org.resdom.model.Paragraph;
import org.resdom.model.ProvisionCitation;
import org.resdom.model.Revision;
import org.resdom.model.SourceSpan;
import org.resdom.model.UnResolutionCitation;
import picocli.CommandLine.Command;
import tools.jackson.databind.node.ObjectNode;

/** {@code resdom refs}: every citation, as JSON Lines. */
@Command(name = "refs", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = ResdomCommand.Version.class, header = "List every citation as JSON Lines.",
        description = {"Prints every citation as JSON Lines, one object per line, with the fields:",
            "  file, line, column  where it is (line and column null when unknown)",
            "  text                the exact source text",
            "  kind                resolution, decision, recommendation, opinion,",
            "                      un-resolution, constitution, convention, annex, other",
            "  body                the cited body's code (ITU-PP, UNGA ...), or null",
            "  number              the number cited (70, 71/243, 235, 1), or null;",
            "                      one line per number when several are cited",
            "  place, year         of the cited revision, or null",
            "  article, paragraph  of a Constitution or Convention provision, or null",
            "  appendix            of an annex citation, or null",
            "  element             the paragraph (or formula, section) that cites it",
            "Exit code 1 when a reader reported errors, 2 for usage or I/O problems."},
        footer = {"", "Examples:", "  resdom refs res71.txt", "  resdom refs texts/ | jq -r .number | sort | uniq -c"})
final class RefsCommand extends FileCommand {

    @Override
    void process(Loaded loaded) {
        session.errors(countErrors(loaded.result().diagnostics()));
        String file = loaded.file().display();
        loaded.result().resolution().locate(Citation.class).forEach(located -> {
            for (ObjectNode row : rows(file, located)) {
                session.out.print(Json.write(row) + "\n");
            }
        });
        session.out.flush();
    }

    /**
     * The JSON objects of one citation: one, or one per number for an instrument citation.
     *
     * @param file the file as the user named it
     * @param located the citation and where it stands
     * @return the objects
     */
    static List<ObjectNode> rows(String file, Located<Citation> located) {
        Citation c = located.node();
        Optional<SourceSpan> span = c.span();
        String element = element(located);
        List<String> numbers = c instanceof InstrumentCitation i ? i.numbers() : List.of("");
        return numbers.stream().map(n -> {
            ObjectNode o = Json.object();
            o.put("file", file);
            Json.putPositive(o, "line", span.map(SourceSpan::line).orElse(0));
            Json.putPositive(o, "column", span.map(SourceSpan::column).orElse(0));
            o.put("text", c.text());
            o.put("kind", c.kind().code());
            Json.put(o, "body", body(c).map(Body::code));
            Json.put(o, "number", n.isEmpty() ? number(c) : Optional.of(n));
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
            Json.put(o, "element", Optional.ofNullable(element));
            return o;
        }).toList();
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
