package org.resdom.model;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resdom.internal.Checks;
import org.resdom.internal.Myers;
import org.resdom.lang.PhraseBook;
import org.resdom.lang.PhraseMatch;

/**
 * Revisions as data: the two versions a document with revision marks holds, and the marks
 * between two versions.
 *
 * <h2>How marks sit in the model</h2>
 * <ul>
 * <li>Changed text inside a paragraph is an {@link Inserted} or {@link Deleted} inline.</li>
 * <li>A paragraph inserted or deleted whole has no label of its own: its content is one mark
 * holding the label as written, its separator and its text ({@code {-b)\tl'article 19…-}}).
 * A renumbered paragraph likewise has its old and new labels as marks at the start of its
 * content ({@code {-5-}{+6+}\tde communiquer…}). {@link #accepted} and {@link #rejected} take
 * the label back out of the text.</li>
 * <li>A moved paragraph is a {@link Deleted} where it was and an {@link Inserted} where it went,
 * both with the same {@link Inserted#move() move} name.</li>
 * <li>A section heading under revision ({@code {-se félicitant-}{+considérant en outre+}}) is a
 * paragraph of marks in the section before it; in either version, a paragraph that reads as a
 * preamble or operative phrase once the marks are resolved starts a section again.</li>
 * </ul>
 */
public final class Revisions {

    private static final Pattern LEADING_LABEL = Pattern.compile("^(\\S{1,16})(\\t+)");
    private static final double PAIR_SIMILARITY = 0.5;
    /**
     * The text of a mark that stands for a paragraph mark (U+00B6, the pilcrow Word shows for
     * it): an {@link Inserted} or {@link Deleted} of this text alone at the end of a paragraph's
     * content inserts or deletes the paragraph's end, so that the paragraph and the next one of
     * its list are one paragraph in the other version.
     */
    public static final String PARAGRAPH_MARK = "\u00B6";
    /** Work every comparison may spend whatever the sizes (units: see {@link Myers.Budget}). */
    static final long BASE_BUDGET = 4_000_000L;
    /** Work a comparison may spend for each character of the two versions. */
    static final long BUDGET_PER_CHAR = 64;
    /** How far ahead, in paragraphs, a paragraph looks for its partner in a run of changes. */
    static final int WINDOW = 128;

    private Revisions() {}

    // ------------------------------------------------------------------ versions

    /**
     * The document with every change applied: insertions kept, deletions dropped.
     *
     * @param resolution a document with revision marks
     * @return the document after the revision, with no mark left
     */
    public static Resolution accepted(Resolution resolution) {
        return version(Checks.notNull(resolution, "resolution"), true);
    }

    /**
     * The document before the revision: deletions kept, insertions dropped.
     *
     * @param resolution a document with revision marks
     * @return the document before the revision, with no mark left
     */
    public static Resolution rejected(Resolution resolution) {
        return version(Checks.notNull(resolution, "resolution"), false);
    }

    /**
     * @param content inline content
     * @return whether it holds an insertion or a deletion, at any depth
     */
    public static boolean hasMarks(List<? extends Inline> content) {
        Checks.notNull(content, "content");
        for (Inline i : content) {
            if (i instanceof Inserted || i instanceof Deleted) {
                return true;
            }
            if (i instanceof Footnote f && hasMarks(f.content())) {
                return true;
            }
            if (i instanceof Bracketed b && hasMarks(b.content())) {
                return true;
            }
            if (i instanceof UnknownElement u && hasMarks(u.content())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasMarks(Paragraph p) {
        if (hasMarks(p.content()) || hasMarks(p.wrapUp())) {
            return true;
        }
        for (Paragraph q : p.items()) {
            if (hasMarks(q)) {
                return true;
            }
        }
        return false;
    }

    private static Resolution version(Resolution r, boolean accept) {
        Optional<OpeningFormula> formula =
                r.formula().map(f -> new OpeningFormula(resolve(f.content(), accept), f.span()));
        // phrases classified as the document's readers classify them: by its language and body
        Language language = r.identity().language();
        Body body = r.identity().body();
        Predicate<String> preamblePhrase = Revisions::wholePreamblePhrase;
        List<PreambleSection> preamble = new ArrayList<>();
        for (PreambleSection s : r.preamble()) {
            PreambleSection current = new PreambleSection(s.phrase(), false, List.of(), s.span());
            boolean runIn = s.runIn();
            boolean started = false;
            List<Paragraph> ps = new ArrayList<>();
            for (Paragraph[] pq : resolveAll(s.paragraphs(), accept)) {
                Paragraph p = pq[0];
                Paragraph q = pq[1];
                Optional<Heading> heading = heading(p, q, accept, preamblePhrase);
                boolean first = !started;
                started = true;
                if (heading.isEmpty()) {
                    ps.add(q);
                    continue;
                }
                if (!(first && ownPhrase(p, s.headingText(), preamblePhrase))) {
                    preamble.add(section(current, ps, runIn));
                }
                current = new PreambleSection(
                        PreamblePhrase.of(heading.get().phrase(), language, body), false, List.of(), p.span());
                ps = new ArrayList<>();
                runIn = heading.get().rest() != null;
                if (runIn) {
                    ps.add(heading.get().rest());
                }
            }
            preamble.add(section(current, ps, runIn));
        }
        Predicate<String> operativePhrase = Revisions::wholeOperativePhrase;
        List<OperativeSection> operative = new ArrayList<>();
        for (OperativeSection s : r.operative()) {
            Optional<OperativePhrase> phrase = s.phrase();
            Optional<SourceSpan> span = s.span();
            boolean runIn = s.runIn();
            boolean started = false;
            List<Paragraph> ps = new ArrayList<>();
            for (Paragraph[] pq : resolveAll(s.paragraphs(), accept)) {
                Paragraph p = pq[0];
                Paragraph q = pq[1];
                Optional<Heading> heading = heading(p, q, accept, operativePhrase);
                boolean first = !started;
                started = true;
                if (heading.isEmpty()) {
                    ps.add(q);
                    continue;
                }
                if (!(first && ownPhrase(p, s.headingText(), operativePhrase))) {
                    operative.add(new OperativeSection(phrase, runIn && !ps.isEmpty(), ps, span));
                }
                phrase = Optional.of(OperativePhrase.of(heading.get().phrase(), language, body));
                span = p.span();
                ps = new ArrayList<>();
                runIn = heading.get().rest() != null;
                if (runIn) {
                    ps.add(heading.get().rest());
                }
            }
            operative.add(new OperativeSection(phrase, runIn && !ps.isEmpty(), ps, span));
        }
        List<Annex> annexes = new ArrayList<>();
        for (Annex a : r.annexes()) {
            annexes.add(new Annex(a.number(), a.heading(), a.title(), paragraphs(a.paragraphs(), accept), a.span()));
        }
        Resolution v =
                new Resolution(r.identity(), formula, preamble, operative, annexes, r.metadata(), r.hints(), r.span());
        return RevisionFields.version(withoutNotesOfDroppedCalls(r, v), !accept);
    }

    /**
     * A footnote whose call-out is not in a version (the call deleted, and the version accepted;
     * inserted, and rejected) has no body there either: the bodies of the markers that {@code r}
     * calls and {@code v} no longer calls anywhere are dropped. A body whose marker is still called
     * somewhere, or that was never called, is kept. Before, such a body stayed, dangling.
     */
    private static Resolution withoutNotesOfDroppedCalls(Resolution r, Resolution v) {
        java.util.Set<String> lost = new java.util.HashSet<>();
        r.find(FootnoteRef.class).forEach(f -> lost.add(f.marker()));
        if (lost.isEmpty()) {
            return v;
        }
        v.find(FootnoteRef.class).forEach(f -> lost.remove(f.marker()));
        if (lost.isEmpty() || v.find(Footnote.class).noneMatch(f -> lost.contains(f.marker()))) {
            return v;
        }
        Optional<OpeningFormula> formula =
                v.formula().map(f -> new OpeningFormula(withoutNotes(f.content(), lost), f.span()));
        List<PreambleSection> preamble = new ArrayList<>();
        for (PreambleSection s : v.preamble()) {
            preamble.add(
                    new PreambleSection(s.phrase(), s.runIn(), paragraphsWithoutNotes(s.paragraphs(), lost), s.span()));
        }
        List<OperativeSection> operative = new ArrayList<>();
        for (OperativeSection s : v.operative()) {
            operative.add(new OperativeSection(
                    s.phrase(), s.runIn(), paragraphsWithoutNotes(s.paragraphs(), lost), s.span()));
        }
        List<Annex> annexes = new ArrayList<>();
        for (Annex a : v.annexes()) {
            annexes.add(new Annex(
                    a.number(), a.heading(), a.title(), paragraphsWithoutNotes(a.paragraphs(), lost), a.span()));
        }
        return new Resolution(v.identity(), formula, preamble, operative, annexes, v.metadata(), v.hints(), v.span());
    }

    private static List<Paragraph> paragraphsWithoutNotes(List<Paragraph> ps, java.util.Set<String> lost) {
        List<Paragraph> out = new ArrayList<>(ps.size());
        for (Paragraph p : ps) {
            out.add(new Paragraph(
                    p.anchors(),
                    p.label(),
                    withoutNotes(p.content(), lost),
                    paragraphsWithoutNotes(p.items(), lost),
                    withoutNotes(p.wrapUp(), lost),
                    p.span()));
        }
        return out;
    }

    private static List<Inline> withoutNotes(List<Inline> content, java.util.Set<String> lost) {
        List<Inline> out = new ArrayList<>(content.size());
        for (Inline i : content) {
            if (i instanceof Footnote f) {
                if (!lost.contains(f.marker())) {
                    out.add(new Footnote(f.marker(), withoutNotes(f.content(), lost), f.span()));
                }
            } else if (i instanceof Bracketed b) {
                out.add(new Bracketed(withoutNotes(b.content(), lost), b.span()));
            } else if (i instanceof UnknownElement u) {
                out.add(u.withContent(withoutNotes(u.content(), lost)));
            } else {
                out.add(i);
            }
        }
        return Inline.normalize(out);
    }

    /**
     * The differences between the two versions of a document made by {@link #compare} that are not
     * in running text and so have no inline mark: identity fields (title, heading, number, body,
     * kind, language, history), annexes' numbers, headings and titles, and the number of annexes.
     * The marked document carries the newer values in its identity and annexes and the older ones
     * in its metadata (see {@link #compare}); this reads them back. A document with no such
     * metadata (a Word document's tracked changes, a document that changed only in its text)
     * gives an empty list.
     *
     * @param marked a document made by {@link #compare}
     * @return the changes, identity fields first, then the number of annexes, then each annex's
     */
    public static List<UnmarkedChange> unmarkedChanges(Resolution marked) {
        return RevisionFields.changes(Checks.notNull(marked, "marked"));
    }

    /**
     * Whether a text is a preamble phrase and nothing more (a punctuation mark may end it), as the
     * readers read a heading line: {@code Guided also} is one, {@code Guided also by the Charter…}
     * is a phrase with text run in after it. Before, any text that a phrase opened counted, so a
     * run-in paragraph whose phrase changed became a section heading of its own in the version.
     */
    private static boolean wholePreamblePhrase(String text) {
        for (PhraseBook book : PhraseBook.forLanguage(Language.UNDETERMINED)) {
            Optional<PhraseMatch<PreambleKind>> m = book.matchPreamble(text, Body.OTHER);
            if (m.isPresent()) {
                return onlyPunctuation(
                        text.substring(Math.min(text.length(), m.get().end())));
            }
        }
        return false;
    }

    /**
     * Whether a text is an operative phrase standing as a heading: nothing after it, or an
     * addressee (the line does not end a sentence: {@code charge le Secrétaire général}), as the
     * readers read a heading line; {@code Decides to continue its work;} is a phrase with text.
     */
    private static boolean wholeOperativePhrase(String text) {
        for (PhraseBook book : PhraseBook.forLanguage(Language.UNDETERMINED)) {
            Optional<PhraseMatch<ActionKind>> m = book.matchAction(text, Body.OTHER);
            if (m.isPresent()) {
                String rest = text.substring(Math.min(text.length(), m.get().end()));
                return onlyPunctuation(rest) || !endsSentence(text);
            }
        }
        return false;
    }

    private static boolean onlyPunctuation(String rest) {
        String t = rest.strip();
        return t.isEmpty() || t.length() == 1 && endsSentence(t);
    }

    /** Whether a text ends with a mark that ends a sentence or a clause (Latin, Arabic, Chinese). */
    private static boolean endsSentence(String text) {
        String t = text.stripTrailing();
        return !t.isEmpty() && ";,.:\u061B\u060C\u3002\uFF1B\uFF0C\uFF1A".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private static PreambleSection section(PreambleSection s, List<Paragraph> ps, boolean runIn) {
        return new PreambleSection(s.phrase(), runIn && !ps.isEmpty(), ps, s.span());
    }

    /**
     * A section heading under revision, in one version: its phrase, and the paragraph it is run
     * in before (null when the phrase stands alone).
     */
    private record Heading(String phrase, Paragraph rest) {}

    /**
     * A marked paragraph that is, once resolved, a section phrase: alone (a heading under
     * revision, {@code {-welcoming-}{+considering further+}}), or run in before the paragraph's
     * text, the way UN resolutions write their phrases ({@code {-Reiterating-}{+Stressing+} the
     * Vienna Declaration…}): the paragraph's content begins with marks, and the first of them
     * that has text in this version is a phrase, text follows it.
     */
    private static Optional<Heading> heading(
            Paragraph original, Paragraph resolved, boolean accept, Predicate<String> isPhrase) {
        Optional<String> alone = headingText(original, resolved);
        if (alone.isPresent() && isPhrase.test(alone.get())) {
            return Optional.of(new Heading(alone.get(), null));
        }
        if (original.label().isPresent()
                || resolved.label().isPresent()
                || resolved.content().isEmpty()) {
            return Optional.empty();
        }
        String raw = null;
        for (Inline i : original.content()) {
            if (i instanceof Anchor) {
                continue; // a bookmark before the phrase goes to the paragraph's anchors
            }
            if (!(i instanceof Inserted || i instanceof Deleted)) {
                return Optional.empty();
            }
            List<Inline> in = resolve(List.of(i), accept);
            if (!in.isEmpty()) {
                if (!in.stream().allMatch(x -> x instanceof Text)) {
                    return Optional.empty();
                }
                raw = Inline.plainText(in);
                break;
            }
        }
        if (raw == null
                || !(resolved.content().get(0) instanceof Text t)
                || !t.text().startsWith(raw)) {
            return Optional.empty();
        }
        String phrase = raw.strip();
        if (phrase.isEmpty() || phrase.length() > 120 || !isPhrase.test(phrase)) {
            return Optional.empty();
        }
        String after = t.text().substring(raw.length()).stripLeading();
        List<Inline> rest = new ArrayList<>();
        if (!after.isEmpty()) {
            rest.add(new Text(after));
        }
        rest.addAll(resolved.content().subList(1, resolved.content().size()));
        if (rest.isEmpty() || Inline.plainText(rest).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Heading(
                phrase,
                new Paragraph(
                        resolved.anchors(),
                        Optional.empty(),
                        Inline.normalize(rest),
                        resolved.items(),
                        resolved.wrapUp(),
                        resolved.span())));
    }

    /**
     * Whether a heading under revision is the section's own phrase: the first paragraph of a
     * section whose phrase is the heading's accepted text (a compared document's first section
     * whose heading changed carries the newer phrase); in either version the heading then
     * replaces the section's phrase instead of leaving it empty before.
     */
    private static boolean ownPhrase(Paragraph original, Optional<String> sectionPhrase, Predicate<String> isPhrase) {
        Paragraph accepted = resolve(original, true);
        return accepted != null
                && sectionPhrase.isPresent()
                && heading(original, accepted, true, isPhrase)
                        .map(h -> h.phrase().equals(sectionPhrase.get().strip()))
                        .orElse(false);
    }

    /**
     * Whether a section's phrase is written, under revision, by the marks its first paragraph
     * begins with: {@link #compare} gives a part whose first phrase changed the newer phrase as the
     * section's phrase and the change as marks in its first paragraph
     * ({@code {-Guided by-}{+Guided also by+} the Charter}), so a writer that shows those marks
     * does not show the phrase a second time. False for a section without marks there.
     *
     * @param section a section
     * @return whether the first paragraph's marks hold the section's phrase
     */
    public static boolean phraseInMarks(Section section) {
        Checks.notNull(section, "section");
        List<Paragraph> ps = section.paragraphs();
        if (ps.isEmpty() || !hasMarks(ps.get(0).content())) {
            return false;
        }
        return ownPhrase(
                ps.get(0),
                section.headingText(),
                section instanceof PreambleSection ? Revisions::wholePreamblePhrase : Revisions::wholeOperativePhrase);
    }

    /** A marked paragraph that is only a phrase once resolved: a heading under revision. */
    private static Optional<String> headingText(Paragraph original, Paragraph resolved) {
        if (original.label().isPresent()
                || !original.items().isEmpty()
                || !hasMarks(original.content())
                || resolved.label().isPresent()
                || !resolved.items().isEmpty()
                || !resolved.wrapUp().isEmpty()) {
            return Optional.empty();
        }
        for (Inline i : resolved.content()) {
            if (!(i instanceof Text)) {
                return Optional.empty();
            }
        }
        String text = resolved.plainText().strip();
        return text.isEmpty() || text.length() > 120 ? Optional.empty() : Optional.of(text);
    }

    private static List<Paragraph> paragraphs(List<Paragraph> in, boolean accept) {
        List<Paragraph> out = new ArrayList<>(in.size());
        for (Paragraph[] pq : resolveAll(in, accept)) {
            out.add(pq[1]);
        }
        return out;
    }

    /**
     * The paragraphs of a list in one version, each with the paragraph it comes from (original,
     * resolved); a paragraph dropped from the version is left out. A paragraph whose content ends
     * with a mark of {@link #PARAGRAPH_MARK} alone has its paragraph mark inserted (a paragraph
     * split: the rejected version joins it to the next paragraph of the list) or deleted (a merge:
     * the accepted version joins it); in the other version the pilcrow is dropped.
     */
    private static List<Paragraph[]> resolveAll(List<Paragraph> in, boolean accept) {
        List<Paragraph[]> out = new ArrayList<>(in.size());
        Paragraph[] pending = null;
        for (Paragraph p : in) {
            int mark = paragraphMark(p);
            Paragraph base = p;
            if (mark != 0) {
                base = new Paragraph(
                        p.anchors(),
                        p.label(),
                        p.content().subList(0, p.content().size() - 1),
                        p.items(),
                        p.wrapUp(),
                        p.span());
            }
            Paragraph q = resolve(base, accept);
            if (pending != null) {
                q = q == null ? pending[1] : join(pending[1], q);
                base = pending[0];
                pending = null;
            } else {
                base = p;
            }
            if (q == null) {
                continue;
            }
            if (mark == 2 || (mark == 1 && !accept) || (mark < 0 && accept)) {
                pending = new Paragraph[] {base, q};
                continue;
            }
            out.add(new Paragraph[] {base, q});
        }
        if (pending != null) {
            out.add(pending);
        }
        return out;
    }

    /**
     * Where the paragraph's mark exists, from a last mark of a pilcrow alone: 1 inserted (in the
     * accepted version only), -1 deleted (in the rejected version only), 2 inserted and deleted
     * ({@code {+{-¶-}+}}: in neither), else 0 (in both).
     */
    private static int paragraphMark(Paragraph p) {
        if (p.content().isEmpty()) {
            return 0;
        }
        Inline last = p.content().get(p.content().size() - 1);
        if (!(last instanceof Inserted || last instanceof Deleted)
                || !PARAGRAPH_MARK.equals(Inline.plainText(List.of(last)))) {
            return 0;
        }
        boolean inAccepted = !resolve(List.of(last), true).isEmpty();
        boolean inRejected = !resolve(List.of(last), false).isEmpty();
        return inAccepted && inRejected ? 0 : inAccepted ? 1 : inRejected ? -1 : 2;
    }

    /** Two paragraphs as one: the first's label (else the second's), the second's label kept as text. */
    private static Paragraph join(Paragraph a, Paragraph b) {
        List<Anchor> anchors = new ArrayList<>(a.anchors());
        anchors.addAll(b.anchors());
        List<Inline> content = new ArrayList<>(a.content());
        if (a.label().isPresent() && b.label().isPresent()) {
            content.add(new Text(b.label().get().text() + b.label().get().separator()));
        }
        content.addAll(b.content());
        List<Paragraph> items = new ArrayList<>(a.items());
        items.addAll(b.items());
        List<Inline> wrapUp = new ArrayList<>(a.wrapUp());
        wrapUp.addAll(b.wrapUp());
        return new Paragraph(
                anchors, a.label().or(b::label), Inline.normalize(content), items, Inline.normalize(wrapUp), a.span());
    }

    /** @return the paragraph in one version, or null when it does not exist in that version */
    private static Paragraph resolve(Paragraph p, boolean accept) {
        if (!hasMarks(p)) {
            return p;
        }
        List<Inline> content = resolve(p.content(), accept);
        List<Paragraph> items = paragraphs(p.items(), accept);
        List<Inline> wrapUp = resolve(p.wrapUp(), accept);
        boolean empty = items.isEmpty() && wrapUp.isEmpty() && content.stream().allMatch(i -> i instanceof Anchor);
        if (empty && !p.content().isEmpty()) {
            return null;
        }
        List<Anchor> anchors = new ArrayList<>(p.anchors());
        Optional<Label> label = p.label();
        if (label.isEmpty() && startsWithMark(p.content())) {
            int i = 0;
            while (i < content.size() && content.get(i) instanceof Anchor a) {
                anchors.add(a);
                i++;
            }
            if (i < content.size() && content.get(i) instanceof Text t) {
                Matcher m = LEADING_LABEL.matcher(t.text());
                if (m.find()) {
                    Label l = Label.of(m.group(1), m.group(2));
                    if (l.style() != LabelStyle.OTHER) {
                        label = Optional.of(l);
                        List<Inline> rest = new ArrayList<>(content.subList(i + 1, content.size()));
                        String after = t.text().substring(m.end());
                        if (!after.isEmpty()) {
                            rest.add(0, new Text(after));
                        }
                        content = rest;
                    } else {
                        content = content.subList(i, content.size());
                    }
                } else {
                    content = content.subList(i, content.size());
                }
            } else {
                content = content.subList(i, content.size());
            }
        }
        return new Paragraph(anchors, label, content, items, wrapUp, p.span());
    }

    private static boolean startsWithMark(List<Inline> content) {
        for (Inline i : content) {
            if (i instanceof Anchor) {
                continue;
            }
            return i instanceof Inserted || i instanceof Deleted;
        }
        return false;
    }

    private static List<Inline> resolve(List<Inline> content, boolean accept) {
        if (!hasMarks(content)) {
            return content;
        }
        List<Inline> out = new ArrayList<>(content.size());
        for (Inline i : content) {
            if (i instanceof Inserted m) {
                if (accept) {
                    out.addAll(resolve(m.content(), true));
                }
            } else if (i instanceof Deleted m) {
                if (!accept) {
                    out.addAll(resolve(m.content(), false));
                }
            } else if (i instanceof Footnote f) {
                out.add(new Footnote(f.marker(), resolve(f.content(), accept), f.span()));
            } else if (i instanceof Bracketed b) {
                out.add(new Bracketed(resolve(b.content(), accept), b.span()));
            } else if (i instanceof UnknownElement u) {
                out.add(u.withContent(resolve(u.content(), accept)));
            } else {
                out.add(i);
            }
        }
        return Inline.normalize(out);
    }

    // ------------------------------------------------------------------ compare

    /**
     * One document holding both versions, with {@link Deleted} and {@link Inserted} marks where
     * they differ. Paragraphs are aligned first by identical text (a longest common subsequence:
     * paragraphs found once in each version anchor it, Myers' algorithm in linear space fills in
     * between), then, between those, by label and text similarity (each paragraph looks a
     * bounded number of paragraphs ahead); words are compared inside aligned paragraphs, content
     * words first, then short words and punctuation between them, spaces last, and a short
     * common stretch between two long changes is absorbed into one rewording. A
     * paragraph that left one place and reappears, possibly edited, elsewhere is a move (marks
     * with a {@link Inserted#move() move} name); a paragraph whose text is kept but whose label
     * changed is renumbered (label marks only). {@code accepted(compare(a, b))} equals {@code b}
     * and {@code rejected(compare(a, b))} equals {@code a} for documents without marks, up to
     * source spans and citations found inside changed text. Comparing a document with itself
     * gives no mark.
     *
     * <p>Bounded: the whole comparison has a work budget proportional to the size of both
     * versions (plus a constant); once it is spent, what is left to compare becomes replacements
     * (paragraphs deleted and inserted whole, or a paragraph's text replaced) and no further
     * pairs or moves are looked for. The marks are then coarser, never wrong: both versions
     * still come back exactly. Memory is linear in the size.
     *
     * <p>What is not running text cannot be marked inline: the identity (title, heading, number,
     * body, kind, language, history) and the annexes' numbers, headings and titles are the newer
     * version's, and where the older one's differ they are kept in the metadata under
     * {@code revision.before.*} ({@code revision.before.title}, {@code revision.before.annex.2.title},
     * {@code revision.before.absent} for fields the older version did not have,
     * {@code revision.before.annexes}/{@code revision.after.annexes} when the number of annexes
     * changed); {@link #rejected} puts them back and {@link #accepted} drops them, so both versions
     * come back whole, and {@link #unmarkedChanges} lists them. The older version's other metadata
     * (layout facts of its reader) is not kept.
     *
     * <p>A version that already holds marks (a Word document's tracked changes, an earlier
     * diff) is compared in its {@link #accepted} form, so marks never nest.
     *
     * @param older the earlier version
     * @param newer the later version
     * @return the later version with the marks of the revision
     */
    public static Resolution compare(Resolution older, Resolution newer) {
        Checks.notNull(older, "older");
        Checks.notNull(newer, "newer");
        // a version that already holds marks is compared as it stands after them: marks never nest
        Resolution a = marked(older) ? accepted(older) : older;
        Resolution b = marked(newer) ? accepted(newer) : newer;
        long chars = size(a) + size(b);
        return new Comparison(Myers.Budget.of(BASE_BUDGET + BUDGET_PER_CHAR * chars)).run(a, b);
    }

    private static boolean marked(Resolution r) {
        return r.find(Inserted.class).findAny().isPresent()
                || r.find(Deleted.class).findAny().isPresent();
    }

    private static long size(Resolution r) {
        long[] n = {0};
        r.find(Text.class).forEach(t -> n[0] += t.text().length() + 1);
        return n[0];
    }

    /** One run of {@link #compare}: token numbering, move names and the work left. */
    private static final class Comparison {
        /**
         * Bounds the whole comparison: every diff and similarity draws on it; once spent, what is
         * left to compare becomes replacements (whole paragraphs deleted and inserted, or a
         * paragraph's text replaced) and no more pairs or moves are looked for.
         */
        private final Myers.Budget budget;

        private final Map<Paragraph, int[]> wordsOf = new java.util.IdentityHashMap<>();
        private final Map<Object, Integer> ids = new HashMap<>();

        Comparison(Myers.Budget budget) {
            this.budget = budget;
        }

        private int moves;
        /** Whole-paragraph deletions and insertions waiting for move detection. */
        private final List<Paragraph[]> deletedWhole = new ArrayList<>();

        private final List<Paragraph[]> insertedWhole = new ArrayList<>();

        private int id(Object key) {
            return ids.computeIfAbsent(key, k -> ids.size());
        }

        Resolution run(Resolution a, Resolution b) {
            Optional<OpeningFormula> formula;
            if (a.formula().isPresent() && b.formula().isPresent()) {
                formula = Optional.of(new OpeningFormula(
                        inlines(a.formula().get().content(), b.formula().get().content()),
                        b.formula().get().span()));
            } else if (b.formula().isPresent()) {
                formula = Optional.of(new OpeningFormula(
                        List.of(mark(b.formula().get().content(), true)),
                        b.formula().get().span()));
            } else {
                formula = a.formula().map(f -> new OpeningFormula(List.of(mark(f.content(), false)), f.span()));
            }
            List<PreambleSection> preamble = preamble(a.preamble(), b.preamble());
            List<OperativeSection> operative = operative(a.operative(), b.operative());
            List<Annex> annexes = new ArrayList<>();
            int n = Math.max(a.annexes().size(), b.annexes().size());
            for (int i = 0; i < n; i++) {
                Annex x = i < a.annexes().size() ? a.annexes().get(i) : null;
                Annex y = i < b.annexes().size() ? b.annexes().get(i) : null;
                Annex base = y != null ? y : x;
                List<Paragraph> ps =
                        paragraphs(x == null ? List.of() : x.paragraphs(), y == null ? List.of() : y.paragraphs());
                annexes.add(new Annex(base.number(), base.heading(), base.title(), ps, base.span()));
            }
            Resolution merged = new Resolution(
                    b.identity(), formula, preamble, operative, annexes, b.metadata(), b.hints(), b.span());
            return RevisionFields.keep(a, b, detectMoves(merged));
        }

        // ---- sections: a sequence of heading and paragraph blocks

        private record Block(String heading, Paragraph paragraph, Object section) {}

        private List<Block> blocks(List<? extends Section> sections) {
            List<Block> out = new ArrayList<>();
            for (Section s : sections) {
                out.add(new Block(s.headingText().orElse(""), null, s));
                List<Paragraph> ps =
                        s instanceof PreambleSection p ? p.paragraphs() : ((OperativeSection) s).paragraphs();
                for (Paragraph p : ps) {
                    out.add(new Block(null, p, s));
                }
            }
            return out;
        }

        private List<PreambleSection> preamble(List<PreambleSection> a, List<PreambleSection> b) {
            List<PreambleSection> out = new ArrayList<>();
            for (Merged m : sections(a, b)) {
                PreambleSection s = (PreambleSection) m.section;
                out.add(new PreambleSection(s.phrase(), s.runIn() && !m.paragraphs.isEmpty(), m.paragraphs, s.span()));
            }
            return out;
        }

        private List<OperativeSection> operative(List<OperativeSection> a, List<OperativeSection> b) {
            List<OperativeSection> out = new ArrayList<>();
            for (Merged m : sections(a, b)) {
                OperativeSection s = (OperativeSection) m.section;
                out.add(new OperativeSection(s.phrase(), s.runIn() && !m.paragraphs.isEmpty(), m.paragraphs, s.span()));
            }
            return out;
        }

        private static final class Merged {
            final Object section;
            final List<Paragraph> paragraphs = new ArrayList<>();

            Merged(Object section) {
                this.section = section;
            }
        }

        private List<Merged> sections(List<? extends Section> a, List<? extends Section> b) {
            List<Block> xa = blocks(a);
            List<Block> xb = blocks(b);
            List<Merged> out = new ArrayList<>();
            List<Object[]> aligned = align(xa, xb);
            // the marks of a run-in phrase that changed, put before the text of the next paragraph
            List<Inline> lead = null;
            for (Object[] pair : aligned) {
                Block x = (Block) pair[0];
                Block y = (Block) pair[1];
                Block any = y != null ? y : x;
                if (any.heading != null) {
                    boolean runIn = (x == null || runIn(x.section)) && (y == null || runIn(y.section));
                    if (x != null && y != null && x.heading.equals(y.heading)) {
                        runs++; // a kept heading between two whole paragraphs: they are not side by side
                        out.add(new Merged(y.section));
                        continue;
                    }
                    if (out.isEmpty()) {
                        // the first heading changed: the newer heading stands, both as marks before the rest
                        out.add(new Merged(any.section));
                    }
                    List<Inline> marks = new ArrayList<>();
                    if (runIn) {
                        // UN style: the phrase is the start of its paragraph, a change of it a change of that text
                        boolean both = x != null && y != null && !x.heading.isEmpty() && !y.heading.isEmpty();
                        String space = both ? "" : " ";
                        if (x != null && !x.heading.isEmpty()) {
                            marks.add(Deleted.of(List.of(Text.of(x.heading + space))));
                        }
                        if (y != null && !y.heading.isEmpty()) {
                            marks.add(Inserted.of(List.of(Text.of(y.heading + space))));
                        }
                        if (both) {
                            marks.add(Text.of(" "));
                        }
                        lead = marks.isEmpty() ? null : marks;
                        continue;
                    }
                    // a section without a phrase has an empty heading: nothing to mark for it
                    if (x != null && !x.heading.isEmpty()) {
                        marks.add(Deleted.of(List.of(Text.of(x.heading))));
                    }
                    if (y != null && !y.heading.isEmpty()) {
                        marks.add(Inserted.of(List.of(Text.of(y.heading))));
                    }
                    if (!marks.isEmpty()) {
                        out.get(out.size() - 1).paragraphs.add(Paragraph.of(marks));
                    }
                    continue;
                }
                if (out.isEmpty()) {
                    out.add(new Merged(any.section));
                }
                Paragraph p = pair(x == null ? null : x.paragraph, y == null ? null : y.paragraph);
                if (lead != null && p.label().isPresent()) {
                    out.get(out.size() - 1).paragraphs.add(headingOnly(lead));
                } else if (lead != null) {
                    List<Inline> content = new ArrayList<>(lead);
                    content.addAll(p.content());
                    p = new Paragraph(
                            p.anchors(), p.label(), Inline.normalize(content), p.items(), p.wrapUp(), p.span());
                }
                lead = null;
                out.get(out.size() - 1).paragraphs.add(p);
            }
            if (lead != null) {
                out.get(out.size() - 1).paragraphs.add(headingOnly(lead));
            }
            return out;
        }

        /** The marks of a run-in phrase as a heading of their own (no paragraph text to run into). */
        private static Paragraph headingOnly(List<Inline> lead) {
            List<Inline> marks = new ArrayList<>();
            for (Inline i : lead) {
                if (i instanceof Inserted m) {
                    marks.add(Inserted.of(
                            List.of(Text.of(Inline.plainText(m.content()).strip()))));
                } else if (i instanceof Deleted m) {
                    marks.add(Deleted.of(
                            List.of(Text.of(Inline.plainText(m.content()).strip()))));
                }
            }
            return Paragraph.of(marks);
        }

        private static boolean runIn(Object section) {
            return section instanceof PreambleSection p ? p.runIn() : ((OperativeSection) section).runIn();
        }

        private List<Paragraph> paragraphs(List<Paragraph> a, List<Paragraph> b) {
            List<Block> xa = new ArrayList<>();
            a.forEach(p -> xa.add(new Block(null, p, null)));
            List<Block> xb = new ArrayList<>();
            b.forEach(p -> xb.add(new Block(null, p, null)));
            List<Paragraph> out = new ArrayList<>();
            for (Object[] pair : align(xa, xb)) {
                Block x = (Block) pair[0];
                Block y = (Block) pair[1];
                out.add(pair(x == null ? null : x.paragraph, y == null ? null : y.paragraph));
            }
            return out;
        }

        /** Blocks aligned: pairs [older, newer], either side null when unmatched, in document order. */
        private List<Object[]> align(List<Block> a, List<Block> b) {
            int[] ka = new int[a.size()];
            int[] kb = new int[b.size()];
            for (int i = 0; i < ka.length; i++) {
                ka[i] = id(key(a.get(i)));
            }
            for (int i = 0; i < kb.length; i++) {
                kb[i] = id(key(b.get(i)));
            }
            Myers.Result r = Myers.diff(ka, kb, budget);
            List<Object[]> out = new ArrayList<>();
            int i = 0;
            int j = 0;
            while (i < a.size() || j < b.size()) {
                int i1 = i;
                int j1 = j;
                while (i1 < a.size() && !r.keptA().get(i1)) {
                    i1++;
                }
                while (j1 < b.size() && !r.keptB().get(j1)) {
                    j1++;
                }
                gap(a.subList(i, i1), b.subList(j, j1), out);
                if (i1 < a.size() && j1 < b.size()) {
                    out.add(new Object[] {a.get(i1), b.get(j1)});
                }
                i = i1 + 1;
                j = j1 + 1;
            }
            return redrafted(out);
        }

        /**
         * Unpairs a paragraph that was relabelled and edited while standing alone inside a replaced
         * run: on each side, its nearest neighbours before and after are whole deletions (older
         * side) and whole insertions (newer side). Such a paragraph is part of a list redrafted
         * as a whole (the way a reviewer who replaces {@code b)}–{@code d)} by {@code b)}–{@code h)}
         * marks it), so it is deleted and inserted whole with its run. A relabelled paragraph with
         * the same text, or with a paired or kept neighbour, stays paired: a renumbering.
         */
        private List<Object[]> redrafted(List<Object[]> out) {
            List<Object[]> result = null;
            java.util.Set<Object> split = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (int k = 0; k < out.size(); k++) {
                Object[] e = out.get(k);
                Block x = (Block) e[0];
                Block y = (Block) e[1];
                boolean lone = x != null
                        && y != null
                        && x.paragraph != null
                        && y.paragraph != null
                        && x.paragraph.label().isPresent()
                        && y.paragraph.label().isPresent()
                        && !sameLabel(x, y)
                        && !x.paragraph.content().equals(y.paragraph.content())
                        && whole(out, k, 0, -1)
                        && whole(out, k, 0, 1)
                        && whole(out, k, 1, -1)
                        && whole(out, k, 1, 1);
                if (lone && result == null) {
                    result = new ArrayList<>(out.subList(0, k));
                }
                if (lone) {
                    split.add(x);
                    split.add(y);
                    result.add(new Object[] {x, null});
                    result.add(new Object[] {null, y});
                } else if (result != null) {
                    result.add(e);
                }
            }
            if (result == null) {
                return out;
            }
            // each run of whole deletions and insertions that took one in: deletions first, as a replaced run reads
            List<Object[]> ordered = new ArrayList<>(result.size());
            int k = 0;
            while (k < result.size()) {
                if (result.get(k)[0] != null && result.get(k)[1] != null) {
                    ordered.add(result.get(k++));
                    continue;
                }
                int end = k;
                while (end < result.size() && (result.get(end)[0] == null || result.get(end)[1] == null)) {
                    end++;
                }
                List<Object[]> run = result.subList(k, end);
                if (run.stream().anyMatch(e -> split.contains(e[0]) || split.contains(e[1]))) {
                    run.stream().filter(e -> e[0] != null).forEach(ordered::add);
                    run.stream().filter(e -> e[0] == null).forEach(ordered::add);
                } else {
                    ordered.addAll(run);
                }
                k = end;
            }
            return ordered;
        }

        /** Whether the nearest entry of side {@code side} (0 older, 1 newer) in direction {@code step} is unpaired. */
        private static boolean whole(List<Object[]> out, int at, int side, int step) {
            for (int k = at + step; k >= 0 && k < out.size(); k += step) {
                Object[] e = out.get(k);
                if (e[side] != null) {
                    Block b = (Block) e[side];
                    return b.paragraph != null && e[1 - side] == null;
                }
            }
            return false;
        }

        private Object key(Block x) {
            if (x.heading != null) {
                return "\u0001H" + x.heading;
            }
            Paragraph p = x.paragraph;
            return List.of(p.label().map(Label::text).orElse(""), p.content(), p.items(), p.wrapUp());
        }

        /** Pairs the unmatched blocks between two anchors: same label first, then similarity in order. */
        private void gap(List<Block> a, List<Block> b, List<Object[]> out) {
            int i0 = 0;
            int j0 = 0;
            int j = 0;
            for (int i = 0; i < a.size(); i++) {
                Block x = a.get(i);
                if (x.heading != null || x.paragraph.label().isEmpty()) {
                    continue;
                }
                if (budget.spent()) {
                    break;
                }
                for (int k = j; k < b.size() && k < j + WINDOW; k++) {
                    Block y = b.get(k);
                    if (y.heading == null
                            && sameLabel(x, y)
                            && similarity(x.paragraph, y.paragraph) >= PAIR_SIMILARITY) {
                        positional(a.subList(i0, i), b.subList(j0, k), out);
                        out.add(new Object[] {x, y});
                        i0 = i + 1;
                        j0 = k + 1;
                        j = k + 1;
                        break;
                    }
                }
            }
            positional(a.subList(i0, a.size()), b.subList(j0, b.size()), out);
        }

        /**
         * How many paragraphs were paired so far, in document order: a paragraph deleted or
         * inserted whole takes this number, so two with the same number stand side by side (only
         * whole insertions and deletions between them: a replacement) and two with different
         * numbers have a paired or kept paragraph between them (a move).
         */
        private int runs;

        private void positional(List<Block> a, List<Block> b, List<Object[]> out) {
            int j = 0;
            for (Block x : a) {
                int best = -1;
                double bestScore = PAIR_SIMILARITY;
                for (int k = j; k < b.size() && k < j + WINDOW && !budget.spent(); k++) {
                    Block y = b.get(k);
                    if ((x.heading == null) != (y.heading == null)) {
                        continue;
                    }
                    double s = x.heading != null ? 1.0 : similarity(x.paragraph, y.paragraph);
                    if (s > bestScore || (s >= PAIR_SIMILARITY && s == bestScore && sameLabel(x, y))) {
                        best = k;
                        bestScore = s;
                    }
                }
                if (best < 0) {
                    out.add(new Object[] {x, null});
                    continue;
                }
                for (; j < best; j++) {
                    out.add(new Object[] {null, b.get(j)});
                }
                out.add(new Object[] {x, b.get(best)});
                j = best + 1;
            }
            for (; j < b.size(); j++) {
                out.add(new Object[] {null, b.get(j)});
            }
        }

        private boolean sameLabel(Block x, Block y) {
            if (x.paragraph == null || y.paragraph == null) {
                return x.paragraph == y.paragraph;
            }
            return x.paragraph
                    .label()
                    .map(Label::text)
                    .equals(y.paragraph.label().map(Label::text));
        }

        /** Words in common, as a share of both; 0 once the budget is spent. */
        double similarity(Paragraph x, Paragraph y) {
            if (!budget.take(1)) {
                return 0;
            }
            int[] a = wordsOf.computeIfAbsent(x, p -> words(wholeText(p)));
            int[] b = wordsOf.computeIfAbsent(y, p -> words(wholeText(p)));
            if (a.length + b.length == 0) {
                return 1;
            }
            if (2.0 * Math.min(a.length, b.length) / (a.length + b.length) < PAIR_SIMILARITY
                    || !budget.take(a.length + b.length)) {
                return 0; // cannot reach the threshold, or no work left
            }
            Myers.Result r = Myers.diff(a, b, budget);
            return 2.0 * r.keptA().cardinality() / (a.length + b.length);
        }

        private int[] words(String s) {
            List<String> t = Tokens.split(s);
            int[] out = new int[t.size()];
            int n = 0;
            for (String w : t) {
                if (Tokens.isWord(w)) {
                    out[n++] = id(w);
                }
            }
            return java.util.Arrays.copyOf(out, n);
        }

        // ---- paragraphs

        private Paragraph pair(Paragraph x, Paragraph y) {
            if (x == null) {
                Paragraph p = whole(y, true);
                insertedWhole.add(new Paragraph[] {y, p});
                gapOf.put(p, runs);
                return p;
            }
            if (y == null) {
                Paragraph p = whole(x, false);
                deletedWhole.add(new Paragraph[] {x, p});
                gapOf.put(p, runs);
                return p;
            }
            runs++;
            if (x.equals(y)) {
                return y;
            }
            List<Inline> content = inlines(x.content(), y.content());
            List<Paragraph> items = paragraphs(x.items(), y.items());
            List<Inline> wrapUp = inlines(x.wrapUp(), y.wrapUp());
            Optional<String> lx = x.label().map(l -> l.text() + l.separator());
            Optional<String> ly = y.label().map(l -> l.text() + l.separator());
            if (lx.equals(ly)) {
                return new Paragraph(y.anchors(), y.label(), content, items, wrapUp, y.span());
            }
            // renumbered (or relabelled): the labels become marks at the start of the text
            List<Inline> marked = new ArrayList<>();
            String sep = x.label().isPresent()
                            && y.label().isPresent()
                            && x.label()
                                    .get()
                                    .separator()
                                    .equals(y.label().get().separator())
                    ? y.label().get().separator()
                    : "";
            x.label()
                    .ifPresent(l -> marked.add(
                            Deleted.of(List.of(Text.of(sep.isEmpty() ? l.text() + l.separator() : l.text())))));
            y.label()
                    .ifPresent(l -> marked.add(
                            Inserted.of(List.of(Text.of(sep.isEmpty() ? l.text() + l.separator() : l.text())))));
            if (!sep.isEmpty()) {
                marked.add(Text.of(sep));
            }
            marked.addAll(content);
            return new Paragraph(y.anchors(), Optional.empty(), Inline.normalize(marked), items, wrapUp, y.span());
        }

        /** A paragraph inserted or deleted whole: one mark holding label and text. */
        private Paragraph whole(Paragraph p, boolean inserted) {
            List<Inline> flat = new ArrayList<>();
            p.label().ifPresent(l -> flat.add(Text.of(l.text() + l.separator())));
            flat.addAll(p.content());
            List<Inline> content = new ArrayList<>(p.anchors());
            if (!flat.isEmpty()) {
                content.add(mark(Inline.normalize(flat), inserted));
            }
            List<Paragraph> items = new ArrayList<>();
            for (Paragraph q : p.items()) {
                items.add(whole(q, inserted));
            }
            List<Inline> wrapUp = p.wrapUp().isEmpty() ? List.of() : List.of(mark(p.wrapUp(), inserted));
            return new Paragraph(List.of(), Optional.empty(), content, items, wrapUp, p.span());
        }

        private static Inline mark(List<Inline> content, boolean inserted) {
            return inserted ? Inserted.of(content) : Deleted.of(content);
        }

        /** Moves: a paragraph deleted whole whose text reappears, inserted whole, elsewhere. */
        private Resolution detectMoves(Resolution r) {
            boolean[] used = new boolean[insertedWhole.size()];
            for (Paragraph[] d : deletedWhole) {
                if (budget.spent()) {
                    break;
                }
                int best = -1;
                double bestScore = PAIR_SIMILARITY;
                for (int k = 0; k < insertedWhole.size(); k++) {
                    if (used[k]
                            || gapOf.get(d[1]).equals(gapOf.get(insertedWhole.get(k)[1]))) {
                        continue; // side by side: a replacement, not a move
                    }
                    double s = similarity(d[0], insertedWhole.get(k)[0]);
                    if (s > bestScore) {
                        best = k;
                        bestScore = s;
                    }
                }
                if (best >= 0) {
                    used[best] = true;
                    String name = "move" + (++moves);
                    moveNames.put(d[1], name);
                    moveNames.put(insertedWhole.get(best)[1], name);
                }
            }
            if (moveNames.isEmpty()) {
                return r;
            }
            return new MoveNamer(moveNames).apply(r);
        }

        private final Map<Paragraph, String> moveNames = new java.util.IdentityHashMap<>();
        private final Map<Paragraph, Integer> gapOf = new java.util.IdentityHashMap<>();

        // ---- words inside a paragraph

        List<Inline> inlines(List<Inline> a, List<Inline> b) {
            if (a.equals(b)) {
                return b;
            }
            List<Object> ta = Tokens.of(a);
            List<Object> tb = Tokens.of(b);
            // aligned the way a reviewer reads: on content first (words of three characters or more,
            // and nodes), then on the short words and punctuation between two aligned content tokens,
            // and spaces last, so a run of matching "de", commas or spaces never outweighs a matching word
            BitSet keptA = new BitSet(ta.size());
            BitSet keptB = new BitSet(tb.size());
            int[][] strong =
                    common(ta, Tokens.positions(ta, 0, ta.size(), true), tb, Tokens.positions(tb, 0, tb.size(), true));
            int pa = 0;
            int pb = 0;
            for (int k = 0; k <= strong[0].length; k++) {
                int ea = k < strong[0].length ? strong[0][k] : ta.size();
                int eb = k < strong[1].length ? strong[1][k] : tb.size();
                int[][] weak = common(ta, Tokens.positions(ta, pa, ea, false), tb, Tokens.positions(tb, pb, eb, false));
                for (int w = 0; w <= weak[0].length; w++) {
                    int wa = w < weak[0].length ? weak[0][w] : ea;
                    int wb = w < weak[1].length ? weak[1][w] : eb;
                    Tokens.keepCommonEnds(ta, pa, wa, tb, pb, wb, keptA, keptB);
                    if (w < weak[0].length) {
                        keptA.set(wa);
                        keptB.set(wb);
                    }
                    pa = wa + 1;
                    pb = wb + 1;
                }
                pa = ea + 1;
                pb = eb + 1;
                if (k < strong[0].length) {
                    keptA.set(ea);
                    keptB.set(eb);
                }
            }
            return Tokens.merge(ta, tb, keptA, keptB);
        }

        /** The positions (among {@code pa} in {@code a}, {@code pb} in {@code b}) of a longest common subsequence. */
        private int[][] common(List<Object> a, int[] pa, List<Object> b, int[] pb) {
            if (pa.length == 0 || pb.length == 0) {
                return new int[][] {new int[0], new int[0]};
            }
            int[] ka = new int[pa.length];
            int[] kb = new int[pb.length];
            for (int i = 0; i < ka.length; i++) {
                ka[i] = id(a.get(pa[i]));
            }
            for (int i = 0; i < kb.length; i++) {
                kb[i] = id(b.get(pb[i]));
            }
            if (java.util.Arrays.equals(ka, kb)) {
                return new int[][] {pa, pb}; // the usual stretch between two kept words: all common
            }
            Myers.Result r = Myers.diff(ka, kb, budget);
            int n = r.keptA().cardinality();
            int[][] out = {new int[n], new int[n]};
            for (int k = 0, i = r.keptA().nextSetBit(0), j = r.keptB().nextSetBit(0);
                    k < n;
                    k++, i = r.keptA().nextSetBit(i + 1), j = r.keptB().nextSetBit(j + 1)) {
                out[0][k] = pa[i];
                out[1][k] = pb[j];
            }
            return out;
        }
    }

    /** Gives the whole-paragraph marks of moves their names. */
    private static final class MoveNamer {
        private final Map<Paragraph, String> names;

        MoveNamer(Map<Paragraph, String> names) {
            this.names = names;
        }

        Resolution apply(Resolution r) {
            List<PreambleSection> pre = new ArrayList<>();
            for (PreambleSection s : r.preamble()) {
                pre.add(new PreambleSection(s.phrase(), s.runIn(), list(s.paragraphs()), s.span()));
            }
            List<OperativeSection> op = new ArrayList<>();
            for (OperativeSection s : r.operative()) {
                op.add(new OperativeSection(s.phrase(), s.runIn(), list(s.paragraphs()), s.span()));
            }
            List<Annex> an = new ArrayList<>();
            for (Annex a : r.annexes()) {
                an.add(new Annex(a.number(), a.heading(), a.title(), list(a.paragraphs()), a.span()));
            }
            return new Resolution(r.identity(), r.formula(), pre, op, an, r.metadata(), r.hints(), r.span());
        }

        private List<Paragraph> list(List<Paragraph> ps) {
            List<Paragraph> out = new ArrayList<>(ps.size());
            for (Paragraph p : ps) {
                out.add(one(p));
            }
            return out;
        }

        private Paragraph one(Paragraph p) {
            String name = names.get(p);
            List<Paragraph> items = list(p.items());
            if (name == null) {
                return p.withItems(items);
            }
            Optional<String> move = Optional.of(name);
            List<Inline> content = new ArrayList<>();
            for (Inline i : p.content()) {
                if (i instanceof Inserted m) {
                    content.add(m.withMove(move));
                } else if (i instanceof Deleted m) {
                    content.add(m.withMove(move));
                } else {
                    content.add(i);
                }
            }
            return new Paragraph(p.anchors(), p.label(), content, items, p.wrapUp(), p.span());
        }
    }

    private static String wholeText(Paragraph p) {
        StringBuilder sb = new StringBuilder(p.plainText());
        for (Paragraph q : p.items()) {
            sb.append(' ')
                    .append(q.label().map(Label::text).orElse(""))
                    .append(' ')
                    .append(wholeText(q));
        }
        sb.append(' ').append(Inline.plainText(p.wrapUp()));
        return sb.toString();
    }

    /** Words, spaces and punctuation of inline content; every other node is one token. */
    static final class Tokens {
        private Tokens() {}

        static List<String> split(String s) {
            List<String> out = new ArrayList<>();
            int i = 0;
            while (i < s.length()) {
                int cp = s.codePointAt(i);
                int j = i + Character.charCount(cp);
                if (wordChar(cp)) {
                    while (j < s.length() && wordChar(s.codePointAt(j))) {
                        j += Character.charCount(s.codePointAt(j));
                    }
                    // an elided article or pronoun (d', l', qu') is a word of its own, apostrophe included
                    if (j + 1 < s.length() && isApostrophe(s.charAt(j)) && wordChar(s.codePointAt(j + 1))) {
                        j++;
                    }
                } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                    while (j < s.length()
                            && (Character.isWhitespace(s.codePointAt(j)) || Character.isSpaceChar(s.codePointAt(j)))) {
                        j += Character.charCount(s.codePointAt(j));
                    }
                }
                out.add(s.substring(i, j));
                i = j;
            }
            return out;
        }

        private static boolean wordChar(int cp) {
            return Character.isLetterOrDigit(cp);
        }

        private static boolean isApostrophe(char c) {
            return c == '\'' || c == '\u2019';
        }

        static boolean isWord(String t) {
            return !t.isEmpty() && wordChar(t.codePointAt(0));
        }

        /** A token strong enough to keep two changes apart: a word of three characters, or any node. */
        static boolean strong(Object t) {
            if (!(t instanceof String s)) {
                return true;
            }
            return isWord(s) && s.codePointCount(0, s.length()) >= 3;
        }

        static boolean isSpace(Object t) {
            if (!(t instanceof String s) || s.isEmpty()) {
                return false;
            }
            int cp = s.codePointAt(0);
            return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
        }

        /**
         * @param tokens tokens
         * @param from first position
         * @param to position after the last
         * @param strong whether the strong tokens are wanted, or the others that are not spaces
         * @return the positions of those tokens in the range
         */
        static int[] positions(List<Object> tokens, int from, int to, boolean strong) {
            int[] out = new int[Math.max(0, to - from)];
            int n = 0;
            for (int i = from; i < to; i++) {
                Object t = tokens.get(i);
                if (strong ? strong(t) : !strong(t) && !isSpace(t)) {
                    out[n++] = i;
                }
            }
            return java.util.Arrays.copyOf(out, n);
        }

        /**
         * Between two kept tokens: the equal tokens at the start and at the end of both ranges
         * ({@code [a0, a1)} and {@code [b0, b1)}) are kept too (the spaces the word diff skipped).
         */
        static void keepCommonEnds(
                List<Object> a, int a0, int a1, List<Object> b, int b0, int b1, BitSet keptA, BitSet keptB) {
            while (a0 < a1 && b0 < b1 && a.get(a0).equals(b.get(b0))) {
                keptA.set(a0++);
                keptB.set(b0++);
            }
            while (a0 < a1 && b0 < b1 && a.get(a1 - 1).equals(b.get(b1 - 1))) {
                keptA.set(--a1);
                keptB.set(--b1);
            }
        }

        static List<Object> of(List<Inline> content) {
            List<Object> out = new ArrayList<>();
            for (Inline i : content) {
                if (i instanceof Text t) {
                    out.addAll(split(t.text()));
                } else {
                    out.add(i);
                }
            }
            return out;
        }

        static List<Inline> merge(List<Object> a, List<Object> b, BitSet keptA, BitSet keptB) {
            // walk both sides: runs of kept tokens (equal) and hunks (changed)
            List<int[]> hunks = new ArrayList<>(); // [a0, a1, b0, b1]
            int i = 0;
            int j = 0;
            while (i < a.size() || j < b.size()) {
                int i1 = i;
                int j1 = j;
                while (i1 < a.size() && !keptA.get(i1)) {
                    i1++;
                }
                while (j1 < b.size() && !keptB.get(j1)) {
                    j1++;
                }
                if (i1 > i || j1 > j) {
                    hunks.add(new int[] {i, i1, j, j1});
                }
                i = i1;
                j = j1;
                while (i < a.size() && j < b.size() && keptA.get(i) && keptB.get(j)) {
                    i++;
                    j++;
                }
            }
            // merge hunks separated only by weak tokens (spaces, punctuation, short words), or by a
            // kept stretch much shorter than the changes on both sides of it (a reviewer reads one
            // rewording there, not two changes around a common word); a merged hunk is larger, so
            // the stretch before it is looked at again (each merge removes a hunk: linear)
            List<int[]> merged = new ArrayList<>();
            for (int[] h : hunks) {
                merged.add(h);
                while (merged.size() >= 2) {
                    int[] left = merged.get(merged.size() - 2);
                    int[] right = merged.get(merged.size() - 1);
                    if (!weak(b, left[3], right[2]) && !minor(a, b, left, right)) {
                        break;
                    }
                    left[1] = right[1];
                    left[3] = right[3];
                    merged.remove(merged.size() - 1);
                }
            }
            List<Inline> out = new ArrayList<>();
            int pb = 0;
            for (int[] h : merged) {
                emit(b.subList(pb, h[2]), out);
                hunk(a.subList(h[0], h[1]), b.subList(h[2], h[3]), out);
                pb = h[3];
            }
            emit(b.subList(pb, b.size()), out);
            return Inline.normalize(out);
        }

        /** How many times longer than a kept stretch the changes on both sides must be to absorb it. */
        static final int ABSORB = 4;

        private static boolean weak(List<Object> b, int from, int to) {
            for (int k = from; k < to; k++) {
                if (strong(b.get(k))) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the kept stretch between two hunks is minor next to both of them. */
        private static boolean minor(List<Object> a, List<Object> b, int[] left, int[] right) {
            long kept = length(b, left[3], right[2]);
            return kept * ABSORB <= Math.min(size(a, b, left), size(a, b, right));
        }

        /** The size of a hunk: the longer of its deleted and inserted text. */
        private static long size(List<Object> a, List<Object> b, int[] h) {
            return Math.max(length(a, h[0], h[1]), length(b, h[2], h[3]));
        }

        /** Characters of text tokens; a node counts as a word of eight. */
        private static long length(List<Object> tokens, int from, int to) {
            long n = 0;
            for (int k = from; k < to; k++) {
                n += tokens.get(k) instanceof String s ? s.codePointCount(0, s.length()) : 8;
            }
            return n;
        }

        private static void emit(List<Object> tokens, List<Inline> out) {
            StringBuilder sb = new StringBuilder();
            for (Object t : tokens) {
                if (t instanceof String s) {
                    sb.append(s);
                } else {
                    if (sb.length() > 0) {
                        out.add(new Text(sb.toString()));
                        sb.setLength(0);
                    }
                    out.add((Inline) t);
                }
            }
            if (sb.length() > 0) {
                out.add(new Text(sb.toString()));
            }
        }

        private static boolean allText(List<Object> tokens) {
            for (Object t : tokens) {
                if (!(t instanceof String)) {
                    return false;
                }
            }
            return true;
        }

        private static void hunk(List<Object> a, List<Object> b, List<Inline> out) {
            String prefix = "";
            String suffix = "";
            if (allText(a) && allText(b) && !a.isEmpty() && !b.isEmpty()) {
                String sa = String.join("", a.stream().map(String.class::cast).toList());
                String sb = String.join("", b.stream().map(String.class::cast).toList());
                String first = (String) a.get(0);
                String firstB = (String) b.get(0);
                // a word that grew or shrank at its end: keep the common word
                if (isWord(first) && isWord(firstB) && !Character.isDigit(first.codePointAt(0))) {
                    if (firstB.startsWith(first) && a.size() == 1) {
                        prefix = first;
                    } else if (first.startsWith(firstB) && b.size() == 1) {
                        prefix = firstB;
                    }
                }
                if (prefix.isEmpty()) {
                    String lastA = (String) a.get(a.size() - 1);
                    String lastB = (String) b.get(b.size() - 1);
                    if (isWord(lastA) && isWord(lastB) && !Character.isDigit(lastA.codePointAt(0))) {
                        if (lastA.endsWith(lastB) && b.size() > 1 && sa.length() > lastB.length()) {
                            suffix = lastB; // new side ends with a whole word the old ends with
                        } else if (lastB.endsWith(lastA) && a.size() > 1 && sb.length() > lastA.length()) {
                            suffix = lastA;
                        } else if (a.size() == 1 && b.size() == 1) {
                            int k = 0;
                            while (k < lastA.length() - 1
                                    && k < lastB.length() - 1
                                    && lastA.charAt(lastA.length() - 1 - k) == lastB.charAt(lastB.length() - 1 - k)
                                    && Character.isLetter(lastA.charAt(lastA.length() - 1 - k))) {
                                k++;
                            }
                            if (k >= 2 && 2 * k >= Math.min(lastA.length(), lastB.length())) {
                                suffix = lastA.substring(lastA.length() - k);
                            }
                        }
                    }
                }
                String da = sa.substring(prefix.length(), sa.length() - suffix.length());
                String db = sb.substring(prefix.length(), sb.length() - suffix.length());
                if (!prefix.isEmpty()) {
                    out.add(new Text(prefix));
                }
                if (!da.isEmpty()) {
                    out.add(Deleted.of(List.of(new Text(da))));
                }
                if (!db.isEmpty()) {
                    out.add(Inserted.of(List.of(new Text(db))));
                }
                if (!suffix.isEmpty()) {
                    out.add(new Text(suffix));
                }
                return;
            }
            if (!a.isEmpty()) {
                List<Inline> da = new ArrayList<>();
                emit(a, da);
                out.add(Deleted.of(Inline.normalize(da)));
            }
            if (!b.isEmpty()) {
                List<Inline> db = new ArrayList<>();
                emit(b, db);
                out.add(Inserted.of(Inline.normalize(db)));
            }
        }
    }
}
