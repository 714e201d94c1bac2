package org.resdom.io.text.internal;

import java.util.Locale;
import java.util.Optional;
import org.resdom.lang.PhraseBook;

/**
 * Stage 5b, annexes: a short line without final punctuation that opens with the word annex
 * in capitals ({@code ANNEX}, {@code ANNEXE 2}), or with the word and a number alone
 * ({@code Annex A}, {@code Appendix 1}), opens an annex; its next line is the annex's title, and
 * every line after it is the annex's. No diagnostics.
 */
final class Annexes {

    private Annexes() {}

    /**
     * @param line a line
     * @param start where it starts
     * @param vocab the vocabulary of the document's language
     * @param rules how the annex's items nest
     * @return the annex the line opens, when it is an annex heading ({@code ANNEX 2}, {@code Annex A})
     */
    static Optional<Draft.Ann> heading(String line, int start, Vocabulary vocab, Nesting.Rules rules) {
        if (line.length() > TextParser.MAX_HEADING || Sections.endsTerminal(line)) {
            return Optional.empty();
        }
        String n = PhraseBook.normalize(line);
        int lead = 0;
        while (lead < line.length() && Character.getType(line.charAt(lead)) == Character.FORMAT) {
            lead++; // bidi marks before the heading
        }
        int e = vocab.match(n, lead, "ANNEX_HEADING");
        boolean upper =
                e >= 0 && line.substring(lead, e).equals(line.substring(lead, e).toUpperCase(Locale.ROOT));
        if (!upper) {
            e = vocab.match(n, lead, "ANNEX");
        }
        if (e < 0) {
            return Optional.empty();
        }
        int q = HeadingRevision.ws(n, e);
        int p = q;
        while (p < line.length() && p - q < 5 && Character.isLetterOrDigit(line.charAt(p))) {
            p++;
        }
        String num = p > q ? line.substring(q, p) : null;
        if (!upper && (num == null || !line.substring(p).isBlank())) {
            return Optional.empty();
        }
        if (q == e && e < line.length()) {
            return Optional.empty();
        }
        return Optional.of(new Draft.Ann(num, line, start, rules));
    }
}
