package org.resdom.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.io.ReadResult;
import org.resdom.io.layout.LayoutLine;
import org.resdom.model.Citation;
import org.resdom.model.Footnote;
import org.resdom.model.Inline;
import org.resdom.model.Paragraph;
import org.resdom.model.Section;
import org.resdom.model.SourceSpan;
import org.resdom.testsupport.UnCorpus;

/**
 * Citations in a PDF carry the same kind of position as their paragraph: the page ({@code line})
 * and the line on the page ({@code column}) where the citation starts, with no text offsets. On
 * every UN-layout PDF of the corpus, each citation's line in the PDF holds the citation's first
 * word, and a citation of the text stands at or after its paragraph's first line (one in a
 * footnote body at the body's line, at the page's foot).
 */
class PdfCitationPositionsTest {

    private record Found(int citations, List<String> wrong) {}

    @Test
    @Timeout(300)
    void everyCitationIsAtThePdfLineItStartsOn() throws IOException {
        int citations = 0;
        int inNotes = 0;
        List<String> wrong = new ArrayList<>();
        for (String name : UnCorpus.names()) {
            byte[] pdf = PdfCorpusTest.pdf(name);
            Map<String, String> lines = new HashMap<>();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                List<Diagnostic> d = new ArrayList<>();
                for (LayoutLine l : PageLines.extract(
                        doc,
                        new PageLines.Limits(2000, 200_000, 50_000, 60_000, 8 << 20, 16 << 20, 600_000, 5_000_000),
                        d)) {
                    lines.put(l.page().getAsInt() + ":" + l.line(), l.text());
                }
            }
            ReadResult r = PdfResolutionReader.create().read(pdf);
            for (Section s : r.resolution().sections()) {
                for (Paragraph p : s.paragraphs()) {
                    Found f = check(name, p, lines);
                    citations += f.citations();
                    wrong.addAll(f.wrong());
                }
            }
            inNotes += notes(r);
        }
        assertThat(wrong).as(wrong.size() + " of " + citations).isEmpty();
        assertThat(citations).isGreaterThan(500);
        assertThat(inNotes).isGreaterThan(20);
    }

    private static int notes(ReadResult r) {
        int n = 0;
        for (Section s : r.resolution().sections()) {
            for (Paragraph p : s.paragraphs()) {
                for (Inline i : p.content()) {
                    if (i instanceof Footnote f) {
                        n += (int) f.content().stream()
                                .filter(Citation.class::isInstance)
                                .count();
                    }
                }
            }
        }
        return n;
    }

    private static Found check(String name, Paragraph p, Map<String, String> lines) {
        int count = 0;
        List<String> wrong = new ArrayList<>();
        SourceSpan at = p.span().orElseThrow();
        List<Inline> all = new ArrayList<>();
        for (Inline i : p.content()) {
            all.add(i);
            if (i instanceof Footnote f) {
                all.addAll(f.content());
            }
        }
        for (Inline i : all) {
            if (!(i instanceof Citation c)) {
                continue;
            }
            count++;
            boolean inNote = !p.content().contains(c);
            SourceSpan s = c.span().orElseThrow();
            String word = c.text().split("[\\s\u00a0]+")[0];
            String line = lines.getOrDefault(s.line() + ":" + s.column(), "");
            boolean after = s.line() > at.line() || s.line() == at.line() && s.column() >= at.column();
            if (s.hasOffsets() || !line.contains(word) || !inNote && !after) {
                wrong.add(name + " " + c.text() + " at " + s + " (paragraph at " + at + "): " + line);
            }
        }
        for (Paragraph item : p.items()) {
            Found f = check(name, item, lines);
            count += f.citations();
            wrong.addAll(f.wrong());
        }
        return new Found(count, wrong);
    }
}
