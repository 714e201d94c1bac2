package org.resdom.model;

import java.lang.ref.SoftReference;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
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
        // never changed again: handed out as it is, unmodifiable
        List<Located<Node>> elements = Collections.unmodifiableList(ids.out);
        last = new SoftReference<>(new Last(r, elements));
        return elements;
    }

    /**
     * @param parent the parent, as the element's {@link Located#parent()} (one instance shared by
     *        all the children of a parent)
     */
    private Located<Node> add(Node node, String id, Optional<Located<?>> parent) {
        Located<Node> l = new Located<>(node, id, parent);
        out.add(l);
        return l;
    }

    /** Work still to do, run last in first out: the walk needs no recursion however deep the document. */
    private final Deque<Runnable> todo = new ArrayDeque<>();

    private void resolution(Resolution r) {
        Optional<Located<?>> root = Optional.of(add(r, "", Optional.empty()));
        if (r.formula().isPresent()) {
            OpeningFormula f = r.formula().get();
            Located<Node> lf = add(f, "preamble__formula_1", root);
            inlines(f.content(), lf, Optional.of(lf), new int[TYPES.length]);
            drain();
        }
        int i = 0;
        for (PreambleSection s : r.preamble()) {
            i++;
            String id = "preamble__container_" + i;
            Located<Node> ls = add(s, id, root);
            paragraphs(s.paragraphs(), id + "__list_1__item_", Optional.of(ls));
            drain();
        }
        i = 0;
        for (OperativeSection s : r.operative()) {
            i++;
            String id = "hcontainer_" + i;
            Located<Node> ls = add(s, id, root);
            paragraphs(s.paragraphs(), id + "__para_", Optional.of(ls));
            drain();
        }
        i = 0;
        for (Annex a : r.annexes()) {
            i++;
            String id = "att_" + i;
            Located<Node> la = add(a, id, root);
            paragraphs(a.paragraphs(), id + "__para_", Optional.of(la));
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
     * {@code _2}, {@code _3} …: one counter per key, so a list of any length takes one pass
     * (the keys of a short list are compared one by one, a long list's are hashed).
     */
    private void paragraphs(List<Paragraph> list, String prefix, Optional<Located<?>> parent) {
        if (!list.isEmpty()) {
            todo.push(new ParagraphList(list, prefix, parent));
        }
    }

    /** The paragraphs of one list, taken one at a time so that each one's subtree comes before the next. */
    private final class ParagraphList implements Runnable {
        private final List<Paragraph> list;
        private final String prefix;
        private final Optional<Located<?>> parent;
        /** The keys met so far and their counts, in order (for a short list). */
        private String[] keys;

        private int[] counts;
        private int distinct;
        /** The keys and counts once the list is long. */
        private Map<String, Integer> seen;

        private int position;

        ParagraphList(List<Paragraph> list, String prefix, Optional<Located<?>> parent) {
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
            String key = p.label().isPresent() ? key(p.label().get()) : "";
            if (key.isEmpty()) {
                key = String.valueOf(position);
            }
            // keys hold no '_', so "key_n" never equals another key
            int n = count(key);
            String id = n == 1 ? prefix.concat(key) : prefix + key + "_" + n;
            Located<Node> lp = add(p, id, parent);
            Optional<Located<?>> ref = Optional.of(lp);
            int[] counters = new int[TYPES.length];
            // pushed in reverse: anchors, content, items, wrap-up
            inlines(p.wrapUp(), lp, ref, counters);
            paragraphs(p.items(), id + "__list_1__point_", ref);
            inlines(p.content(), lp, ref, counters);
            inlines(p.anchors(), lp, ref, counters);
        }

        /** @return how many times the key has been met in this list, this time included */
        private int count(String key) {
            if (seen != null) {
                return seen.merge(key, 1, Integer::sum);
            }
            if (keys == null) {
                keys = new String[Math.min(list.size(), SHORT_LIST)];
                counts = new int[keys.length];
            }
            for (int k = 0; k < distinct; k++) {
                if (keys[k].equals(key)) {
                    return ++counts[k];
                }
            }
            if (distinct < keys.length) {
                keys[distinct] = key;
                counts[distinct++] = 1;
                return 1;
            }
            seen = new HashMap<>();
            for (int k = 0; k < distinct; k++) {
                seen.put(keys[k], counts[k]);
            }
            return seen.merge(key, 1, Integer::sum);
        }
    }

    /** The most keys of a list compared one by one (beyond, they are hashed). */
    private static final int SHORT_LIST = 16;

    /**
     * Schedules the identifiers of inline nodes; the counters (one per element name) are those of
     * their parent, shared by its anchors, content and wrap-up, which are scheduled in reverse order
     * and so run in document order.
     */
    private void inlines(List<? extends Node> list, Located<Node> parent, Optional<Located<?>> ref, int[] counters) {
        if (!list.isEmpty()) {
            todo.push(new InlineList(list, parent, ref, counters));
        }
    }

    /** The inline nodes of one list, one at a time, each one's content before the next. */
    private final class InlineList implements Runnable {
        private final List<? extends Node> list;
        private final Located<Node> parent;
        private final Optional<Located<?>> ref;
        private final int[] counters;
        private int position;

        InlineList(List<? extends Node> list, Located<Node> parent, Optional<Located<?>> ref, int[] counters) {
            this.list = list;
            this.parent = parent;
            this.ref = ref;
            this.counters = counters;
        }

        @Override
        public void run() {
            Inline i = (Inline) list.get(position++);
            if (position < list.size()) {
                todo.push(this);
            }
            if (i instanceof Text) {
                return;
            }
            int type = type(i);
            int n = ++counters[type];
            Located<Node> li = add(i, parent.id() + PARTS[type] + n, ref);
            List<? extends Node> children = i.children();
            if (!children.isEmpty()) {
                inlines(children, li, Optional.of(li), new int[TYPES.length]);
            }
        }
    }

    /** The element names inline identifiers are built from, indexed by {@link #type(Inline)}. */
    private static final String[] TYPES = {
        "anchor", "noteRef", "authorialNote", "ins", "del", "bracket", "unrecognized", "unknown", "ref"
    };

    /** The middle of an inline identifier, by {@link #type(Inline)}: {@code __ref_} for {@code …__ref_2}. */
    private static final String[] PARTS = new String[TYPES.length];

    static {
        for (int t = 0; t < TYPES.length; t++) {
            PARTS[t] = "__" + TYPES[t] + "_";
        }
    }

    /** The index in {@link #TYPES} of an inline node's element name (text has none: not asked). */
    private static int type(Inline i) {
        return i.accept(InlineType.INSTANCE);
    }

    /**
     * The element name an inline node's identifier is built from ({@code null} for text, which
     * has none): one method per node type, so a new type fails to compile here until it is named.
     */
    private static final class InlineType implements Visitor<Integer> {
        static final InlineType INSTANCE = new InlineType();

        @Override
        public Integer visitText(Text node) {
            throw new IllegalStateException("text has no identifier");
        }

        @Override
        public Integer visitAnchor(Anchor node) {
            return 0; // anchor
        }

        @Override
        public Integer visitFootnoteRef(FootnoteRef node) {
            return 1; // noteRef
        }

        @Override
        public Integer visitFootnote(Footnote node) {
            return 2; // authorialNote
        }

        @Override
        public Integer visitInserted(Inserted node) {
            return 3; // ins
        }

        @Override
        public Integer visitDeleted(Deleted node) {
            return 4; // del
        }

        @Override
        public Integer visitBracketed(Bracketed node) {
            return 5; // bracket
        }

        @Override
        public Integer visitUnrecognized(Unrecognized node) {
            return 6; // unrecognized
        }

        @Override
        public Integer visitUnknownElement(UnknownElement node) {
            return 7; // unknown
        }

        @Override
        public Integer visitInstrumentCitation(InstrumentCitation node) {
            return 8; // ref
        }

        @Override
        public Integer visitUnResolutionCitation(UnResolutionCitation node) {
            return 8; // ref
        }

        @Override
        public Integer visitUnDocumentCitation(UnDocumentCitation node) {
            return 8; // ref
        }

        @Override
        public Integer visitNamedInstrumentCitation(NamedInstrumentCitation node) {
            return 8; // ref
        }

        @Override
        public Integer visitProvisionCitation(ProvisionCitation node) {
            return 8; // ref
        }

        @Override
        public Integer visitAnnexCitation(AnnexCitation node) {
            return 8; // ref
        }

        @Override
        public Integer visitOtherCitation(OtherCitation node) {
            return 8; // ref
        }

        // Structure never stands in inline content (Inline is sealed): these cannot be reached.

        private static Integer notInline(Node node) {
            throw new IllegalStateException(
                    "not inline content: " + node.getClass().getName());
        }

        @Override
        public Integer visitResolution(Resolution node) {
            return notInline(node);
        }

        @Override
        public Integer visitOpeningFormula(OpeningFormula node) {
            return notInline(node);
        }

        @Override
        public Integer visitPreambleSection(PreambleSection node) {
            return notInline(node);
        }

        @Override
        public Integer visitOperativeSection(OperativeSection node) {
            return notInline(node);
        }

        @Override
        public Integer visitParagraph(Paragraph node) {
            return notInline(node);
        }

        @Override
        public Integer visitAnnex(Annex node) {
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
        String v = label.suffix().isPresent() ? label.value() + label.suffix().get() : label.value();
        if (isKey(v)) {
            return v; // the common case: "a", "12"
        }
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

    /** @return whether a text is a key as it stands: lower-case ASCII letters and digits only */
    private static boolean isKey(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
