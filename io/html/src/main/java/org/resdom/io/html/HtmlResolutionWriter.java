package org.resdom.io.html;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.io.ResolutionWriter;
import org.resdom.io.internal.NotCarried;
import org.resdom.lang.Captions;
import org.resdom.model.ActionKind;
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
import org.resdom.model.Language;
import org.resdom.model.Located;
import org.resdom.model.Nesting;
import org.resdom.model.Node;
import org.resdom.model.OpeningFormula;
import org.resdom.model.OperativePhrase;
import org.resdom.model.OperativeSection;
import org.resdom.model.OtherCitation;
import org.resdom.model.Paragraph;
import org.resdom.model.PreambleKind;
import org.resdom.model.PreamblePhrase;
import org.resdom.model.PreambleSection;
import org.resdom.model.ProvisionCitation;
import org.resdom.model.Resolution;
import org.resdom.model.Revisions;
import org.resdom.model.Section;
import org.resdom.model.Text;
import org.resdom.model.UnResolutionCitation;
import org.resdom.model.UnknownElement;
import org.resdom.model.Unrecognized;
import org.resdom.model.Visitor;

/**
 * Writes a resolution as one self-contained HTML page (format {@code html}): the opening
 * formula, each section's phrase as a heading, paragraphs with their labels as written,
 * footnotes as linked notes, citations as links (or {@code <cite>} when no link is known), and
 * revision marks as {@code <ins>}/{@code <del>} with their author and date. A small inline
 * script and style sheet (no external resource) let a reviewer show the changes, the text
 * after them or the text before them; without the script the changes are shown. Element
 * identifiers are the model's ({@link Resolution#elements()}), so links into the page are
 * stable. A {@link Visitor}; immutable and thread-safe.
 *
 * <pre>{@code
 * String html = HtmlResolutionWriter.create().write(resolution);
 * HtmlResolutionWriter.builder().links(c -> Optional.of("https://example.org/" + c.text())).build()
 *     .write(resolution, Path.of("res71.html"));
 * }</pre>
 */
public final class HtmlResolutionWriter implements ResolutionWriter {

    /** The format's name on the command line. */
    public static final String FORMAT = "html";

    private static final String STYLE = String.join(
            "\n",
            "body{font:16px/1.55 Georgia,'Times New Roman',serif;max-width:46em;margin:0 auto;padding:1em 1.5em;"
                    + "color:#1a1a1a;background:#fff}",
            "h1{font-size:1.5em;margin:.4em 0}h2{font-size:1.05em;font-style:italic;font-weight:normal;margin:1.2em 0 .4em}",
            ".rd-toolbar{position:sticky;top:0;background:#f4f4f4;border:1px solid #ccc;padding:.4em;margin:.5em 0;"
                    + "font:14px sans-serif}",
            ".rd-toolbar button{font:inherit;margin-right:.4em;padding:.2em .7em;border:1px solid #888;"
                    + "background:#fff;cursor:pointer}",
            ".rd-toolbar button[aria-pressed=true]{background:#1a4d8f;color:#fff}",
            "ol.rd-paras{list-style:none;padding-left:0;margin:0}ol.rd-paras ol.rd-paras{padding-left:2.5em}",
            "ol.rd-paras li{margin:.35em 0;padding-left:2.5em;text-indent:-2.5em}",
            ".rd-label{display:inline-block;min-width:2.5em;text-indent:0}",
            "ol.rd-paras li.rd-heading{padding-left:0;text-indent:0}",
            ".rd-run-in{font-style:italic}",
            "ins{background:#c8f0c8;color:#0a4d0a;text-decoration:underline}",
            "del{background:#f8cccc;color:#7a0a0a;text-decoration:line-through}",
            "ins.rd-move,del.rd-move{background:#cfe0ff;color:#0a2a6d}",
            "body.rd-after del,body.rd-before ins{display:none}",
            "body.rd-after ins,body.rd-before del{background:none;color:inherit;text-decoration:none}",
            "body.rd-after li.rd-del-para,body.rd-before li.rd-ins-para{display:none}",
            "body.rd-after .rd-para-mark,body.rd-before .rd-para-mark{display:none}",
            ".rd-bracketed{color:#555}.rd-unrecognized{outline:1px dashed #c60}",
            "a.rd-cite,cite.rd-cite{font-style:normal}",
            ".rd-notes{border-top:1px solid #999;margin-top:2em;font-size:.9em}");
    private static final String SCRIPT = String.join(
            "\n",
            "(function(){var views={changes:'',after:'rd-after',before:'rd-before'};",
            "function show(v){if(!(v in views))v='changes';document.body.className=views[v];",
            "var bs=document.querySelectorAll('.rd-toolbar button');",
            "for(var i=0;i<bs.length;i++){bs[i].setAttribute('aria-pressed',bs[i].getAttribute('data-view')===v?'true':'false');}",
            "document.documentElement.setAttribute('data-rd-view',v);}",
            "var bs=document.querySelectorAll('.rd-toolbar button');",
            "for(var i=0;i<bs.length;i++){bs[i].addEventListener('click',function(e){",
            "var v=e.currentTarget.getAttribute('data-view');show(v);history.replaceState(null,'','#view='+v);});}",
            "var m=/view=(\\w+)/.exec(location.hash);show(m?m[1]:'changes');})();");

    private final Function<Citation, Optional<String>> links;
    private final boolean toolbar;

    private HtmlResolutionWriter(Builder b) {
        this.links = b.links;
        this.toolbar = b.toolbar;
    }

    /** @return a writer with the default settings */
    public static HtmlResolutionWriter create() {
        return builder().build();
    }

    /** @return a builder with the default settings */
    public static Builder builder() {
        return new Builder();
    }

    /** @return {@value #FORMAT} */
    @Override
    public String format() {
        return FORMAT;
    }

    /**
     * @param resolution the document
     * @return the page
     */
    @Override
    public String write(Resolution resolution) {
        StringWriter w = new StringWriter();
        try {
            write(resolution, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /**
     * A page has no place for the metadata, the Akoma Ntoso source's {@code akn.*} hints or an
     * unknown element's attributes and namespace (it writes the element's content in a span
     * naming it).
     */
    @Override
    public List<Diagnostic> notCarried(Resolution resolution) {
        Objects.requireNonNull(resolution, "resolution must not be null");
        return NotCarried.of("HTML", resolution, Optional.of("attributes and namespaces"));
    }

    /**
     * Writes to a character stream (flushed, not closed).
     *
     * @param resolution the document
     * @param out the output
     * @throws IOException if the stream fails
     */
    @Override
    public void write(Resolution resolution, Writer out) throws IOException {
        Objects.requireNonNull(resolution, "resolution must not be null");
        Objects.requireNonNull(out, "out must not be null");
        Nesting.requireWithinMax(resolution, "the HTML writer");
        Page page = new Page(resolution);
        resolution.accept(page);
        out.write(page.sb.toString());
        out.flush();
    }

    /** The default links: none (annex citations link to the annex in the page all the same). */
    static Optional<String> defaultLink(Citation c) {
        return Optional.empty();
    }

    /** One page being written. */
    private final class Page implements Visitor<Void> {
        private final StringBuilder sb = new StringBuilder(1 << 16);
        private final Map<Node, String> ids = new IdentityHashMap<>();
        private final List<Footnote> notes = new ArrayList<>();
        private final Resolution resolution;
        /** The page's own words, in the document's language (core's captions table). */
        private final Captions captions;

        Page(Resolution r) {
            this.resolution = r;
            this.captions = Captions.of(r.identity().language());
            for (Located<Node> l : r.elements()) {
                ids.putIfAbsent(l.node(), l.id());
            }
        }

        private void esc(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '&' -> sb.append("&amp;");
                    case '<' -> sb.append("&lt;");
                    case '>' -> sb.append("&gt;");
                    case '"' -> sb.append("&quot;");
                    case '\'' -> sb.append("&#39;");
                    default -> {
                        if (c < 0x20 && c != '\t' && c != '\n') {
                            sb.append("&#xFFFD;");
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
        }

        private void id(Node n) {
            String id = ids.get(n);
            if (id != null && !id.isEmpty()) {
                sb.append(" id=\"");
                esc(id);
                sb.append('"');
            }
        }

        @Override
        public Void visitResolution(Resolution r) {
            String lang = r.identity().language().code();
            sb.append("<!DOCTYPE html>\n<html lang=\"");
            esc(lang.equals("und") ? "" : lang);
            sb.append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
            esc(title(r));
            sb.append("</title>\n<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n<header>\n<h1>");
            esc(title(r));
            sb.append("</h1>\n");
            if (toolbar
                    && !r.find(Inserted.class).findAny().isEmpty()
                            | !r.find(Deleted.class).findAny().isEmpty()) {
                sb.append("<div class=\"rd-toolbar\" role=\"group\" aria-label=\"");
                esc(captions.get("view"));
                sb.append("\"><button type=\"button\" data-view=\"changes\" aria-pressed=\"true\">");
                esc(captions.get("changes"));
                sb.append("</button><button type=\"button\" data-view=\"after\" aria-pressed=\"false\">");
                esc(captions.get("after"));
                sb.append("</button><button type=\"button\" data-view=\"before\" aria-pressed=\"false\">");
                esc(captions.get("before"));
                sb.append("</button></div>\n");
            }
            sb.append("</header>\n<main>\n");
            r.formula().ifPresent(f -> f.accept(this));
            r.preamble().forEach(s -> s.accept(this));
            r.operative().forEach(s -> s.accept(this));
            r.annexes().forEach(a -> a.accept(this));
            sb.append("</main>\n");
            if (!notes.isEmpty()) {
                sb.append("<footer>\n<section class=\"rd-notes\" role=\"doc-endnotes\" aria-label=\"");
                esc(captions.get("notes"));
                sb.append("\">\n<ol>\n");
                for (Footnote f : notes) {
                    sb.append("<li");
                    id(f);
                    sb.append(" data-marker=\"");
                    esc(f.marker());
                    sb.append("\"><a href=\"#fnref-");
                    esc(f.marker());
                    sb.append("\" role=\"doc-backlink\" aria-label=\"");
                    esc(captions.get("back"));
                    sb.append("\">");
                    esc(f.marker());
                    sb.append("</a> ");
                    inlines(f.content());
                    sb.append("</li>\n");
                }
                sb.append("</ol>\n</section>\n</footer>\n");
            }
            sb.append("<script>\n").append(SCRIPT).append("\n</script>\n</body>\n</html>\n");
            return null;
        }

        private String title(Resolution r) {
            String kind = captions.get(r.identity().kind().name());
            String t = kind + r.identity().number().map(n -> " " + n).orElse("");
            return r.identity().title().map(x -> t + ": " + x).orElse(t).strip();
        }

        @Override
        public Void visitOpeningFormula(OpeningFormula node) {
            sb.append("<p class=\"rd-formula\"");
            id(node);
            sb.append('>');
            inlines(node.content());
            sb.append("</p>\n");
            return null;
        }

        @Override
        public Void visitPreambleSection(PreambleSection node) {
            sb.append("<section class=\"rd-preamble\"");
            id(node);
            sb.append(">\n");
            phrase(node.phrase().text(), node);
            paragraphs(node.paragraphs());
            sb.append("</section>\n");
            return null;
        }

        @Override
        public Void visitOperativeSection(OperativeSection node) {
            sb.append("<section class=\"rd-operative\"");
            id(node);
            sb.append(">\n");
            node.phrase().ifPresent(p -> phrase(p.text(), node));
            paragraphs(node.paragraphs());
            sb.append("</section>\n");
            return null;
        }

        @Override
        public Void visitAnnex(Annex node) {
            sb.append("<section class=\"rd-annex\"");
            id(node);
            sb.append(">\n<h2>");
            esc(node.heading());
            sb.append("</h2>\n");
            node.title().ifPresent(t -> {
                sb.append("<p class=\"rd-annex-title\">");
                esc(t);
                sb.append("</p>\n");
            });
            paragraphs(node.paragraphs());
            sb.append("</section>\n");
            return null;
        }

        /** A run-in phrase the next paragraph starts with (written by {@link #visitParagraph}), or null. */
        private String runIn;

        /**
         * A section's phrase: a heading, or, run in, the start of its first paragraph's sentence
         * (a heading to assistive technology, {@code role="heading"}); none when the first
         * paragraph's marks write it ({@link Revisions#phraseInMarks}).
         */
        private void phrase(String text, Section section) {
            if (Revisions.phraseInMarks(section)) {
                return;
            }
            boolean runs = section instanceof PreambleSection p ? p.runIn() : ((OperativeSection) section).runIn();
            if (runs && !section.paragraphs().isEmpty()) {
                runIn = text;
                return;
            }
            sb.append("<h2 class=\"rd-phrase\">");
            esc(text);
            sb.append("</h2>\n");
        }

        private void paragraphs(List<Paragraph> ps) {
            if (ps.isEmpty()) {
                return;
            }
            sb.append("<ol class=\"rd-paras\" role=\"list\">\n");
            ps.forEach(p -> p.accept(this));
            sb.append("</ol>\n");
        }

        @Override
        public Void visitParagraph(Paragraph node) {
            String phrase = runIn;
            runIn = null;
            if (phrase != null && headingUnderRevision(node)) {
                sb.append("<li><h2 class=\"rd-phrase\">");
                esc(phrase);
                sb.append("</h2></li>\n");
            }
            if (headingUnderRevision(node)) {
                // a section heading changed by the revision: a heading, with its marks, not a paragraph
                sb.append("<li class=\"rd-heading\"");
                id(node);
                sb.append("><h2 class=\"rd-phrase\">");
                node.anchors().forEach(a -> a.accept(this));
                inlines(node.content());
                sb.append("</h2></li>\n");
                return null;
            }
            sb.append("<li");
            id(node);
            String whole = wholeMark(node);
            if (whole != null) {
                sb.append(" class=\"").append(whole).append('"');
            }
            sb.append('>');
            node.anchors().forEach(a -> a.accept(this));
            if (phrase != null) {
                sb.append("<span class=\"rd-phrase rd-run-in\" role=\"heading\" aria-level=\"2\">");
                esc(phrase);
                sb.append("</span> ");
            }
            node.label().ifPresent(l -> {
                sb.append("<span class=\"rd-label\">");
                esc(l.text());
                sb.append("</span> ");
            });
            int marked = node.label().isEmpty() ? markedLabel(node.content()) : 0;
            if (marked > 0) {
                // a label changed by the revision ({+3+}{-2-}TAB): in the label's place, aligned as labels are
                sb.append("<span class=\"rd-label\">");
                inlines(node.content().subList(0, marked));
                sb.append("</span> ");
                List<Inline> rest = new ArrayList<>(
                        node.content().subList(marked, node.content().size()));
                String after = ((Text) rest.get(0)).text().substring(1);
                rest.remove(0);
                if (!after.isEmpty()) {
                    rest.add(0, new Text(after));
                }
                inlines(rest);
            } else {
                inlines(node.content());
            }
            if (!node.items().isEmpty()) {
                sb.append('\n');
                paragraphs(node.items());
            }
            if (!node.wrapUp().isEmpty()) {
                sb.append("<span class=\"rd-wrapup\">");
                inlines(node.wrapUp());
                sb.append("</span>");
            }
            sb.append("</li>\n");
            return null;
        }

        /**
         * How many marks at the start of a paragraph's content are its label under revision: marks
         * of one word each ({@code {+3+}{-2-}}), then a text that starts with the separator (a tab or
         * a space); 0 when there are none.
         */
        private static int markedLabel(List<Inline> content) {
            int k = 0;
            while (k < content.size() && k < 4) {
                Inline i = content.get(k);
                List<Inline> inner =
                        i instanceof Inserted m ? m.content() : i instanceof Deleted m ? m.content() : null;
                if (inner == null) {
                    break;
                }
                String t = Inline.plainText(inner);
                if (t.isEmpty() || t.length() > 12 || t.chars().anyMatch(Character::isWhitespace)) {
                    return 0;
                }
                k++;
            }
            if (k == 0 || k >= content.size() || !(content.get(k) instanceof Text t)) {
                return 0;
            }
            String x = t.text();
            return !x.isEmpty() && (x.charAt(0) == '\t' || x.charAt(0) == ' ') ? k : 0;
        }

        /**
         * A paragraph that is a section heading under revision ({@code {-se félicitant-}{+considérant
         * en outre+}}): no label, items or wrap-up, only marks of text, and in each version either
         * nothing or a preamble or operative phrase of the document's language.
         */
        private boolean headingUnderRevision(Paragraph p) {
            if (p.label().isPresent()
                    || !p.items().isEmpty()
                    || !p.wrapUp().isEmpty()
                    || p.content().isEmpty()) {
                return false;
            }
            boolean marked = false;
            for (Inline i : p.content()) {
                List<Inline> inner =
                        i instanceof Inserted m ? m.content() : i instanceof Deleted m ? m.content() : null;
                if (inner == null) {
                    if (!(i instanceof Text t) || !t.text().isBlank()) {
                        return false;
                    }
                    continue;
                }
                marked = true;
                if (!inner.stream().allMatch(x -> x instanceof Text)) {
                    return false;
                }
            }
            if (!marked) {
                return false;
            }
            Language language = resolution.identity().language();
            Body body = resolution.identity().body();
            boolean phrase = false;
            for (boolean accepted : new boolean[] {true, false}) {
                StringBuilder version = new StringBuilder();
                for (Inline i : p.content()) {
                    if (i instanceof Inserted ? accepted : !(i instanceof Deleted) || !accepted) {
                        version.append(Inline.plainText(List.of(i)));
                    }
                }
                String t = version.toString().strip();
                if (t.isEmpty()) {
                    continue;
                }
                if (t.length() > 120
                        || (PreamblePhrase.of(t, language, body).kind() == PreambleKind.OTHER
                                && OperativePhrase.of(t, language, body).action() == ActionKind.OTHER)) {
                    return false;
                }
                phrase = true;
            }
            return phrase;
        }

        /** A paragraph inserted or deleted whole is hidden, not left empty, in the other version. */
        private String wholeMark(Paragraph p) {
            if (p.label().isPresent() || !p.wrapUp().isEmpty()) {
                return null;
            }
            Class<?> kind = null;
            for (Inline i : p.content()) {
                if (i instanceof Anchor) {
                    continue;
                }
                if (!(i instanceof Inserted) && !(i instanceof Deleted) || (kind != null && kind != i.getClass())) {
                    return null;
                }
                kind = i.getClass();
            }
            return kind == null ? null : kind == Inserted.class ? "rd-ins-para" : "rd-del-para";
        }

        private void inlines(List<Inline> content) {
            for (Inline i : content) {
                i.accept(this);
            }
        }

        @Override
        public Void visitText(Text node) {
            esc(node.text());
            return null;
        }

        @Override
        public Void visitAnchor(Anchor node) {
            sb.append("<span class=\"rd-anchor\" id=\"bm-");
            esc(node.name());
            sb.append("\"></span>");
            return null;
        }

        @Override
        public Void visitFootnoteRef(FootnoteRef node) {
            sb.append("<sup><a class=\"rd-noteref\" id=\"fnref-");
            esc(node.marker());
            sb.append("\" href=\"#");
            String target = resolution.footnotes().stream()
                    .filter(f -> f.marker().equals(node.marker()))
                    .map(ids::get)
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse("fn-" + node.marker());
            esc(target);
            sb.append("\" role=\"doc-noteref\">");
            esc(node.marker());
            sb.append("</a></sup>");
            return null;
        }

        @Override
        public Void visitFootnote(Footnote node) {
            notes.add(node);
            return null;
        }

        private void change(
                String tag,
                List<Inline> content,
                Optional<String> author,
                Optional<String> date,
                Optional<String> move,
                Node node) {
            boolean paragraphMark = Revisions.PARAGRAPH_MARK.equals(Inline.plainText(content));
            sb.append('<').append(tag);
            id(node);
            if (paragraphMark || move.isPresent()) {
                sb.append(" class=\"")
                        .append(
                                paragraphMark && move.isPresent()
                                        ? "rd-para-mark rd-move"
                                        : paragraphMark ? "rd-para-mark" : "rd-move")
                        .append('"');
            }
            move.ifPresent(m -> {
                sb.append(" data-move=\"");
                esc(m);
                sb.append('"');
            });
            date.ifPresent(d -> {
                sb.append(" datetime=\"");
                esc(d);
                sb.append('"');
            });
            String what = captions.get(
                    paragraphMark
                            ? (tag.equals("ins") ? "split" : "joined")
                            : tag.equals("ins")
                                    ? (move.isPresent() ? "moved-here" : "inserted")
                                    : (move.isPresent() ? "moved-away" : "deleted"));
            StringBuilder title = new StringBuilder(what);
            author.ifPresent(a ->
                    title.append(' ').append(captions.get("by")).append(' ').append(a));
            date.ifPresent(d -> title.append(", ").append(d));
            sb.append(" title=\"");
            esc(title.toString());
            sb.append("\">");
            inlines(content);
            sb.append("</").append(tag).append('>');
        }

        @Override
        public Void visitInserted(Inserted node) {
            change("ins", node.content(), node.author(), node.date(), node.move(), node);
            return null;
        }

        @Override
        public Void visitDeleted(Deleted node) {
            change("del", node.content(), node.author(), node.date(), node.move(), node);
            return null;
        }

        @Override
        public Void visitBracketed(Bracketed node) {
            sb.append("<span class=\"rd-bracketed\" title=\"");
            esc(captions.get("bracketed"));
            sb.append("\">[");
            inlines(node.content());
            sb.append("]</span>");
            return null;
        }

        @Override
        public Void visitUnrecognized(Unrecognized node) {
            sb.append("<span class=\"rd-unrecognized\">");
            esc(node.raw());
            sb.append("</span>");
            return null;
        }

        /** The content, in a span naming the element (HTML cannot carry another vocabulary's markup). */
        @Override
        public Void visitUnknownElement(UnknownElement node) {
            sb.append("<span class=\"rd-unknown\" data-element=\"");
            esc(node.name());
            sb.append("\">");
            inlines(node.content());
            sb.append("</span>");
            return null;
        }

        private void cite(Citation c) {
            Optional<String> href = links.apply(c);
            if (href.isEmpty() && c instanceof AnnexCitation a && a.annex().isPresent()) {
                href = resolution.annexes().stream()
                        .filter(x -> x.number().equals(a.annex()))
                        .map(ids::get)
                        .filter(Objects::nonNull)
                        .findFirst()
                        .map(x -> "#" + x);
            }
            if (href.isPresent()) {
                sb.append("<a class=\"rd-cite\"");
                id(c);
                sb.append(" href=\"");
                esc(href.get());
                sb.append("\">");
                esc(c.text());
                sb.append("</a>");
            } else {
                sb.append("<cite class=\"rd-cite\"");
                id(c);
                sb.append('>');
                esc(c.text());
                sb.append("</cite>");
            }
        }

        @Override
        public Void visitInstrumentCitation(InstrumentCitation node) {
            cite(node);
            return null;
        }

        @Override
        public Void visitUnResolutionCitation(UnResolutionCitation node) {
            cite(node);
            return null;
        }

        @Override
        public Void visitUnDocumentCitation(org.resdom.model.UnDocumentCitation node) {
            cite(node);
            return null;
        }

        @Override
        public Void visitNamedInstrumentCitation(org.resdom.model.NamedInstrumentCitation node) {
            cite(node);
            return null;
        }

        @Override
        public Void visitProvisionCitation(ProvisionCitation node) {
            cite(node);
            return null;
        }

        @Override
        public Void visitAnnexCitation(AnnexCitation node) {
            cite(node);
            return null;
        }

        @Override
        public Void visitOtherCitation(OtherCitation node) {
            cite(node);
            return null;
        }
    }

    /** Configures an {@link HtmlResolutionWriter}. */
    public static final class Builder {
        private Function<Citation, Optional<String>> links = HtmlResolutionWriter::defaultLink;
        private boolean toolbar = true;

        private Builder() {}

        /**
         * How citations link: a function giving the address of a cited text, or empty for none
         * (then the citation is a {@code <cite>}). Whatever it gives, an annex citation that
         * finds no address links to the annex in the page.
         *
         * @param value the function
         * @return this builder
         */
        public Builder links(Function<Citation, Optional<String>> value) {
            this.links = Objects.requireNonNull(value, "value must not be null");
            return this;
        }

        /**
         * @param value whether a document with revision marks gets the buttons that switch between
         *        the changes, the text after and the text before (on by default)
         * @return this builder
         */
        public Builder toolbar(boolean value) {
            this.toolbar = value;
            return this;
        }

        /** @return the writer */
        public HtmlResolutionWriter build() {
            return new HtmlResolutionWriter(this);
        }
    }
}
