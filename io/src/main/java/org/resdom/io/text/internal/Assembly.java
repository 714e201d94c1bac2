package org.resdom.io.text.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.resdom.diagnostic.Severity;
import org.resdom.io.TextCodes;
import org.resdom.model.Annex;
import org.resdom.model.Footnote;
import org.resdom.model.FootnoteRef;
import org.resdom.model.Identity;
import org.resdom.model.Inline;
import org.resdom.model.Language;
import org.resdom.model.OpeningFormula;
import org.resdom.model.OperativeSection;
import org.resdom.model.Paragraph;
import org.resdom.model.PreambleSection;
import org.resdom.model.Resolution;
import org.resdom.model.SourceSpan;

/**
 * Stage 7, assembly: makes the {@link Resolution} of the {@link Draft} (sections, annexes and
 * their paragraphs built, each with its span; bookmarks left waiting after a last heading kept
 * in an empty paragraph of their own), then checks that footnotes pair. Diagnostic:
 * {@link TextCodes#FOOTNOTE_UNPAIRED}.
 */
final class Assembly {

    private final String s;
    private final Source source;
    private final Sink sink;
    private final Language language;

    /**
     * @param s the input
     * @param source its lines and columns
     * @param sink where the diagnostics go
     * @param language the document's language
     */
    Assembly(String s, Source source, Sink sink, Language language) {
        this.s = s;
        this.source = source;
        this.sink = sink;
        this.language = language;
    }

    /**
     * @param draft the document read
     * @param meta its layout hints
     * @return the document
     */
    Resolution build(Draft draft, Map<String, String> meta) {
        if (!draft.pendingAnchors.isEmpty() && !draft.sections.isEmpty()) {
            // a heading with bookmarks and no paragraph after it: the bookmarks are kept in one of their own
            int at = draft.pendingAt;
            draft.sections
                    .get(draft.sections.size() - 1)
                    .levels
                    .add(new Item(List.of(), null, List.of(), at, at), "NONE", at, at);
        }
        List<PreambleSection> pre = new ArrayList<>();
        List<OperativeSection> op = new ArrayList<>();
        for (Draft.Sec sec : draft.sections) {
            List<Paragraph> paras = sec.levels.build();
            int end = sec.levels.lastEnd(sec.start + 1);
            Optional<SourceSpan> span = Optional.of(source.span(sec.start, end));
            if (sec.preamble) {
                pre.add(new PreambleSection(sec.preamblePhrase, sec.runIn && !paras.isEmpty(), paras, span));
            } else {
                op.add(new OperativeSection(
                        Optional.ofNullable(sec.operativePhrase),
                        sec.runIn && !paras.isEmpty() && sec.operativePhrase != null,
                        paras,
                        span));
            }
        }
        List<Annex> ax = new ArrayList<>();
        for (Draft.Ann a : draft.annexes) {
            ax.add(new Annex(
                    Optional.ofNullable(a.number),
                    a.heading,
                    Optional.ofNullable(a.title),
                    a.levels.build(),
                    Optional.of(source.span(a.start, a.levels.lastEnd(a.start + a.heading.length())))));
        }
        Identity id = new Identity(
                draft.body,
                draft.kind,
                Optional.ofNullable(draft.number),
                Optional.ofNullable(draft.heading),
                Optional.ofNullable(draft.title),
                language,
                draft.history);
        Optional<OpeningFormula> f = draft.formula == null
                ? Optional.empty()
                : Optional.of(new OpeningFormula(
                        Inline.normalize(draft.formula),
                        Optional.of(source.span(draft.formulaStart, draft.formulaEnd))));
        return new Resolution(id, f, pre, op, ax, meta, Optional.of(source.span(0, s.length())));
    }

    /** Reports footnote call-outs without a body and bodies without a call-out. */
    void checkFootnotes(Resolution r) {
        checkFootnotes(r, true);
    }

    /**
     * Reports footnote call-outs without a body and, when asked, bodies without a call-out.
     *
     * @param r the document
     * @param bodies whether bodies without a call-out are reported here; not when the stage that
     *     made the lines owns that check (the layout stages, {@code LAY-FOOTNOTE-UNPAIRED})
     */
    void checkFootnotes(Resolution r, boolean bodies) {
        Set<String> refs = new HashSet<>();
        Set<String> markers = new HashSet<>();
        r.find(FootnoteRef.class).forEach(x -> refs.add(x.marker()));
        r.find(Footnote.class).forEach(x -> markers.add(x.marker()));
        r.find(FootnoteRef.class)
                .filter(x -> !markers.contains(x.marker()))
                .forEach(x -> report(x.span(), "footnote call-out [footnoteRef:" + x.marker() + "] has no body"));
        if (!bodies) {
            return;
        }
        r.find(Footnote.class)
                .filter(x -> !refs.contains(x.marker()))
                .forEach(x -> report(x.span(), "footnote body [" + x.marker() + ": …] has no call-out"));
    }

    private void report(Optional<SourceSpan> span, String message) {
        SourceSpan sp = span.orElse(SourceSpan.of(0, 0, 1, 1));
        sink.report(
                TextCodes.FOOTNOTE_UNPAIRED,
                Severity.WARNING,
                message,
                sp.startOffset().orElse(0),
                sp.endOffset().orElse(0));
    }
}
