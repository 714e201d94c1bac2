package org.resdom.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.resdom.model.Anchor;
import org.resdom.model.Bracketed;
import org.resdom.model.Citation;
import org.resdom.model.Deleted;
import org.resdom.model.Footnote;
import org.resdom.model.FootnoteRef;
import org.resdom.model.Inline;
import org.resdom.model.Inserted;
import org.resdom.model.Node;
import org.resdom.model.SourceHints;
import org.resdom.model.SourceSpan;
import org.resdom.model.Text;
import org.resdom.model.UnknownElement;
import org.resdom.model.Unrecognized;

/**
 * The first difference between two lists of inline content, found with the model's own {@code equals} (so spans
 * and source hints are ignored as it ignores them), and readable descriptions of inline nodes and records.
 *
 * @param path where in the element's content, such as {@code content[2].content[0]}
 * @param expected the expected node, described
 * @param actual the actual node, described
 * @param span the actual node's span, when it has one
 */
record InlineDiff(String path, String expected, String actual, Optional<SourceSpan> span) {

    private static final String NOTHING = "(nothing)";

    /**
     * @param id the element whose content this is
     * @param position the element's position
     * @return the difference, at the inline node's own position when it has one
     */
    StructuralDiff.Difference at(String id, Optional<SourceSpan> position) {
        return new StructuralDiff.Difference(id, "inline " + path, expected, actual, span.or(() -> position));
    }

    /**
     * @param expected the expected content
     * @param actual the actual content
     * @param path the name of the list
     * @return the first difference, or empty when the lists are equal
     */
    static Optional<InlineDiff> first(List<Inline> expected, List<Inline> actual, String path) {
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String at = path + "[" + i + "]";
            if (i >= expected.size()) {
                return Optional.of(new InlineDiff(
                        at, NOTHING, describe(actual.get(i)), actual.get(i).span()));
            }
            if (i >= actual.size()) {
                return Optional.of(new InlineDiff(at, describe(expected.get(i)), NOTHING, Optional.empty()));
            }
            Inline e = expected.get(i);
            Inline a = actual.get(i);
            if (e.equals(a)) {
                continue;
            }
            Optional<List<Inline>> ec = content(e);
            Optional<List<Inline>> ac = content(a);
            if (ec.isPresent() && ac.isPresent() && sameShell(e, a)) {
                Optional<InlineDiff> inner = first(ec.get(), ac.get(), at + ".content");
                if (inner.isPresent()) {
                    return inner;
                }
            }
            String de = describe(e);
            String da = describe(a);
            if (e instanceof Text x && a instanceof Text y) {
                // a text cut short where a mark or element begins: name what follows it
                if (x.text().startsWith(y.text()) && i + 1 < actual.size()) {
                    da += ", then " + describe(actual.get(i + 1));
                } else if (y.text().startsWith(x.text()) && i + 1 < expected.size()) {
                    de += ", then " + describe(expected.get(i + 1));
                }
            }
            return Optional.of(new InlineDiff(at, de, da, a.span()));
        }
        return Optional.empty();
    }

    /** The content of a node that holds inline content. */
    private static Optional<List<Inline>> content(Inline i) {
        if (i instanceof Inserted n) {
            return Optional.of(n.content());
        }
        if (i instanceof Deleted n) {
            return Optional.of(n.content());
        }
        if (i instanceof Bracketed n) {
            return Optional.of(n.content());
        }
        if (i instanceof Footnote n) {
            return Optional.of(n.content());
        }
        if (i instanceof UnknownElement n) {
            return Optional.of(n.content());
        }
        return Optional.empty();
    }

    /** Whether two nodes that hold content are of one kind and equal but for their content. */
    private static boolean sameShell(Inline e, Inline a) {
        if (e instanceof Inserted x && a instanceof Inserted y) {
            return x.author().equals(y.author())
                    && x.date().equals(y.date())
                    && x.move().equals(y.move());
        }
        if (e instanceof Deleted x && a instanceof Deleted y) {
            return x.author().equals(y.author())
                    && x.date().equals(y.date())
                    && x.move().equals(y.move());
        }
        if (e instanceof Bracketed && a instanceof Bracketed) {
            return true;
        }
        if (e instanceof Footnote x && a instanceof Footnote y) {
            return x.marker().equals(y.marker());
        }
        if (e instanceof UnknownElement x && a instanceof UnknownElement y) {
            return x.namespace().equals(y.namespace())
                    && x.name().equals(y.name())
                    && x.attributes().equals(y.attributes());
        }
        return false;
    }

    /**
     * @param i an inline node
     * @return what it is and says, for a person: {@code inserted "strategic "}, {@code footnote "1": "..."}
     */
    static String describe(Inline i) {
        if (i instanceof Text t) {
            return "text " + quote(t.text());
        }
        if (i instanceof Anchor a) {
            return "anchor " + quote(a.name());
        }
        if (i instanceof FootnoteRef r) {
            return "footnote reference " + quote(r.marker());
        }
        if (i instanceof Footnote f) {
            return "footnote " + quote(f.marker()) + ": " + quote(Inline.plainText(f.content()));
        }
        if (i instanceof Inserted n) {
            return "inserted " + quote(Inline.plainText(n.content())) + change(n.author(), n.date(), n.move());
        }
        if (i instanceof Deleted n) {
            return "deleted " + quote(Inline.plainText(n.content())) + change(n.author(), n.date(), n.move());
        }
        if (i instanceof Bracketed b) {
            return "bracketed " + quote(Inline.plainText(b.content()));
        }
        if (i instanceof Unrecognized u) {
            return "unrecognized " + quote(u.raw());
        }
        if (i instanceof UnknownElement u) {
            String attributes = u.attributes().stream()
                    .map(x -> (x.namespace().isEmpty() ? "" : "{" + x.namespace() + "}") + x.name() + "="
                            + quote(x.value()))
                    .collect(Collectors.joining(" "));
            return "unknown element <" + (u.namespace().isEmpty() ? "" : "{" + u.namespace() + "}") + u.name()
                    + (attributes.isEmpty() ? "" : " " + attributes) + "> " + quote(Inline.plainText(u.content()));
        }
        if (i instanceof Citation c) {
            return "citation " + record(c);
        }
        return record(i);
    }

    private static String change(Optional<String> author, Optional<String> date, Optional<String> move) {
        StringBuilder b = new StringBuilder();
        author.ifPresent(a -> b.append(" by ").append(a));
        date.ifPresent(d -> b.append(" on ").append(d));
        move.ifPresent(m -> b.append(" (move ").append(m).append(')'));
        return b.toString();
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }

    /**
     * A record as {@code Name[component=value, ...]}, without the components that {@code equals} ignores (spans
     * and source hints), nested records and lists likewise.
     *
     * @param value a value of the model
     * @return its description
     */
    static String record(Object value) {
        if (value instanceof String s) {
            return quote(s);
        }
        if (value instanceof Optional<?> o) {
            return o.map(InlineDiff::record).orElse("(none)");
        }
        if (value instanceof List<?> l) {
            return l.stream().map(InlineDiff::record).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Text t) {
            return quote(t.text());
        }
        if (value == null || !value.getClass().isRecord()) {
            return String.valueOf(value);
        }
        StringBuilder b = new StringBuilder(value.getClass().getSimpleName()).append('[');
        boolean first = true;
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            if (ignored(c)) {
                continue;
            }
            Object v;
            try {
                v = c.getAccessor().invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                v = "?";
            }
            b.append(first ? "" : ", ").append(c.getName()).append('=').append(record(v));
            first = false;
        }
        return b.append(']').toString();
    }

    /** Spans and source hints: the components of the model's records that {@code equals} leaves out. */
    private static boolean ignored(RecordComponent c) {
        return c.getType() == SourceHints.class
                || c.getType() == SourceSpan.class
                || c.getType() == Optional.class
                        && c.getGenericType().getTypeName().contains(SourceSpan.class.getName())
                || Node.class.isAssignableFrom(c.getDeclaringRecord())
                        && c.getName().equals("span");
    }
}
