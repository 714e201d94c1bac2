package org.resdom.io.text.internal;

import java.util.ArrayList;
import java.util.Optional;
import org.resdom.diagnostic.Severity;
import org.resdom.io.TextCodes;
import org.resdom.lang.PhraseBook;
import org.resdom.model.Body;
import org.resdom.model.Text;
import org.resdom.model.Unrecognized;

/**
 * Stage 5c, opening formula: the first unlabelled line before any section is the opening
 * formula ({@code The Plenipotentiary Conference of the ITU (Dubai, 2018),}); the body it names
 * becomes the document's (and the citation stage's own body), the revision in its last
 * parenthesis the document's history when the title line gave none. A later line before the
 * first section is kept in the formula as {@link Unrecognized}, unless its marks give the first
 * section's phrase ({@link Sections#phraseUnderRevision(int, int)}). Diagnostics:
 * {@link TextCodes#BODY_UNKNOWN} and {@link TextCodes#UNRECOGNIZED}.
 */
final class Formula {

    private final String s;
    private final Vocabulary vocab;
    private final Sink sink;
    private final Source source;
    private final InlineParser inline;
    private final Citing finder;
    private final TitleBlock titleBlock;
    private final Sections sections;
    private final Draft draft;

    /**
     * @param s the input
     * @param vocab the vocabulary of the document's language
     * @param sink where the diagnostics go
     * @param source the offsets' lines and columns
     * @param inline the inline stage
     * @param finder the citation stage, told the document's body
     * @param titleBlock the identity stage (revision of the formula, number from a bookmark)
     * @param sections the sections stage (a first phrase in marks)
     * @param draft the document being read
     */
    Formula(
            String s,
            Vocabulary vocab,
            Sink sink,
            Source source,
            InlineParser inline,
            Citing finder,
            TitleBlock titleBlock,
            Sections sections,
            Draft draft) {
        this.s = s;
        this.vocab = vocab;
        this.sink = sink;
        this.source = source;
        this.inline = inline;
        this.finder = finder;
        this.titleBlock = titleBlock;
        this.sections = sections;
        this.draft = draft;
    }

    /**
     * Reads an unlabelled line before any section and annex.
     *
     * @param start where it starts
     * @param end where it ends
     */
    void line(int start, int end) {
        if (draft.formula == null) {
            String line = s.substring(start, Math.min(end, start + 2000));
            Body named = vocab.bodyNamedIn(PhraseBook.normalize(line));
            draft.body = named == null ? Body.OTHER : named;
            finder.ownBody(draft.body);
            draft.formula = new ArrayList<>(inline.parse(start, end, 0));
            draft.formulaStart = start;
            draft.formulaEnd = end;
            if (draft.body == Body.OTHER) {
                sink.report(
                        TextCodes.BODY_UNKNOWN,
                        Severity.INFO,
                        "the opening formula names no body the phrase tables know",
                        start,
                        end);
            }
            titleBlock.formulaRevision(start, end).ifPresent(rev -> {
                if (draft.history.isEmpty()) {
                    draft.history.add(rev);
                }
            });
            titleBlock.numberFromBookmark(draft, start, end);
        } else if (!sections.phraseUnderRevision(start, end)) {
            draft.formula.add(Text.of("\n"));
            draft.formula.add(new Unrecognized(s.substring(start, end), Optional.of(source.span(start, end))));
            draft.formulaEnd = end;
            sink.report(
                    TextCodes.UNRECOGNIZED,
                    Severity.WARNING,
                    "text between the opening formula and the first section; kept unrecognized",
                    start,
                    end);
        }
    }
}
