package org.resdom.io.akn;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.resdom.io.ResolutionWriter;
import org.resdom.io.layout.LayoutResolutionReader;
import org.resdom.model.Anchor;
import org.resdom.model.Annex;
import org.resdom.model.AnnexCitation;
import org.resdom.model.Bracketed;
import org.resdom.model.Citation;
import org.resdom.model.Deleted;
import org.resdom.model.DocumentKind;
import org.resdom.model.Footnote;
import org.resdom.model.FootnoteRef;
import org.resdom.model.Identity;
import org.resdom.model.Inline;
import org.resdom.model.Inserted;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.Label;
import org.resdom.model.Located;
import org.resdom.model.NamedInstrumentCitation;
import org.resdom.model.Nesting;
import org.resdom.model.Node;
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
import org.resdom.model.RevisionMark;
import org.resdom.model.SourceSpan;
import org.resdom.model.Text;
import org.resdom.model.UnDocumentCitation;
import org.resdom.model.UnResolutionCitation;
import org.resdom.model.UnknownElement;
import org.resdom.model.Unrecognized;
import org.resdom.model.Visitor;

/**
 * Writes Akoma Ntoso 3.0 the way the UN marks up resolutions (AKN4UN): a
 * {@code <statement name="resolution">} with FRBR identification, preface, preamble
 * containers, operative {@code hcontainer}s, footnotes as {@code authorialNote}, citations as
 * {@code ref} and annexes as attachments. Every document written is valid against the
 * official OASIS schema, and {@link AknResolutionReader} reads it back into an equal model:
 * what Akoma Ntoso has no element for is carried by {@code class}/{@code name} attributes and
 * by a {@code <proprietary source="#resdom">} block (see {@code docs/akoma-ntoso.md}).
 *
 * <pre>{@code
 * String xml = AknResolutionWriter.create().write(resolution);
 * }</pre>
 *
 * Immutable and thread-safe. Characters XML 1.0 cannot carry (C0 controls other than TAB, LF
 * and CR, U+FFFE, U+FFFF, unpaired surrogates) are written losslessly: in text as
 * {@code <inline name="resdomChar" title="U+0001"/>}, in attribute values with a backslash
 * escape ({@code \}{@code u0001}, {@code \\}) that the document declares on its
 * {@code rd:resdom} element; a document without such characters is written without escapes.
 */
public final class AknResolutionWriter implements ResolutionWriter {

    private final boolean declaration;

    private AknResolutionWriter(Builder builder) {
        this.declaration = builder.declaration;
    }

    /** @return a writer with the default settings */
    public static AknResolutionWriter create() {
        return builder().build();
    }

    /** @return a builder with the default settings */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String format() {
        return "akn";
    }

    @Override
    public void write(Resolution resolution, Writer out) throws IOException {
        Objects.requireNonNull(resolution, "resolution must not be null");
        Objects.requireNonNull(out, "out must not be null");
        Nesting.requireWithinMax(resolution, "the Akoma Ntoso writer");
        Job job;
        try {
            job = new Job(resolution, false).run();
        } catch (XmlOut.EscapesNeeded e) {
            job = new Job(resolution, true).run();
        }
        if (declaration) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        }
        job.writeTo(out);
        out.write('\n');
        out.flush();
    }

    /** Writes to a string: the parts go straight into one builder, copied once into the string. */
    @Override
    public String write(Resolution resolution) {
        Objects.requireNonNull(resolution, "resolution must not be null");
        Nesting.requireWithinMax(resolution, "the Akoma Ntoso writer");
        Job job;
        try {
            job = new Job(resolution, false).run();
        } catch (XmlOut.EscapesNeeded e) {
            job = new Job(resolution, true).run();
        }
        StringBuilder sb = new StringBuilder(job.length() + 64);
        if (declaration) {
            sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        }
        job.appendTo(sb);
        return sb.append('\n').toString();
    }

    /** Configures a {@link AknResolutionWriter}. */
    public static final class Builder {
        private boolean declaration = true;

        private Builder() {}

        /**
         * @param value whether to start with an XML declaration (default true)
         * @return this builder
         */
        public Builder xmlDeclaration(boolean value) {
            this.declaration = value;
            return this;
        }

        /** @return the writer */
        public AknResolutionWriter build() {
            return new AknResolutionWriter(this);
        }
    }

    /** One write: the resolution, its element ids, and resdom's facts collected on the way. */
    private static final class Job {
        private final Resolution r;
        private final Map<Node, ArrayDeque<String>> ids = new IdentityHashMap<>();
        private final Set<String> used = new HashSet<>();
        private final StringBuilder facts = new StringBuilder();
        private final XmlOut rd;
        private final boolean escapes;
        private final String date;
        private final boolean paged;
        private final String work;
        private final String expression;
        private int fallback;

        Job(Resolution r, boolean escapes) {
            this.r = r;
            this.escapes = escapes;
            for (Located<Node> l : r.elements()) {
                ids.computeIfAbsent(l.node(), k -> new ArrayDeque<>()).add(l.id());
            }
            this.rd = new XmlOut(facts, 5, escapes);
            this.date = date(r);
            this.paged = r.hints().get(LayoutResolutionReader.META_PAGES).isPresent();
            Identity id = r.identity();
            this.work = "/akn/un/statement/deliberation/" + Akn.actor(id.body()) + "/" + date + "/"
                    + id.number().map(Akn::segment).orElse("unnumbered");
            this.expression = work + "/" + id.language().iso3() + "@" + date;
        }

        /**
         * The date of the work: the adoption date an Akoma Ntoso source gave ({@code akn.date}),
         * else the one a masthead gave ({@code layout.adopted}), else the latest revision's year as
         * {@code YYYY-01-01}, else {@value Akn#DEFAULT_DATE}.
         */
        static String date(Resolution r) {
            for (String key : new String[] {"akn.date", LayoutResolutionReader.META_ADOPTED}) {
                Optional<String> d = r.hints().get(key).filter(Akn::isDate);
                if (d.isPresent()) {
                    return d.get();
                }
            }
            return r.identity().latest().map(v -> v.year() + "-01-01").orElse(Akn.DEFAULT_DATE);
        }

        /**
         * Where a section or paragraph stood in a paged source (a PDF, or extracted text with
         * form feeds): {@code rd:position eId page line}, the page and the line on it of its first
         * line, as the layout reader gave them in its span.
         */
        void position(String eId, Optional<SourceSpan> span) {
            if (paged && span.isPresent()) {
                rd.open("rd:position")
                        .attr("eId", eId)
                        .attr("page", String.valueOf(span.get().line()))
                        .attr("line", String.valueOf(span.get().column()))
                        .close();
            }
        }

        /** The model's id of a node (each occurrence of a shared instance gets its own). */
        String id(Node n) {
            ArrayDeque<String> q = ids.get(n);
            String id = q == null || q.isEmpty() ? null : q.poll();
            while (id == null || !used.add(id)) {
                id = "resdom_" + (++fallback);
            }
            return id;
        }

        /** The document before the body (its metadata needs what the body collects), the body, the end. */
        private final StringBuilder head = new StringBuilder(4096);

        private final StringBuilder body = new StringBuilder(1 << 14);
        private int cut;
        private final Map<String, PreamblePhrase> preambleOf = new HashMap<>();
        private final Map<String, OperativePhrase> operativeOf = new HashMap<>();

        int length() {
            return head.length() + body.length();
        }

        void appendTo(StringBuilder out) {
            out.append(head, 0, cut).append(body).append(head, cut, head.length());
        }

        /** Writes the parts without joining them: no copy of the whole document. */
        void writeTo(Writer out) throws IOException {
            char[] buf = new char[8192];
            copy(head, 0, cut, buf, out);
            copy(body, 0, body.length(), buf, out);
            copy(head, cut, head.length(), buf, out);
        }

        private static void copy(StringBuilder from, int start, int end, char[] buf, Writer out) throws IOException {
            for (int i = start; i < end; i += buf.length) {
                int n = Math.min(buf.length, end - i);
                from.getChars(i, i + n, buf, 0);
                out.write(buf, 0, n);
            }
        }

        Job run() {
            XmlOut b = new XmlOut(body, 2, escapes);
            preface(b);
            preamble(b);
            mainBody(b);
            attachments(b);

            StringBuilder sb = head;
            XmlOut x = new XmlOut(sb, 0, escapes);
            x.open("akomaNtoso").attr("xmlns", Akn.NS);
            x.open("statement").attr("name", r.identity().kind().code()).attr("contains", "originalVersion");
            x.open("meta");
            identification(x, "!main");
            x.open("references").attr("source", Akn.SOURCE);
            String actor = Akn.actor(r.identity().body());
            x.open("TLCOrganization")
                    .attr("eId", actor)
                    .attr("href", "/akn/ontology/organization/un/" + actor)
                    .attr("showAs", Akn.showAs(r.identity().body()))
                    .close();
            x.open("TLCOrganization")
                    .attr("eId", "resdom")
                    .attr("href", "/akn/ontology/organization/resdom")
                    .attr("showAs", "resdom")
                    .close();
            x.open("TLCRole")
                    .attr("eId", "author")
                    .attr("href", "/akn/ontology/role/un/author")
                    .attr("showAs", "Author")
                    .close();
            x.open("TLCRole")
                    .attr("eId", "editor")
                    .attr("href", "/akn/ontology/role/un/editor")
                    .attr("showAs", "Editor")
                    .close();
            x.close();
            proprietary(x);
            x.close();
            x.blockChildrenFollow();
            cut = sb.length();
            x.close();
            x.close();
            return this;
        }

        void identification(XmlOut x, String component) {
            Identity id = r.identity();
            String actor = "#" + Akn.actor(id.body());
            x.open("identification").attr("source", Akn.SOURCE);
            x.open("FRBRWork");
            x.open("FRBRthis").attr("value", work + "/" + component).close();
            x.open("FRBRuri").attr("value", work).close();
            x.open("FRBRdate").attr("date", date).attr("name", "adoption").close();
            x.open("FRBRauthor").attr("href", actor).attr("as", "#author").close();
            x.open("FRBRcountry").attr("value", "un").close();
            x.open("FRBRsubtype").attr("value", "deliberation").close();
            if (id.number().isPresent()) {
                x.open("FRBRnumber").value("value", id.number().get()).close();
            }
            if (id.title().isPresent()) {
                x.open("FRBRname").value("value", id.title().get()).close();
            }
            x.close();
            x.open("FRBRExpression");
            x.open("FRBRthis").attr("value", expression + "/" + component).close();
            x.open("FRBRuri").attr("value", expression).close();
            x.open("FRBRdate").attr("date", date).attr("name", "adoption").close();
            x.open("FRBRauthor").attr("href", actor).attr("as", "#author").close();
            x.open("FRBRlanguage").attr("language", id.language().iso3()).close();
            x.close();
            x.open("FRBRManifestation");
            x.open("FRBRthis")
                    .attr("value", expression + "/" + component + ".xml")
                    .close();
            x.open("FRBRuri").attr("value", expression + ".xml").close();
            x.open("FRBRdate").attr("date", date).attr("name", "markup").close();
            x.open("FRBRauthor").attr("href", Akn.SOURCE).attr("as", "#editor").close();
            x.open("FRBRformat").attr("value", "xml").close();
            x.close();
            x.close();
        }

        void proprietary(XmlOut x) {
            Identity id = r.identity();
            x.open("proprietary").attr("source", Akn.SOURCE);
            x.open("rd:resdom").attr("xmlns:rd", Akn.RD).attr("version", "1");
            if (escapes) {
                x.attr(Akn.ESCAPES, Akn.ESCAPES_BACKSLASH);
            }
            x.open("rd:identity")
                    .attr("body", id.body().name())
                    .attr("kind", id.kind().name())
                    .attr("language", id.language().name());
            id.number().ifPresent(n -> x.value("number", n));
            for (Revision v : id.history()) {
                x.open("rd:revision")
                        .attr("revised", String.valueOf(v.revised()))
                        .value("place", v.place())
                        .attr("year", String.valueOf(v.year()))
                        .close();
            }
            x.close();
            // source hints are written among the metadata under their namespaced keys; the reader gives them back as
            // hints
            Map<String, String> entries = new java.util.TreeMap<>(r.metadata());
            entries.putAll(r.hints().values());
            for (Map.Entry<String, String> e : entries.entrySet()) {
                x.open("rd:entry")
                        .value("key", e.getKey())
                        .value("value", e.getValue())
                        .close();
            }
            x.raw(facts);
            x.close();
            x.close();
        }

        void preface(XmlOut x) {
            Identity id = r.identity();
            if (id.heading().isEmpty() && id.title().isEmpty() && id.number().isEmpty()) {
                return;
            }
            x.open("preface");
            if (id.heading().isPresent()) {
                String h = id.heading().get();
                x.open("p").attr("class", Akn.CLASS_HEADING);
                int sp = h.indexOf(' ');
                if (sp > 0) {
                    x.inline("docType").text(h.substring(0, sp)).close().text(" ");
                    x.inline("docNumber").text(h.substring(sp + 1)).close();
                } else {
                    x.inline("docType").text(h).close();
                }
                x.close();
            } else if (id.number().isPresent()) {
                x.open("p").attr("class", Akn.CLASS_NUMBER);
                x.inline("docNumber").text(id.number().get()).close();
                x.close();
            }
            if (id.title().isPresent()) {
                x.open("p").attr("class", Akn.CLASS_TITLE);
                x.inline("docTitle").text(id.title().get()).close();
                x.close();
            }
            x.close();
        }

        void preamble(XmlOut x) {
            if (r.formula().isEmpty() && r.preamble().isEmpty()) {
                return;
            }
            x.open("preamble");
            r.formula().ifPresent(f -> {
                x.open("formula").attr("name", "enactingFormula").attr("eId", id(f));
                x.open("p");
                inlines(x, f.content());
                x.close();
                x.close();
            });
            for (PreambleSection s : r.preamble()) {
                container(x, s);
            }
            x.close();
        }

        static boolean runsInline(Paragraph p) {
            return p.label().isEmpty()
                    && p.anchors().isEmpty()
                    && p.items().isEmpty()
                    && p.wrapUp().isEmpty()
                    && !p.content().isEmpty();
        }

        void container(XmlOut x, PreambleSection s) {
            String sid = id(s);
            PreamblePhrase phrase = s.phrase();
            x.open("container").attr("name", phrase.kind().camelName()).attr("eId", sid);
            position(sid, s.span());
            if (!phrase.equals(preambleOf.computeIfAbsent(phrase.text(), PreamblePhrase::of))) {
                rd.open("rd:phrase").attr("eId", sid).attr("kind", phrase.kind().name());
                phrase.qualifier().ifPresent(q -> rd.value("qualifier", q));
                rd.close();
            }
            List<Paragraph> rest = s.paragraphs();
            boolean inline = s.runIn() && runsInline(rest.get(0));
            x.open("p");
            if (inline) {
                String pid = id(rest.get(0));
                x.attr("eId", pid);
                position(pid, rest.get(0).span());
            } else if (s.runIn()) {
                x.attr("class", Akn.CLASS_RUN_IN);
            }
            x.inline("i").text(phrase.text()).close();
            if (inline) {
                x.text(" ");
                inlines(x, rest.get(0).content());
                rest = rest.subList(1, rest.size());
            }
            x.close();
            if (!rest.isEmpty()) {
                x.open("blockList").attr("eId", sid + "__list_1");
                for (Paragraph p : rest) {
                    item(x, p);
                }
                x.close();
            }
            x.close();
        }

        void label(XmlOut x, Paragraph p, String pid) {
            if (p.label().isEmpty()) {
                return;
            }
            Label l = p.label().get();
            x.open("num").text(l.text()).close();
            if (!l.equals(Label.of(l.text()))) {
                rd.open("rd:label")
                        .attr("eId", pid)
                        .attr("style", l.style().name())
                        .value("value", l.value())
                        .value("separator", l.separator());
                l.suffix().ifPresent(v -> rd.value("suffix", v));
                rd.close();
            }
        }

        /** A paragraph without items: its text (anchors first) in a {@code p}, its wrap-up in another. */
        void textOf(XmlOut x, Paragraph p) {
            x.open("p");
            anchors(x, p);
            inlines(x, p.content());
            x.close();
            if (!p.wrapUp().isEmpty()) {
                x.open("p").attr("class", Akn.CLASS_WRAP_UP);
                inlines(x, p.wrapUp());
                x.close();
            }
        }

        /** A preamble paragraph: {@code item} in a {@code blockList}. */
        void item(XmlOut x, Paragraph p) {
            String pid = id(p);
            x.open("item").attr("eId", pid);
            position(pid, p.span());
            label(x, p, pid);
            if (p.items().isEmpty()) {
                textOf(x, p);
            } else {
                x.open("blockList").attr("eId", pid + "__list_1");
                if (!p.anchors().isEmpty() || !p.content().isEmpty()) {
                    x.open("listIntroduction");
                    anchors(x, p);
                    inlines(x, p.content());
                    x.close();
                }
                for (Paragraph q : p.items()) {
                    item(x, q);
                }
                if (!p.wrapUp().isEmpty()) {
                    x.open("listWrapUp");
                    inlines(x, p.wrapUp());
                    x.close();
                }
                x.close();
            }
            x.close();
        }

        void mainBody(XmlOut x) {
            x.open("mainBody");
            boolean any = false;
            boolean previousBare = false;
            for (OperativeSection s : r.operative()) {
                if (s.phrase().isEmpty() && !s.paragraphs().isEmpty() && !previousBare) {
                    position(id(s), s.span());
                    for (Paragraph p : s.paragraphs()) {
                        hier(x, "paragraph", p);
                    }
                    previousBare = true;
                } else {
                    hcontainer(x, s);
                    previousBare = false;
                }
                any = true;
            }
            if (!any) {
                x.open("p").attr("class", Akn.CLASS_EMPTY).close();
            }
            x.close();
        }

        void hcontainer(XmlOut x, OperativeSection s) {
            String sid = id(s);
            position(sid, s.span());
            x.open("hcontainer")
                    .attr("name", s.phrase().map(p -> p.action().camelName()).orElse(Akn.NAME_PHRASELESS))
                    .attr("eId", sid);
            s.phrase().ifPresent(phrase -> {
                if (!phrase.equals(operativeOf.computeIfAbsent(phrase.text(), OperativePhrase::of))) {
                    rd.open("rd:phrase")
                            .attr("eId", sid)
                            .attr("action", phrase.action().name());
                    phrase.qualifier().ifPresent(q -> rd.value("qualifier", q));
                    phrase.addressee().ifPresent(q -> rd.value("addressee", q));
                    rd.close();
                }
            });
            if (s.paragraphs().isEmpty()) {
                x.open("content");
                if (s.phrase().isPresent()) {
                    x.open("p")
                            .inline("i")
                            .text(s.phrase().get().text())
                            .close()
                            .close();
                } else {
                    x.open("p").attr("class", Akn.CLASS_EMPTY).close();
                }
                x.close();
            } else {
                if (s.phrase().isPresent()) {
                    x.open("intro").attr("eId", sid + "__intro");
                    x.open("p");
                    if (s.runIn()) {
                        x.attr("class", Akn.CLASS_RUN_IN);
                    }
                    x.inline("i").text(s.phrase().get().text()).close();
                    x.close();
                    x.close();
                }
                for (Paragraph p : s.paragraphs()) {
                    hier(x, "paragraph", p);
                }
            }
            x.close();
        }

        /** An operative or annex paragraph ({@code paragraph}) or a sub-item ({@code point}). */
        void hier(XmlOut x, String element, Paragraph p) {
            String pid = id(p);
            x.open(element).attr("eId", pid);
            position(pid, p.span());
            label(x, p, pid);
            if (p.items().isEmpty()) {
                x.open("content");
                textOf(x, p);
                x.close();
            } else {
                String lid = pid + "__list_1";
                x.open("list").attr("eId", lid);
                if (!p.anchors().isEmpty() || !p.content().isEmpty()) {
                    x.open("intro").attr("eId", lid + "__intro");
                    x.open("p");
                    anchors(x, p);
                    inlines(x, p.content());
                    x.close();
                    x.close();
                }
                for (Paragraph q : p.items()) {
                    hier(x, "point", q);
                }
                if (!p.wrapUp().isEmpty()) {
                    x.open("wrapUp").attr("eId", lid + "__wrapup");
                    x.open("p");
                    inlines(x, p.wrapUp());
                    x.close();
                    x.close();
                }
                x.close();
            }
            x.close();
        }

        void attachments(XmlOut x) {
            if (r.annexes().isEmpty()) {
                return;
            }
            x.open("attachments");
            int k = 0;
            for (Annex a : r.annexes()) {
                k++;
                x.open("attachment").attr("eId", id(a));
                x.open("doc").attr("name", "annex");
                x.open("meta");
                identification(x, "!annex_" + k);
                x.close();
                x.open("preface");
                a.number()
                        .ifPresent(n -> x.open("p")
                                .attr("class", Akn.CLASS_NUMBER)
                                .inline("docNumber")
                                .text(n)
                                .close()
                                .close());
                x.open("p")
                        .attr("class", Akn.CLASS_HEADING)
                        .inline("docType")
                        .text(a.heading())
                        .close()
                        .close();
                a.title()
                        .ifPresent(t -> x.open("p")
                                .attr("class", Akn.CLASS_TITLE)
                                .inline("docTitle")
                                .text(t)
                                .close()
                                .close());
                x.close();
                x.open("mainBody");
                for (Paragraph p : a.paragraphs()) {
                    hier(x, "paragraph", p);
                }
                if (a.paragraphs().isEmpty()) {
                    x.open("p").attr("class", Akn.CLASS_EMPTY).close();
                }
                x.close();
                x.close();
                x.close();
            }
            x.close();
        }

        void anchors(XmlOut x, Paragraph p) {
            for (Anchor a : p.anchors()) {
                x.inline("inline")
                        .attr("name", Akn.NAME_ANCHOR)
                        .attr("class", Akn.CLASS_LEADING)
                        .attr("eId", id(a))
                        .value("title", a.name())
                        .close();
            }
        }

        /**
         * Writes inline content. A footnote's body is written at its call-out: each
         * {@link FootnoteRef} is paired with the first later {@link Footnote} of the same list
         * with the same marker.
         */
        void inlines(XmlOut x, List<Inline> list) {
            int n = list.size();
            int[] bodyOf = new int[n];
            boolean[] taken = new boolean[n];
            java.util.Arrays.fill(bodyOf, -1);
            for (int i = 0; i < n; i++) {
                if (list.get(i) instanceof FootnoteRef ref) {
                    for (int j = i + 1; j < n; j++) {
                        if (!taken[j]
                                && list.get(j) instanceof Footnote f
                                && f.marker().equals(ref.marker())) {
                            bodyOf[i] = j;
                            taken[j] = true;
                            break;
                        }
                    }
                }
            }
            new InlineWriter(x, list, bodyOf, taken).run();
        }

        /**
         * Writes one list of inline content: one method per node type, so a new type fails to
         * compile here until it is given its markup. The footnote pairing of the list is known.
         */
        private final class InlineWriter implements Visitor<Void> {
            private final XmlOut x;
            private final List<Inline> list;
            private final int[] bodyOf;
            private final boolean[] taken;
            private final String[] noteIds;
            private int i;

            InlineWriter(XmlOut x, List<Inline> list, int[] bodyOf, boolean[] taken) {
                this.x = x;
                this.list = list;
                this.bodyOf = bodyOf;
                this.taken = taken;
                this.noteIds = new String[list.size()];
            }

            void run() {
                for (i = 0; i < list.size(); i++) {
                    list.get(i).accept(this);
                }
            }

            @Override
            public Void visitText(Text t) {
                x.text(t.text());
                return null;
            }

            @Override
            public Void visitFootnoteRef(FootnoteRef ref) {
                String refId = id(ref);
                int j = bodyOf[i];
                if (j < 0) {
                    x.inline("authorialNote")
                            .value("marker", ref.marker())
                            .attr("placement", "bottom")
                            .attr("class", Akn.CLASS_REF_ONLY)
                            .attr("eId", refId);
                    x.inline("p").close();
                    x.close();
                } else {
                    Footnote f = (Footnote) list.get(j);
                    String fid = id(f);
                    noteIds[j] = fid;
                    x.inline("authorialNote").value("marker", ref.marker()).attr("placement", "bottom");
                    if (j != i + 1) {
                        x.attr("class", Akn.CLASS_BODY_MOVED);
                    }
                    x.attr("eId", fid);
                    x.inline("p");
                    inlines(x, f.content());
                    x.close();
                    x.close();
                }
                return null;
            }

            @Override
            public Void visitFootnote(Footnote f) {
                if (taken[i]) {
                    if (i == 0 || bodyOf[i - 1] != i) {
                        x.inline("inline")
                                .attr("name", Akn.NAME_NOTE_BODY)
                                .attr("refersTo", "#" + noteIds[i])
                                .close();
                    }
                } else {
                    x.inline("authorialNote")
                            .value("marker", f.marker())
                            .attr("placement", "bottom")
                            .attr("class", Akn.CLASS_BODY_ONLY)
                            .attr("eId", id(f));
                    x.inline("p");
                    inlines(x, f.content());
                    x.close();
                    x.close();
                }
                return null;
            }

            @Override
            public Void visitAnchor(Anchor a) {
                x.inline("inline")
                        .attr("name", Akn.NAME_ANCHOR)
                        .attr("eId", id(a))
                        .value("title", a.name())
                        .close();
                return null;
            }

            @Override
            public Void visitInserted(Inserted m) {
                return mark("ins", m);
            }

            @Override
            public Void visitDeleted(Deleted m) {
                return mark("del", m);
            }

            private <M extends Inline & RevisionMark> Void mark(String element, M m) {
                x.inline(element).attr("eId", id(m));
                change(x, m.author(), m.date(), m.move());
                inlines(x, m.content());
                x.close();
                return null;
            }

            @Override
            public Void visitBracketed(Bracketed m) {
                x.inline("span").attr("class", Akn.CLASS_BRACKETED).attr("eId", id(m));
                x.text("[");
                inlines(x, m.content());
                x.text("]");
                x.close();
                return null;
            }

            @Override
            public Void visitUnrecognized(Unrecognized u) {
                x.inline("span")
                        .attr("class", Akn.CLASS_UNRECOGNIZED)
                        .attr("eId", id(u))
                        .text(u.raw())
                        .close();
                return null;
            }

            /**
             * The element itself, with its attributes and content, marked {@code rd:unknown} so
             * that it is read back as an unknown element whatever its name. A foreign element
             * and foreign attributes get prefixes declared on the element.
             */
            @Override
            public Void visitUnknownElement(UnknownElement u) {
                Map<String, String> prefixes = new LinkedHashMap<>();
                prefixes.put(Akn.RD, "rd");
                String qname = u.foreign() ? prefix(prefixes, u.namespace()) + ":" + u.name() : u.name();
                List<String[]> attrs = new ArrayList<>();
                for (UnknownElement.Attribute a : u.attributes()) {
                    String q = a.namespace().isEmpty() ? a.name() : prefix(prefixes, a.namespace()) + ":" + a.name();
                    attrs.add(new String[] {q, a.value()});
                }
                x.inline(qname);
                for (Map.Entry<String, String> p : prefixes.entrySet()) {
                    if (!p.getValue().equals("xml")) {
                        x.attr("xmlns:" + p.getValue(), p.getKey());
                    }
                }
                x.attr("rd:" + Akn.ATTR_UNKNOWN, "element");
                for (String[] a : attrs) {
                    if (!a[0].equals("rd:" + Akn.ATTR_UNKNOWN)) {
                        x.value(a[0], a[1]);
                    }
                }
                inlines(x, u.content());
                x.close();
                return null;
            }

            /** The prefix of a namespace on the element being written, declared once. */
            private String prefix(Map<String, String> prefixes, String namespace) {
                if (namespace.equals(javax.xml.XMLConstants.XML_NS_URI)) {
                    return "xml";
                }
                return prefixes.computeIfAbsent(namespace, k -> "u" + prefixes.size());
            }

            /**
             * Writes a citation's link and opens its {@code rd:cite} facts, which the caller
             * completes and closes.
             */
            private void cite(Citation c, String href, Optional<String> target, String type) {
                String cid = id(c);
                // a link read from a source is written back as the source had it: <a href>
                x.inline(target.isPresent() ? "a" : "ref")
                        .attr("eId", cid)
                        .attr("href", href)
                        .attr("class", c.kind().code())
                        .text(c.text())
                        .close();
                rd.open("rd:cite").attr("eId", cid).attr("type", type);
            }

            @Override
            public Void visitInstrumentCitation(InstrumentCitation c) {
                cite(c, CitationLinks.href(c, r), Optional.empty(), "instrument");
                rd.attr("document", c.document().name())
                        .attr("brackets", c.brackets().name());
                c.body().ifPresent(b -> rd.attr("body", b.name()));
                for (String num : c.numbers()) {
                    rd.open("rd:number").value("value", num).close();
                }
                c.revision()
                        .ifPresent(v -> rd.open("rd:revision")
                                .attr("revised", String.valueOf(v.revised()))
                                .value("place", v.place())
                                .attr("year", String.valueOf(v.year()))
                                .close());
                rd.close();
                return null;
            }

            @Override
            public Void visitUnResolutionCitation(UnResolutionCitation u) {
                cite(u, CitationLinks.href(u), u.target(), "un");
                rd.attr("body", u.body().name()).value("number", u.number());
                if (u.document() != DocumentKind.RESOLUTION) {
                    rd.attr("document", u.document().name());
                }
                u.target().ifPresent(v -> rd.value("target", v));
                rd.close();
                return null;
            }

            @Override
            public Void visitUnDocumentCitation(UnDocumentCitation u) {
                cite(u, CitationLinks.href(u), u.target(), "undoc");
                rd.value("symbol", u.symbol());
                u.target().ifPresent(v -> rd.value("target", v));
                rd.close();
                return null;
            }

            @Override
            public Void visitNamedInstrumentCitation(NamedInstrumentCitation n) {
                cite(n, CitationLinks.href(n), Optional.empty(), "named");
                rd.value("instrument", n.instrument());
                rd.close();
                return null;
            }

            @Override
            public Void visitProvisionCitation(ProvisionCitation p) {
                cite(p, CitationLinks.href(p), Optional.empty(), "provision");
                rd.attr("instrument", p.instrument().name());
                p.article().ifPresent(v -> rd.value("article", v));
                p.number().ifPresent(v -> rd.value("number", v));
                p.paragraph().ifPresent(v -> rd.value("paragraph", v));
                rd.close();
                return null;
            }

            @Override
            public Void visitAnnexCitation(AnnexCitation a) {
                cite(a, CitationLinks.href(a), Optional.empty(), "annex");
                a.annex().ifPresent(v -> rd.value("annex", v));
                a.appendix().ifPresent(v -> rd.value("appendix", v));
                rd.close();
                return null;
            }

            @Override
            public Void visitOtherCitation(OtherCitation c) {
                cite(c, CitationLinks.href(c), Optional.empty(), "other");
                rd.close();
                return null;
            }

            // Structure never stands in inline content (Inline is sealed): these cannot be reached.

            private Void notInline(Node n) {
                throw new IllegalStateException(
                        "not inline content: " + n.getClass().getName());
            }

            @Override
            public Void visitResolution(Resolution n) {
                return notInline(n);
            }

            @Override
            public Void visitOpeningFormula(OpeningFormula n) {
                return notInline(n);
            }

            @Override
            public Void visitPreambleSection(PreambleSection n) {
                return notInline(n);
            }

            @Override
            public Void visitOperativeSection(OperativeSection n) {
                return notInline(n);
            }

            @Override
            public Void visitParagraph(Paragraph n) {
                return notInline(n);
            }

            @Override
            public Void visitAnnex(Annex n) {
                return notInline(n);
            }
        }
    }

    /** Author, date and move of a tracked change, as resdom attributes (AKN allows other namespaces). */
    private static void change(XmlOut x, Optional<String> author, Optional<String> date, Optional<String> move) {
        if (author.isPresent() || date.isPresent() || move.isPresent()) {
            x.attr("xmlns:rd", Akn.RD);
            author.ifPresent(v -> x.value("rd:author", v));
            date.ifPresent(v -> x.value("rd:date", v));
            move.ifPresent(v -> x.value("rd:move", v));
        }
    }
}
