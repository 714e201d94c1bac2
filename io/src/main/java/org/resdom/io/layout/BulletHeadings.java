package org.resdom.io.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.lang.PhraseBook;

/**
 * Stage 0, web text: a heading run into the end of the line before a list of bullets. A web page
 * made from a document that ran a phrase heading into the paragraph before it ("… of this
 * resolution, instructs the Director of the Bureau", then the director's tasks as bullets) shows
 * no list number after the heading, only the bullets under it. A line (a bullet or not) whose end,
 * after a comma and a space, is a whole phrase heading with no punctuation of its own after it,
 * and which a bullet at its indent or deeper follows, becomes two lines: the text, and the
 * heading, which opens a paragraph. An item ends with a clause mark ({@code ,} {@code ;} {@code .});
 * a heading over a list has none.
 */
final class BulletHeadings {

    private BulletHeadings() {}

    /**
     * @param lines the lines after {@link WebBullets#unbullet(List, Set, Set)}
     * @param bullets the lines that began with a bullet; a split bullet's text part takes its
     *     place, and its heading joins them: it opens a paragraph as a bullet does
     * @param continued the lines that go on with the bullet above them; a split one's text part
     *     takes its place
     * @param book the phrase tables of the document's language
     * @param diags where each split leaves a {@link LayoutCodes#GLUED_HEADING} note
     * @return the lines, each run-in heading on its own line
     */
    static List<LayoutLine> split(
            List<LayoutLine> lines,
            Set<LayoutLine> bullets,
            Set<LayoutLine> continued,
            PhraseBook book,
            List<Diagnostic> diags) {
        List<LayoutLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            LayoutLine l = lines.get(i);
            int cut = i + 1 < lines.size() && overBullets(l, lines.get(i + 1), bullets) ? cut(l.text(), book) : -1;
            if (cut < 0) {
                out.add(l);
                continue;
            }
            LayoutLine text = l.part(0, cut);
            LayoutLine heading = l.part(cut + 1, l.text().length());
            if (bullets.remove(l)) {
                bullets.add(text);
            }
            if (continued.remove(l)) {
                continued.add(text);
            }
            bullets.add(heading);
            out.add(text);
            out.add(heading);
            diags.add(Diagnostic.at(
                    LayoutCodes.GLUED_HEADING,
                    Severity.INFO,
                    "heading '" + heading.text().strip() + "' run into the line before its bullets; split",
                    LayoutResolutionReader.span(l)));
        }
        return out;
    }

    /** @return whether {@code next} is a bullet at {@code l}'s indent or deeper */
    static boolean overBullets(LayoutLine l, LayoutLine next, Set<LayoutLine> bullets) {
        return bullets.contains(next) && indent(next) >= indent(l);
    }

    /** @return a line's indent: its x when a stage set one, else its leading spaces */
    private static double indent(LayoutLine l) {
        if (l.x().isPresent()) {
            return l.x().getAsDouble();
        }
        String t = l.text();
        int i = 0;
        while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /**
     * @return where the comma before a whole heading that ends the line is, the heading following
     *     after a space; -1 when the line ends with a mark (an item's end) or with no heading
     */
    static int cut(String t, PhraseBook book) {
        String s = t.stripTrailing();
        if (s.isEmpty() || !Character.isLetterOrDigit(s.charAt(s.length() - 1)) && s.charAt(s.length() - 1) != ')') {
            return -1;
        }
        return GluedHeadings.spacedCut(s, book);
    }
}
