package org.resdom.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import org.resdom.model.Anchor;
import org.resdom.model.Body;
import org.resdom.model.DocumentKind;
import org.resdom.model.Inline;
import org.resdom.model.OperativePhrase;
import org.resdom.model.PreamblePhrase;
import org.resdom.model.Revision;

/**
 * The document as the stages have read it so far: its identity, opening formula, sections and
 * annexes, each section's and annex's lists ({@link Nesting}). Mutable, one a read; the
 * stages fill it line by line and {@link Assembly} makes the {@link org.resdom.model.Resolution}.
 */
final class Draft {

    final Nesting.Rules rules;

    // identity (title block)
    String heading;
    String title;
    DocumentKind kind = DocumentKind.RESOLUTION;
    String number;
    final List<Revision> history = new ArrayList<>();
    Body body = Body.OTHER;

    // opening formula: null until the first unlabelled line before any section
    List<Inline> formula;
    int formulaStart;
    int formulaEnd;

    final List<Sec> sections = new ArrayList<>();
    final List<Ann> annexes = new ArrayList<>();
    boolean anyOperative;
    /** The first section's phrase is written only by the marks of its first line. */
    boolean phraseInMarks;
    /** Bookmarks read before a heading that has no run-in paragraph: the next paragraph takes them. */
    final List<Anchor> pendingAnchors;
    /** Where those bookmarks stood. */
    int pendingAt;

    /**
     * @param rules how items nest; its {@link Nesting.Rules#pending()} list is this draft's
     *        {@link #pendingAnchors}
     */
    Draft(Nesting.Rules rules) {
        this.rules = rules;
        this.pendingAnchors = rules.pending();
    }

    /** @return the lists the next paragraph goes to: the last annex's, else the last section's */
    Nesting levels() {
        if (!annexes.isEmpty()) {
            return annexes.get(annexes.size() - 1).levels;
        }
        return sections.get(sections.size() - 1).levels;
    }

    /** Adds an unlabelled paragraph to {@link #levels()}. */
    void addParagraph(List<Inline> content, int start, int end) {
        levels().add(new Item(List.of(), null, content, start, end), "NONE", start, start);
    }

    /** @return a new preamble section */
    Sec preambleSec(PreamblePhrase p, boolean runIn, int start) {
        return new Sec(true, p, null, runIn, start, rules);
    }

    /** @return a new operative section */
    Sec operativeSec(OperativePhrase p, boolean runIn, int start) {
        return new Sec(false, null, p, runIn, start, rules);
    }

    /** A section being read. */
    static final class Sec {
        final boolean preamble;
        final PreamblePhrase preamblePhrase;
        final OperativePhrase operativePhrase;
        final boolean runIn;
        final int start;
        final Nesting levels;
        /** Whether a labelled paragraph was put in the section (at any level). */
        boolean labelled;

        private Sec(
                boolean preamble,
                PreamblePhrase pp,
                OperativePhrase op,
                boolean runIn,
                int start,
                Nesting.Rules rules) {
            this.preamble = preamble;
            this.preamblePhrase = pp;
            this.operativePhrase = op;
            this.runIn = runIn;
            this.start = start;
            this.levels = new Nesting(rules);
        }
    }

    /** An annex being read. */
    static final class Ann {
        final String number;
        final String heading;
        final int start;
        String title;
        final Nesting levels;

        Ann(String number, String heading, int start, Nesting.Rules rules) {
            this.number = number;
            this.heading = heading;
            this.start = start;
            this.levels = new Nesting(rules);
        }
    }
}
