package org.resdom.io.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.resdom.model.Bracketed;
import org.resdom.model.Citation;
import org.resdom.model.Deleted;
import org.resdom.model.Footnote;
import org.resdom.model.Inline;
import org.resdom.model.Inserted;
import org.resdom.model.SourceSpan;

/**
 * Where each character of the structure stage's canonical text came from: the source line (a
 * PDF's page and line) it was read from. The structure stage gives inline content (citations,
 * footnote call-outs and bodies) spans in the canonical text, one paragraph a line; this maps them
 * back to the line of the source each starts on, in the same form as the paragraphs' positions
 * ({@code page:line} for a PDF, {@code line:1} for text), so that a citation's position and its
 * paragraph's agree.
 */
final class Positions {

    /** A run of a canonical line: from {@code start}, either block text from {@code offset} or one fixed line. */
    private record Run(int start, int offset, LayoutLine fixed) {}

    /** Per canonical line: its runs, in order, and the block's line starts. */
    private record Line(List<Run> runs, int[] starts, List<LayoutLine> at, int tabAt, int tabShift) {}

    private final List<Line> lines = new ArrayList<>();
    private List<Run> runs;
    private int[] starts;
    private List<LayoutLine> at;

    /**
     * Starts a canonical line made from a block: where in the block's text each of its source
     * lines starts, found in order (lines set aside, blank or notes are skipped; a line whose
     * start cannot be found, its text having been changed by the joining, goes with the one before).
     *
     * @param text the block's text
     * @param source the lines read
     * @param kinds their kinds
     * @param first the index of the block's first line
     * @param end the index after its last line
     * @param origin the block's first line
     */
    void block(String text, List<LayoutLine> source, List<LineKind> kinds, int first, int end, LayoutLine origin) {
        List<Integer> s = new ArrayList<>();
        at = new ArrayList<>();
        s.add(0);
        at.add(origin);
        int pos = 0;
        int prevLen = 0;
        for (int i = Math.max(first, 0) + 1; i < Math.min(end, source.size()); i++) {
            LineKind k = kinds.get(i);
            if (k == LineKind.BLANK || k.furniture() || k.note()) {
                continue;
            }
            String t = source.get(i).text().strip();
            if (t.isEmpty()) {
                continue;
            }
            String probe = t.substring(0, Math.min(t.length(), 16));
            int from = pos + Math.max(1, prevLen - 4);
            int found = from <= text.length() ? text.indexOf(probe, from) : -1;
            if (found < 0) {
                continue;
            }
            s.add(found);
            at.add(source.get(i));
            pos = found;
            prevLen = t.length();
        }
        starts = s.stream().mapToInt(Integer::intValue).toArray();
        runs = new ArrayList<>();
    }

    /** Starts a canonical line that is one source line (a footnote body with no paragraph). */
    void fixed(LayoutLine origin) {
        starts = new int[] {0};
        at = List.of(origin);
        runs = new ArrayList<>();
        runs.add(new Run(0, 0, origin));
    }

    /** Canonical text from {@code start} on is the block's text from {@code offset} on. */
    void text(int start, int offset) {
        runs.add(new Run(start, offset, null));
    }

    /** Canonical text from {@code start} on comes from the line {@code from} (a footnote's body). */
    void from(int start, LayoutLine from) {
        runs.add(new Run(start, 0, from));
    }

    /**
     * Ends the canonical line; the label step turned the spaces after a label (ending at {@code
     * labelEnd}) into a tab, moving what follows by {@code shift}.
     */
    void end(int labelEnd, int shift) {
        lines.add(new Line(runs, starts, at, labelEnd, shift));
    }

    /** @return the source line of a canonical span, or empty when out of range */
    Optional<LayoutLine> of(SourceSpan s) {
        int li = s.line() - 1;
        if (li < 0 || li >= lines.size()) {
            return Optional.empty();
        }
        Line l = lines.get(li);
        int c = s.column() - 1;
        if (l.tabShift() != 0 && c > l.tabAt()) {
            c = Math.max(l.tabAt(), c - l.tabShift());
        }
        Run run = null;
        for (Run r : l.runs()) {
            if (r.start() <= c) {
                run = r;
            }
        }
        if (run == null) {
            return Optional.of(l.at().get(0));
        }
        if (run.fixed() != null) {
            return Optional.of(run.fixed());
        }
        int off = run.offset() + (c - run.start());
        int k = 0;
        for (int i = 0; i < l.starts().length; i++) {
            if (l.starts()[i] <= off) {
                k = i;
            }
        }
        return Optional.of(l.at().get(k));
    }

    /** @return the span of a canonical span in the source, the canonical one when it cannot be mapped */
    private Optional<SourceSpan> map(Optional<SourceSpan> s) {
        return s.map(x -> of(x).map(LayoutResolutionReader::span).orElse(x));
    }

    /**
     * @param content inline content with spans in the canonical text
     * @return the same content with spans in the source
     */
    List<Inline> inlines(List<Inline> content) {
        List<Inline> out = new ArrayList<>(content.size());
        for (Inline i : content) {
            out.add(inline(i));
        }
        return out;
    }

    private Inline inline(Inline i) {
        if (i instanceof Citation c) {
            return c.withSpan(map(c.span()));
        }
        if (i instanceof org.resdom.model.FootnoteRef r) {
            return r.withSpan(map(r.span()));
        }
        if (i instanceof Footnote f) {
            return new Footnote(f.marker(), inlines(f.content()), map(f.span()));
        }
        if (i instanceof Bracketed b) {
            return new Bracketed(inlines(b.content()), map(b.span()));
        }
        if (i instanceof Inserted n) {
            return n.withContent(inlines(n.content())).withSpan(map(n.span()));
        }
        if (i instanceof Deleted d) {
            return d.withContent(inlines(d.content())).withSpan(map(d.span()));
        }
        if (i instanceof org.resdom.model.Unrecognized u) {
            return u.withSpan(map(u.span()));
        }
        if (i instanceof org.resdom.model.Anchor a) {
            return a.withSpan(map(a.span()));
        }
        if (i instanceof org.resdom.model.UnknownElement u) {
            return u.withSpan(map(u.span()));
        }
        return i;
    }
}
