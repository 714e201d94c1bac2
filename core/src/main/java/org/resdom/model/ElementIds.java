package org.resdom.model;

import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes element identifiers in the Akoma Ntoso style from the structure. See
 * {@link Resolution#elements()} for the scheme.
 */
final class ElementIds {

    private final List<Located<Node>> out = new ArrayList<>();

    private ElementIds() {
    }

    /** The document whose identifiers were computed last, and them (the model is immutable). */
    private record Last(Resolution resolution, List<Located<Node>> elements) {
    }

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

    private void resolution(Resolution r) {
        Located<Node> root = add(r, "", null);
        r.formula().ifPresent(f -> {
            Located<Node> lf = add(f, "preamble__formula_1", root);
            inlines(f.content(), lf, new HashMap<>());
        });
        int i = 0;
        for (PreambleSection s : r.preamble()) {
            i++;
            String id = "preamble__container_" + i;
            Located<Node> ls = add(s, id, root);
            paragraphs(s.paragraphs(), id + "__list_1__item_", ls);
        }
        i = 0;
        for (OperativeSection s : r.operative()) {
            i++;
            String id = "hcontainer_" + i;
            Located<Node> ls = add(s, id, root);
            paragraphs(s.paragraphs(), id + "__para_", ls);
        }
        i = 0;
        for (Annex a : r.annexes()) {
            i++;
            String id = "att_" + i;
            Located<Node> la = add(a, id, root);
            paragraphs(a.paragraphs(), id + "__para_", la);
        }
    }

    private void paragraphs(List<Paragraph> list, String prefix, Located<Node> parent) {
        Set<String> used = new HashSet<>();
        int position = 0;
        for (Paragraph p : list) {
            position++;
            String key = p.label().map(ElementIds::key).filter(k -> !k.isEmpty())
                    .orElse(String.valueOf(position));
            String unique = key;
            int n = 1;
            while (!used.add(unique)) {
                n++;
                unique = key + "_" + n;
            }
            String id = prefix + unique;
            Located<Node> lp = add(p, id, parent);
            Map<String, Integer> counters = new HashMap<>();
            inlines(p.anchors(), lp, counters);
            inlines(p.content(), lp, counters);
            paragraphs(p.items(), id + "__list_1__point_", lp);
            inlines(p.wrapUp(), lp, counters);
        }
    }

    private void inlines(List<? extends Inline> list, Located<Node> parent, Map<String, Integer> counters) {
        for (Inline i : list) {
            String type = type(i);
            if (type == null) {
                continue;
            }
            int n = counters.merge(type, 1, Integer::sum);
            Located<Node> li = add(i, parent.id() + "__" + type + "_" + n, parent);
            if (!i.children().isEmpty()) {
                Map<String, Integer> inner = new HashMap<>();
                for (Node c : i.children()) {
                    inlines(List.of((Inline) c), li, inner);
                }
            }
        }
    }

    private static String type(Inline i) {
        if (i instanceof Text) {
            return null;
        } else if (i instanceof Citation) {
            return "ref";
        } else if (i instanceof Anchor) {
            return "anchor";
        } else if (i instanceof FootnoteRef) {
            return "noteRef";
        } else if (i instanceof Footnote) {
            return "authorialNote";
        } else if (i instanceof Inserted) {
            return "ins";
        } else if (i instanceof Deleted) {
            return "del";
        } else if (i instanceof Bracketed) {
            return "bracket";
        } else {
            return "unrecognized";
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
