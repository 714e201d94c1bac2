package org.resdom.model;

import java.lang.ref.SoftReference;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Computes element identifiers in the Akoma Ntoso style from the structure. See
 * {@link Resolution#elements()} for the scheme.
 */
final class ElementIds {

    private final List<Located<Node>> out = new ArrayList<>();

    private ElementIds() {}

    /** The document whose identifiers were computed last, and them (the model is immutable). */
    private record Last(Resolution resolution, List<Located<Node>> elements) {}

    /**
     * The last computation, softly held: a reader that checks the identifiers and a writer that
     * writes them, or two writers of the same document, compute them once. Compared by identity,
     * never by {@code equals} (which would walk the whole document).
     */
    private static volatile SoftReference<Last> last = new SoftReference<>(null);

    static List<Located<Node>> of(Resolution r) {
        Last cached = last.get();
        if (cached != null && cached.resolution() == r) {
            return cached.elements();
        }
        ElementIds ids = new ElementIds();
        ids.resolution(r);
        List<Located<Node>> elements = List.copyOf(ids.out);
        last = new SoftReference<>(new Last(r, elements));
        return elements;
    }

    private Located<Node> add(Node node, String id, Located<Node> parent) {
        Located<Node> l = new Located<>(node, id, Optional.<Located<?>>ofNullable(parent));
        out.add(l);
        return l;
    }

    /** Work still to do, run last in first out: the walk needs no recursion however deep the document. */
    private final Deque<Runnable> todo = new ArrayDeque<>();

    private void resolution(Resolution r) {
        Located<Node> root = add(r, "", null);
        r.formula().ifPresent(f -> {
            Located<Node> lf = add(f, "preamble__formula_1", root);
            inlines(f.content(), lf, new HashMap<>());
            drain();
        });
        int i = 0;
        for (PreambleSection s : r.preamble()) {
            i++;
            String id = "preamble__container_" + i;
            Located<Node> ls = add(s, id, root);
            paragraphs(s.paragraphs(), id + "__list_1__item_", ls);
            drain();
        }
        i = 0;
        for (OperativeSection s : r.operative()) {
            i++;
            String id = "hcontainer_" + i;
            Located<Node> ls = add(s, id, root);
            paragraphs(s.paragraphs(), id + "__para_", ls);
            drain();
        }
        i = 0;
        for (Annex a : r.annexes()) {
            i++;
            String id = "att_" + i;
            Located<Node> la = add(a, id, root);
            paragraphs(a.paragraphs(), id + "__para_", la);
            drain();
        }
    }

    private void drain() {
        while (!todo.isEmpty()) {
            todo.pop().run();
        }
    }

    /**
     * Schedules the identifiers of a list of paragraphs. A repeated key gets the suffix
     * {@code _2}, {@code _3} …: one counter per key, so a list of any length takes one pass.
     */
    private void paragraphs(List<Paragraph> list, String prefix, Located<Node> parent) {
        if (!list.isEmpty()) {
            todo.push(new ParagraphList(list, prefix, parent));
        }
    }

    /** The paragraphs of one list, taken one at a time so that each one's subtree comes before the next. */
    private final class ParagraphList implements Runnable {
        private final List<Paragraph> list;
        private final String prefix;
        private final Located<Node> parent;
        private final Map<String, Integer> seen = new HashMap<>();
        private int position;

        ParagraphList(List<Paragraph> list, String prefix, Located<Node> parent) {
            this.list = list;
            this.prefix = prefix;
            this.parent = parent;
        }

        @Override
        public void run() {
            Paragraph p = list.get(position++);
            if (position < list.size()) {
                todo.push(this);
            }
            String key =
                    p.label().map(ElementIds::key).filter(k -> !k.isEmpty()).orElse(String.valueOf(position));
            // keys hold no '_', so "key_n" never equals another key
            int n = seen.merge(key, 1, Integer::sum);
            String id = prefix + (n == 1 ? key : key + "_" + n);
            Located<Node> lp = add(p, id, parent);
            Map<String, Integer> counters = new HashMap<>();
            // pushed in reverse: anchors, content, items, wrap-up
            todo.push(() -> inlines(p.wrapUp(), lp, counters));
            paragraphs(p.items(), id + "__list_1__point_", lp);
            todo.push(() -> inlines(p.content(), lp, counters));
            todo.push(() -> inlines(p.anchors(), lp, counters));
        }
    }

    private void inlines(List<? extends Inline> list, Located<Node> parent, Map<String, Integer> counters) {
        if (!list.isEmpty()) {
            todo.push(new InlineList(list, parent, counters));
        }
    }

    /** The inline nodes of one list, one at a time, each one's content before the next. */
    private final class InlineList implements Runnable {
        private final List<? extends Inline> list;
        private final Located<Node> parent;
        private final Map<String, Integer> counters;
        private int position;

        InlineList(List<? extends Inline> list, Located<Node> parent, Map<String, Integer> counters) {
            this.list = list;
            this.parent = parent;
            this.counters = counters;
        }

        @Override
        public void run() {
            Inline i = list.get(position++);
            if (position < list.size()) {
                todo.push(this);
            }
            String type = type(i);
            if (type == null) {
                return;
            }
            int n = counters.merge(type, 1, Integer::sum);
            Located<Node> li = add(i, parent.id() + "__" + type + "_" + n, parent);
            List<? extends Node> children = i.children();
            if (!children.isEmpty()) {
                List<Inline> inner = new ArrayList<>(children.size());
                for (Node c : children) {
                    inner.add((Inline) c);
                }
                inlines(inner, li, new HashMap<>());
            }
        }
    }

    private static String type(Inline i) {
        return i.accept(InlineType.INSTANCE);
    }

    /**
     * The element name an inline node's identifier is built from ({@code null} for text, which
     * has none): one method per node type, so a new type fails to compile here until it is named.
     */
    private static final class InlineType implements Visitor<String> {
        static final InlineType INSTANCE = new InlineType();

        @Override
        public String visitText(Text node) {
            return null;
        }

        @Override
        public String visitAnchor(Anchor node) {
            return "anchor";
        }

        @Override
        public String visitFootnoteRef(FootnoteRef node) {
            return "noteRef";
        }

        @Override
        public String visitFootnote(Footnote node) {
            return "authorialNote";
        }

        @Override
        public String visitInserted(Inserted node) {
            return "ins";
        }

        @Override
        public String visitDeleted(Deleted node) {
            return "del";
        }

        @Override
        public String visitBracketed(Bracketed node) {
            return "bracket";
        }

        @Override
        public String visitUnrecognized(Unrecognized node) {
            return "unrecognized";
        }

        @Override
        public String visitUnknownElement(UnknownElement node) {
            return "unknown";
        }

        @Override
        public String visitInstrumentCitation(InstrumentCitation node) {
            return "ref";
        }

        @Override
        public String visitUnResolutionCitation(UnResolutionCitation node) {
            return "ref";
        }

        @Override
        public String visitUnDocumentCitation(UnDocumentCitation node) {
            return "ref";
        }

        @Override
        public String visitNamedInstrumentCitation(NamedInstrumentCitation node) {
            return "ref";
        }

        @Override
        public String visitProvisionCitation(ProvisionCitation node) {
            return "ref";
        }

        @Override
        public String visitAnnexCitation(AnnexCitation node) {
            return "ref";
        }

        @Override
        public String visitOtherCitation(OtherCitation node) {
            return "ref";
        }

        // Structure never stands in inline content (Inline is sealed): these cannot be reached.

        private static String notInline(Node node) {
            throw new IllegalStateException(
                    "not inline content: " + node.getClass().getName());
        }

        @Override
        public String visitResolution(Resolution node) {
            return notInline(node);
        }

        @Override
        public String visitOpeningFormula(OpeningFormula node) {
            return notInline(node);
        }

        @Override
        public String visitPreambleSection(PreambleSection node) {
            return notInline(node);
        }

        @Override
        public String visitOperativeSection(OperativeSection node) {
            return notInline(node);
        }

        @Override
        public String visitParagraph(Paragraph node) {
            return notInline(node);
        }

        @Override
        public String visitAnnex(Annex node) {
            return notInline(node);
        }
    }

    /** The identifier key of a label: its value (and suffix), reduced to [a-z0-9-]. */
    static String key(Label label) {
        switch (label.style()) {
            case DASH:
            case BULLET:
            case OTHER:
                return "";
            default:
                break;
        }
        String v = label.value() + label.suffix().orElse("");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                sb.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                sb.append(Character.toLowerCase(c));
            } else if (c == '.') {
                sb.append('-');
            } else if (Character.isLetterOrDigit(c)) {
                sb.append('u').append(Integer.toHexString(c).toLowerCase(Locale.ROOT));
            }
        }
        return sb.toString();
    }
}
