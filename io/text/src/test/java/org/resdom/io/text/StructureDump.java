package org.resdom.io.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.io.ReadResult;
import org.resdom.model.AnnexCitation;
import org.resdom.model.Citation;
import org.resdom.model.Footnote;
import org.resdom.model.Identity;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.OperativeSection;
import org.resdom.model.Paragraph;
import org.resdom.model.PreambleSection;
import org.resdom.model.ProvisionCitation;
import org.resdom.model.Resolution;
import org.resdom.model.UnResolutionCitation;
import org.resdom.testing.SeedFixture;

/** A readable, stable text form of what a reader found: the content of the golden files. */
final class StructureDump {
    private StructureDump() {}

    /**
     * A text fixture by name: the seed from resdom-testing (the one copy), the others from
     * {@code /fixtures/}.
     */
    static String fixture(String name) {
        return resource(name.equals(SeedFixture.NAME) ? SeedFixture.RESOURCE : "/fixtures/" + name + ".txt");
    }

    static String resource(String name) {
        try (InputStream in = StructureDump.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String dump(ReadResult result) {
        Resolution r = result.resolution();
        StringBuilder sb = new StringBuilder();
        Identity id = r.identity();
        sb.append("identity: body=")
                .append(id.body())
                .append(" kind=")
                .append(id.kind())
                .append(" number=")
                .append(id.number().orElse("-"))
                .append(" language=")
                .append(id.language())
                .append(" history=")
                .append(id.history())
                .append('\n');
        id.heading().ifPresent(h -> sb.append("heading: ").append(h).append('\n'));
        id.title().ifPresent(t -> sb.append("title: ").append(t).append('\n'));
        r.formula()
                .ifPresent(f ->
                        sb.append("formula: ").append(f.plainText().strip()).append('\n'));
        sb.append("sections: ")
                .append(r.preamble().size())
                .append(" preamble, ")
                .append(r.operative().size())
                .append(" operative, ")
                .append(r.annexes().size())
                .append(" annexes\n");
        for (PreambleSection s : r.preamble()) {
            sb.append("preamble ")
                    .append(s.phrase().kind())
                    .append(s.phrase().qualifier().map(q -> "+" + q).orElse(""))
                    .append(s.runIn() ? " run-in" : "")
                    .append(" '")
                    .append(s.phrase().text())
                    .append("': ")
                    .append(labels(s.paragraphs()))
                    .append('\n');
        }
        for (OperativeSection s : r.operative()) {
            sb.append("operative ")
                    .append(s.phrase()
                            .map(p -> p.action()
                                    + p.addressee().map(a -> " -> " + a).orElse(""))
                            .orElse("(no phrase)"))
                    .append(s.runIn() ? " run-in" : "")
                    .append(": ")
                    .append(labels(s.paragraphs()))
                    .append('\n');
        }
        r.annexes()
                .forEach(a -> sb.append("annex ")
                        .append(a.number().orElse("-"))
                        .append(" '")
                        .append(a.heading())
                        .append("'")
                        .append(a.title().map(t -> " title '" + t + "'").orElse(""))
                        .append(": ")
                        .append(labels(a.paragraphs()))
                        .append('\n'));
        for (Footnote f : r.footnotes()) {
            sb.append("footnote ")
                    .append(f.marker())
                    .append(": ")
                    .append(org.resdom.model.Inline.plainText(f.content()).strip())
                    .append('\n');
        }
        for (Citation c : r.citations()) {
            sb.append("citation ")
                    .append(c.span().map(Object::toString).orElse("?"))
                    .append(' ')
                    .append(describe(c))
                    .append(" \"")
                    .append(c.text())
                    .append("\"\n");
        }
        for (Diagnostic d : result.diagnostics()) {
            sb.append("diagnostic ")
                    .append(d.line().orElse(0))
                    .append(':')
                    .append(d.column().orElse(0))
                    .append(' ')
                    .append(d.severity().label())
                    .append(' ')
                    .append(d.code())
                    .append('\n');
        }
        return sb.toString();
    }

    static String labels(List<Paragraph> paragraphs) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (i > 0) {
                sb.append(' ');
            }
            if (!p.anchors().isEmpty()) {
                sb.append('#').append(p.anchors().size());
            }
            sb.append(p.label().map(l -> l.text()).orElse("_"));
            if (!p.items().isEmpty()) {
                sb.append(labels(p.items()));
            }
        }
        return sb.append(']').toString();
    }

    static String describe(Citation c) {
        if (c instanceof InstrumentCitation i) {
            return i.document() + " " + i.numbers()
                    + i.revision().map(v -> " (" + v + ")").orElse("") + " " + i.brackets()
                    + i.body().map(b -> " body=" + b).orElse("");
        } else if (c instanceof UnResolutionCitation u) {
            return "UN " + u.body() + " " + u.number();
        } else if (c instanceof ProvisionCitation p) {
            return p.instrument()
                    + p.article().map(a -> " article=" + a).orElse("")
                    + p.number().map(n -> " number=" + n).orElse("")
                    + p.paragraph().map(x -> " paragraph=" + x).orElse("");
        } else if (c instanceof AnnexCitation a) {
            return "ANNEX" + a.annex().map(x -> " annex=" + x).orElse("")
                    + a.appendix().map(x -> " appendix=" + x).orElse("");
        }
        return c.kind().code();
    }
}
