package org.resdom.examples;

import java.util.List;
import org.resdom.model.Anchor;
import org.resdom.model.Annex;
import org.resdom.model.AnnexCitation;
import org.resdom.model.Bracketed;
import org.resdom.model.Citation;
import org.resdom.model.Deleted;
import org.resdom.model.Footnote;
import org.resdom.model.FootnoteRef;
import org.resdom.model.Inserted;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.Located;
import org.resdom.model.NamedInstrumentCitation;
import org.resdom.model.Node;
import org.resdom.model.OpeningFormula;
import org.resdom.model.OperativeSection;
import org.resdom.model.OtherCitation;
import org.resdom.model.Paragraph;
import org.resdom.model.PreambleSection;
import org.resdom.model.ProvisionCitation;
import org.resdom.model.Resolution;
import org.resdom.model.Text;
import org.resdom.model.UnDocumentCitation;
import org.resdom.model.UnResolutionCitation;
import org.resdom.model.UnknownElement;
import org.resdom.model.Unrecognized;
import org.resdom.model.Visitor;

/**
 * Walks a resolution two ways:
 * <ul>
 * <li>{@link Resolution#locate(Class)}: every citation with its element identifier and the
 * paragraph that holds it;</li>
 * <li>a {@link Visitor}: one method per node type, so the compiler makes sure every type is
 * handled; here it counts the words of the text as adopted (deleted text left out).</li>
 * </ul>
 * <pre>
 * mvn -q -pl examples exec:java -Dexec.mainClass=org.resdom.examples.WalkCitations
 * </pre>
 */
public final class WalkCitations {

    private WalkCitations() {}

    /**
     * One citation found in a document.
     *
     * @param id the citation's element identifier, such as {@code preamble__container_1__list_1__item_c__ref_1}
     * @param paragraphId the identifier of the paragraph that holds it, or empty when none
     *        (a citation in the opening formula)
     * @param citation the citation
     */
    public record Found(String id, String paragraphId, Citation citation) {
        /** @return {@code id  [kind] "text"  in paragraphId} */
        @Override
        public String toString() {
            return id + "  [" + citation.kind().code() + "] \"" + citation.text() + "\""
                    + (paragraphId.isEmpty() ? "" : "  in " + paragraphId);
        }
    }

    /**
     * Every citation of a document, in document order.
     *
     * @param resolution the document
     * @return the citations with their identifiers and paragraphs
     */
    public static List<Found> citations(Resolution resolution) {
        // locate gives each node with its id and its parent chain; enclosing(Paragraph.class)
        // climbs to the nearest paragraph (for a citation in a sub-item, the sub-item).
        return resolution
                .locate(Citation.class)
                .map(l -> new Found(
                        l.id(), l.enclosing(Paragraph.class).map(Located::id).orElse(""), l.node()))
                .toList();
    }

    /**
     * What a citation points at, in words, using pattern matching on the sealed hierarchy.
     *
     * @param citation a citation
     * @return a short description, such as {@code RESOLUTION 70 (ITU-PP, Rev. Dubaï, 2018)}
     */
    public static String describe(Citation citation) {
        if (citation instanceof InstrumentCitation c) {
            return c.document().name() + " " + String.join(", ", c.numbers())
                    + " (" + c.body().map(b -> b.code()).orElse("this body")
                    + c.revision().map(r -> ", " + r).orElse("") + ")";
        } else if (citation instanceof UnResolutionCitation c) {
            return "UN " + c.document().code() + " " + c.number() + " ("
                    + c.body().code() + ")";
        } else if (citation instanceof UnDocumentCitation c) {
            return "UN document " + c.symbol();
        } else if (citation instanceof NamedInstrumentCitation c) {
            return "instrument " + c.instrument();
        } else if (citation instanceof ProvisionCitation c) {
            return c.instrument().name()
                    + c.article().map(a -> " article " + a).orElse("")
                    + c.number().map(n -> " No. " + n).orElse("")
                    + c.paragraph().map(p -> " § " + p).orElse("");
        } else if (citation instanceof AnnexCitation c) {
            return "annex" + c.annex().map(a -> " " + a).orElse("")
                    + c.appendix().map(a -> " appendix " + a).orElse("");
        } else {
            return "other: " + ((OtherCitation) citation).text();
        }
    }

    /**
     * Counts the words of the text as adopted: text, citations, insertions, bracketed text,
     * unrecognized text and footnote bodies count; deleted text does not. Headings (preamble
     * and operative phrases, annex headings) and labels count too.
     */
    public static final class WordCounter implements Visitor<Integer> {

        private static int words(String s) {
            String t = s.strip();
            return t.isEmpty() ? 0 : t.split("\\s+").length;
        }

        private int children(Node node) {
            int n = 0;
            for (Node child : node.children()) {
                n += child.accept(this);
            }
            return n;
        }

        @Override
        public Integer visitResolution(Resolution node) {
            return children(node);
        }

        @Override
        public Integer visitOpeningFormula(OpeningFormula node) {
            return children(node);
        }

        @Override
        public Integer visitPreambleSection(PreambleSection node) {
            return words(node.phrase().text()) + children(node);
        }

        @Override
        public Integer visitOperativeSection(OperativeSection node) {
            return node.phrase().map(p -> words(p.text())).orElse(0) + children(node);
        }

        @Override
        public Integer visitParagraph(Paragraph node) {
            return node.label().map(l -> 1).orElse(0) + children(node);
        }

        @Override
        public Integer visitAnnex(Annex node) {
            return words(node.heading()) + node.title().map(WordCounter::words).orElse(0) + children(node);
        }

        @Override
        public Integer visitText(Text node) {
            return words(node.text());
        }

        @Override
        public Integer visitAnchor(Anchor node) {
            return 0; // a bookmark: invisible
        }

        @Override
        public Integer visitFootnoteRef(FootnoteRef node) {
            return 0; // the call-out marker
        }

        @Override
        public Integer visitFootnote(Footnote node) {
            return children(node);
        }

        @Override
        public Integer visitInserted(Inserted node) {
            return children(node);
        }

        @Override
        public Integer visitDeleted(Deleted node) {
            return 0; // not part of the adopted text
        }

        @Override
        public Integer visitBracketed(Bracketed node) {
            return children(node);
        }

        @Override
        public Integer visitUnrecognized(Unrecognized node) {
            return words(node.raw());
        }

        @Override
        public Integer visitUnknownElement(UnknownElement node) {
            return children(node);
        }

        @Override
        public Integer visitInstrumentCitation(InstrumentCitation node) {
            return words(node.text());
        }

        @Override
        public Integer visitUnResolutionCitation(UnResolutionCitation node) {
            return words(node.text());
        }

        @Override
        public Integer visitUnDocumentCitation(UnDocumentCitation node) {
            return words(node.text());
        }

        @Override
        public Integer visitNamedInstrumentCitation(NamedInstrumentCitation node) {
            return words(node.text());
        }

        @Override
        public Integer visitProvisionCitation(ProvisionCitation node) {
            return words(node.text());
        }

        @Override
        public Integer visitAnnexCitation(AnnexCitation node) {
            return words(node.text());
        }

        @Override
        public Integer visitOtherCitation(OtherCitation node) {
            return words(node.text());
        }
    }

    /**
     * Counts the words of the adopted text with {@link WordCounter}.
     *
     * @param node a resolution or any part of one
     * @return the number of words
     */
    public static int wordCount(Node node) {
        return node.accept(new WordCounter());
    }

    /**
     * Prints every citation of the sample (or of the built example when asked) and its word count.
     *
     * @param args {@code built} to walk {@link BuildResolution#build()} instead of the sample
     */
    public static void main(String[] args) {
        Resolution resolution = args.length > 0 && args[0].equals("built")
                ? BuildResolution.build()
                : Sample.read().resolution();
        List<Found> found = citations(resolution);
        System.out.println(found.size() + " citation(s)");
        for (Found f : found) {
            System.out.println(f);
            System.out.println("    -> " + describe(f.citation()));
        }
        System.out.println(wordCount(resolution) + " word(s) in the adopted text");
        System.out.println(resolution.footnotes().size() + " footnote(s)");
    }
}
