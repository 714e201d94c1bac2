package org.resdom.io.docx.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.resdom.model.Anchor;
import org.resdom.model.Annex;
import org.resdom.model.Bracketed;
import org.resdom.model.Deleted;
import org.resdom.model.Footnote;
import org.resdom.model.FootnoteRef;
import org.resdom.model.Identity;
import org.resdom.model.Inline;
import org.resdom.model.Inserted;
import org.resdom.model.OpeningFormula;
import org.resdom.model.OperativeSection;
import org.resdom.model.Paragraph;
import org.resdom.model.PreambleSection;
import org.resdom.model.Resolution;
import org.resdom.model.Text;
import org.resdom.model.UnknownElement;
import org.resdom.model.Unrecognized;

/**
 * Gives the marks the text reader built their author, date and move, taken from the Word
 * changes in document order (a mark takes the next change of its kind with its text).
 */
public final class Attach {
    private final List<WordText.Change> changes;
    private int next;
    private int unmatched;

    private Attach(List<WordText.Change> changes) {
        this.changes = changes;
    }

    /**
     * The result.
     *
     * @param resolution the document
     * @param unmatched how many marks found no change
     */
    public record Result(Resolution resolution, int unmatched) {}

    /**
     * @param r the document read from the marked text
     * @param changes the changes of the Word document
     * @return the document with authors and dates
     */
    public static Result apply(Resolution r, List<WordText.Change> changes) {
        Attach a = new Attach(changes);
        Optional<OpeningFormula> f = r.formula().map(x -> new OpeningFormula(a.inlines(x.content()), x.span()));
        List<PreambleSection> pre = new ArrayList<>();
        for (PreambleSection s : r.preamble()) {
            pre.add(new PreambleSection(s.phrase(), s.runIn(), a.paragraphs(s.paragraphs()), s.span()));
        }
        List<OperativeSection> op = new ArrayList<>();
        for (OperativeSection s : r.operative()) {
            op.add(new OperativeSection(s.phrase(), s.runIn(), a.paragraphs(s.paragraphs()), s.span()));
        }
        List<Annex> an = new ArrayList<>();
        for (Annex x : r.annexes()) {
            an.add(new Annex(x.number(), x.heading(), x.title(), a.paragraphs(x.paragraphs()), x.span()));
        }
        Identity id = r.identity();
        Identity literal = new Identity(
                id.body(),
                id.kind(),
                id.number().map(WordText::literal),
                id.heading().map(WordText::literal),
                id.title().map(WordText::literal),
                id.language(),
                id.history());
        return new Result(new Resolution(literal, f, pre, op, an, r.metadata(), r.hints(), r.span()), a.unmatched);
    }

    /**
     * Nests the numbered paragraphs that the text rules left side by side by their Word list
     * level: a paragraph of a higher {@code w:ilvl} of the same list becomes an item of the
     * nearest paragraph before it of a lower level. An unnumbered paragraph ends the nesting.
     * Paragraphs the text rules already nested keep their items (level-nested ones follow them).
     *
     * @param ps the paragraphs of a section or annex (top level)
     * @param levels the list level of each numbered paragraph, by its line
     * @return the paragraphs, nested
     */
    public static List<Paragraph> nest(List<Paragraph> ps, Map<Integer, WordText.ListLevel> levels) {
        final class Node {
            final Paragraph p;
            final WordText.ListLevel level;
            final List<Node> kids = new ArrayList<>();

            Node(Paragraph p, WordText.ListLevel level) {
                this.p = p;
                this.level = level;
            }

            Paragraph build() {
                if (kids.isEmpty()) {
                    return p;
                }
                List<Paragraph> items = new ArrayList<>(p.items());
                for (Node k : kids) {
                    items.add(k.build());
                }
                return p.withItems(items);
            }
        }
        List<Node> roots = new ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>();
        for (Paragraph p : ps) {
            WordText.ListLevel lv = p.span().map(s -> levels.get(s.line())).orElse(null);
            Node n = new Node(p, lv);
            if (lv == null) {
                stack.clear();
                roots.add(n);
                continue;
            }
            while (!stack.isEmpty()
                    && (!stack.peek().level.numId().equals(lv.numId())
                            || stack.peek().level.ilvl() >= lv.ilvl())) {
                stack.pop();
            }
            if (stack.isEmpty()) {
                roots.add(n);
            } else {
                stack.peek().kids.add(n);
            }
            stack.push(n);
        }
        List<Paragraph> out = new ArrayList<>(roots.size());
        for (Node n : roots) {
            out.add(n.build());
        }
        return out;
    }

    /**
     * {@link #nest} on every section and annex.
     *
     * @param r the document
     * @param levels the list level of each numbered paragraph, by its line
     * @return the document, nested
     */
    public static Resolution nest(Resolution r, Map<Integer, WordText.ListLevel> levels) {
        if (levels.isEmpty()) {
            return r;
        }
        List<PreambleSection> pre = new ArrayList<>();
        for (PreambleSection s : r.preamble()) {
            pre.add(new PreambleSection(s.phrase(), s.runIn(), nest(s.paragraphs(), levels), s.span()));
        }
        List<OperativeSection> op = new ArrayList<>();
        for (OperativeSection s : r.operative()) {
            op.add(new OperativeSection(s.phrase(), s.runIn(), nest(s.paragraphs(), levels), s.span()));
        }
        List<Annex> an = new ArrayList<>();
        for (Annex x : r.annexes()) {
            an.add(new Annex(x.number(), x.heading(), x.title(), nest(x.paragraphs(), levels), x.span()));
        }
        return new Resolution(r.identity(), r.formula(), pre, op, an, r.metadata(), r.hints(), r.span());
    }

    private List<Paragraph> paragraphs(List<Paragraph> ps) {
        List<Paragraph> out = new ArrayList<>(ps.size());
        for (Paragraph p : ps) {
            List<Inline> content = inlines(p.content());
            List<Paragraph> items = paragraphs(p.items());
            List<Inline> wrapUp = inlines(p.wrapUp());
            List<Anchor> anchors = new ArrayList<>(p.anchors().size());
            for (Anchor x : p.anchors()) {
                anchors.add(new Anchor(WordText.literal(x.name()), x.span()));
            }
            out.add(new Paragraph(anchors, p.label(), content, items, wrapUp, p.span()));
        }
        return out;
    }

    private List<Inline> inlines(List<Inline> in) {
        List<Inline> out = new ArrayList<>(in.size());
        for (Inline i : in) {
            if (i instanceof Inserted m) {
                WordText.Change c = take(true, key(m.content()));
                Inserted n = m.withContent(inlines(m.content()));
                out.add(c == null ? n : n.withChange(c.author(), c.date()).withMove(c.move()));
            } else if (i instanceof Deleted m) {
                WordText.Change c = take(false, key(m.content()));
                Deleted n = m.withContent(inlines(m.content()));
                out.add(c == null ? n : n.withChange(c.author(), c.date()).withMove(c.move()));
            } else if (i instanceof Footnote fn) {
                out.add(new Footnote(fn.marker(), trimStart(inlines(fn.content())), fn.span()));
            } else if (i instanceof Bracketed b) {
                out.add(new Bracketed(inlines(b.content()), b.span()));
            } else if (i instanceof UnknownElement u) {
                out.add(u.withContent(inlines(u.content())));
            } else if (i instanceof Text t) {
                out.add(new Text(WordText.literal(t.text())));
            } else if (i instanceof Anchor x) {
                out.add(new Anchor(WordText.literal(x.name()), x.span()));
            } else if (i instanceof Unrecognized x) {
                out.addAll(unrecognized(x));
            } else {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * Text the text rules kept unrecognized, as the marked text had it: its Word changes are marks
     * around the unrecognized pieces (a literal brace of the document is {@link WordText#OPEN} in
     * the marked text, so every {@code {+}/{@code {-} there is a change), so that accepting or
     * rejecting applies to it too. Before, the marks stayed in the raw text of both versions.
     */
    private List<Inline> unrecognized(Unrecognized x) {
        String raw = x.raw();
        if (raw.indexOf("{+") < 0 && raw.indexOf("{-") < 0) {
            return List.of(new Unrecognized(WordText.literal(raw), x.span()));
        }
        int[] at = {0};
        List<Inline> out = split(raw, at, 0);
        return out;
    }

    /** The pieces of {@code raw} from {@code at[0]} up to the close of the mark opened at {@code depth} (0: the end). */
    private List<Inline> split(String raw, int[] at, int depth) {
        List<Inline> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (at[0] < raw.length()) {
            int i = at[0];
            char c = raw.charAt(i);
            char d = i + 1 < raw.length() ? raw.charAt(i + 1) : 0;
            if (c == '{' && (d == '+' || d == '-')) {
                flush(text, out);
                at[0] = i + 2;
                int from = at[0];
                List<Inline> inner = split(raw, at, depth + 1);
                String key = WordText.literal(stripMarks(raw.substring(from, Math.max(from, at[0] - 2))));
                WordText.Change ch = take(d == '+', key);
                if (d == '+') {
                    Inserted m = new Inserted(inner, Optional.empty());
                    out.add(
                            ch == null
                                    ? m
                                    : m.withChange(ch.author(), ch.date()).withMove(ch.move()));
                } else {
                    Deleted m = new Deleted(inner, Optional.empty());
                    out.add(
                            ch == null
                                    ? m
                                    : m.withChange(ch.author(), ch.date()).withMove(ch.move()));
                }
            } else if (depth > 0 && (c == '+' || c == '-') && d == '}') {
                at[0] = i + 2;
                flush(text, out);
                return out;
            } else {
                text.append(c);
                at[0] = i + 1;
            }
        }
        flush(text, out);
        return out;
    }

    private static void flush(StringBuilder text, List<Inline> out) {
        if (text.length() > 0) {
            out.add(new Unrecognized(WordText.literal(text.toString()), Optional.empty()));
            text.setLength(0);
        }
    }

    private static String stripMarks(String s) {
        return s.replace("{+", "").replace("+}", "").replace("{-", "").replace("-}", "");
    }

    /**
     * The text a mark's change has in the Word document's list: its plain text, with a footnote
     * call as the marked text writes it ({@code [footnoteRef:N]}), so that a change around a
     * call-out finds its author and date. Before, such a mark was reported unplaced.
     */
    private static String key(List<Inline> content) {
        StringBuilder sb = new StringBuilder();
        key(content, sb);
        return WordText.literal(sb.toString());
    }

    private static void key(List<Inline> content, StringBuilder sb) {
        for (Inline i : content) {
            if (i instanceof FootnoteRef r) {
                sb.append(WordText.FOOTNOTE_REF).append(r.marker()).append(']');
            } else if (i instanceof Inserted m) {
                key(m.content(), sb);
            } else if (i instanceof Deleted m) {
                key(m.content(), sb);
            } else {
                sb.append(Inline.plainText(List.of(i)));
            }
        }
    }

    /**
     * A footnote's body without the space the marked text's {@code [N: } puts before it: the body
     * starts with its first word (a space-only text before a mark is dropped). Before, every body
     * read from Word started with a space.
     */
    private static List<Inline> trimStart(List<Inline> content) {
        if (content.isEmpty() || !(content.get(0) instanceof Text t)) {
            return content;
        }
        String rest = t.text().stripLeading();
        List<Inline> out = new ArrayList<>(content.subList(1, content.size()));
        if (!rest.isEmpty()) {
            out.add(0, new Text(rest));
        }
        return out;
    }

    private WordText.Change take(boolean inserted, String text) {
        for (int k = next; k < changes.size() && k < next + 64; k++) {
            WordText.Change c = changes.get(k);
            if (c.inserted() == inserted && c.text().equals(text)) {
                next = k + 1;
                return c;
            }
        }
        unmatched++;
        return null;
    }
}
