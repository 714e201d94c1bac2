package org.resdom.validation.internal;

import java.util.List;
import org.resdom.diagnostic.Severity;
import org.resdom.model.Body;
import org.resdom.model.Bracketed;
import org.resdom.model.Citation;
import org.resdom.model.Inline;
import org.resdom.model.Inserted;
import org.resdom.model.OperativeSection;
import org.resdom.model.Paragraph;
import org.resdom.model.PreambleSection;
import org.resdom.model.Resolution;
import org.resdom.model.Text;
import org.resdom.model.UnknownElement;
import org.resdom.model.Unrecognized;
import org.resdom.validation.RuleContext;

/**
 * Checks how paragraphs end, following the adopting body's style.
 *
 * <ul>
 * <li>ITU: preamble paragraphs end with {@code ,} or {@code ;}; operative paragraphs with
 * {@code ;}, {@code ,} or {@code .};</li>
 * <li>UN: preamble paragraphs end with {@code ,}; operative paragraphs with {@code ;};</li>
 * <li>both: the introduction of a paragraph with items may end with {@code :}; items end with
 * {@code ;}, {@code ,}, {@code .} or {@code :}; the last operative paragraph of the document
 * ends with {@code .}.</li>
 * </ul>
 * The last character is found ignoring trailing whitespace, footnote bodies, call-outs,
 * anchors and deleted text; text in square brackets ends with {@code ]}. Other bodies are not
 * checked.
 */
public final class PunctuationRule extends RuleBase {

    private static final String ITU_PREAMBLE = ",;";
    private static final String ITU_OPERATIVE = ";,.";
    private static final String UN_PREAMBLE = ",";
    private static final String UN_OPERATIVE = ";";
    private static final String ITEMS = ";,.:";

    /**
     * @param code the code to report under
     */
    public PunctuationRule(String code) {
        super(
                code,
                Severity.WARNING,
                "A paragraph does not end with the punctuation of the body's style "
                        + "(ITU preamble , or ; operative ; , . and the last operative paragraph .).");
    }

    @Override
    public void check(Resolution resolution, RuleContext context) {
        Body body = resolution.identity().body();
        String preamble;
        String operative;
        if (body.isItu()) {
            preamble = ITU_PREAMBLE;
            operative = ITU_OPERATIVE;
        } else if (body == Body.UN_GA || body == Body.UN_HRC) {
            preamble = UN_PREAMBLE;
            operative = UN_OPERATIVE;
        } else {
            return;
        }
        Paragraph last = lastOperative(resolution);
        for (PreambleSection s : resolution.preamble()) {
            for (Paragraph p : s.paragraphs()) {
                paragraph(p, preamble, null, context);
            }
        }
        for (OperativeSection s : resolution.operative()) {
            for (Paragraph p : s.paragraphs()) {
                paragraph(p, operative, last, context);
            }
        }
    }

    /** The paragraph whose text ends the operative part: the last one, or its last item. */
    private static Paragraph lastOperative(Resolution r) {
        Paragraph last = null;
        for (OperativeSection s : r.operative()) {
            if (!s.paragraphs().isEmpty()) {
                last = s.paragraphs().get(s.paragraphs().size() - 1);
            }
        }
        while (last != null && lastChar(last.wrapUp()) < 0 && !last.items().isEmpty()) {
            last = last.items().get(last.items().size() - 1);
        }
        return last;
    }

    private void paragraph(Paragraph p, String allowed, Paragraph last, RuleContext context) {
        String label = p.label().map(l -> " '" + l.text() + "'").orElse("");
        if (p.items().isEmpty()) {
            end(p, lastChar(p.content()), allowed, last, "paragraph" + label, context);
            return;
        }
        int intro = lastChar(p.content());
        if (intro >= 0 && intro != ':' && allowed.indexOf(intro) < 0) {
            context.report(
                    p,
                    "the introduction of paragraph" + label + " ends with '" + str(intro) + "'; expected ':'"
                            + expected(allowed));
        }
        for (Paragraph item : p.items()) {
            paragraph(item, ITEMS, last, context);
        }
        end(p, lastChar(p.wrapUp()), allowed, last, "the text after the items of paragraph" + label, context);
    }

    private static void end(Paragraph p, int c, String allowed, Paragraph last, String what, RuleContext context) {
        if (c < 0) {
            return;
        }
        if (p == last) {
            if (c != '.') {
                context.report(p, what + " ends the operative part with '" + str(c) + "'; expected '.'");
            }
        } else if (allowed.indexOf(c) < 0) {
            context.report(
                    p,
                    what + " ends with '" + str(c) + "'; expected "
                            + expected(allowed).substring(4));
        }
    }

    private static String expected(String allowed) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < allowed.length(); i++) {
            sb.append(" or '").append(allowed.charAt(i)).append('\'');
        }
        return sb.toString();
    }

    private static String str(int c) {
        return new String(Character.toChars(c));
    }

    /**
     * The last character of inline content that a reader sees: trailing whitespace, footnote
     * bodies, call-outs, anchors and deleted text are skipped; text in square brackets ends with
     * {@code ]}.
     *
     * @param content the content
     * @return the code point, or -1 when there is none
     */
    static int lastChar(List<Inline> content) {
        for (int i = content.size() - 1; i >= 0; i--) {
            Inline n = content.get(i);
            int c = -1;
            if (n instanceof Text t) {
                c = lastChar(t.text());
            } else if (n instanceof Citation ci) {
                c = lastChar(ci.text());
            } else if (n instanceof Unrecognized u) {
                c = lastChar(u.raw());
            } else if (n instanceof Inserted ins) {
                c = lastChar(ins.content());
            } else if (n instanceof Bracketed) {
                c = ']';
            } else if (n instanceof UnknownElement u) {
                c = lastChar(u.content());
            }
            if (c >= 0) {
                return c;
            }
        }
        return -1;
    }

    private static int lastChar(String s) {
        int end = s.length();
        while (end > 0) {
            int c = s.codePointBefore(end);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return c;
            }
            end -= Character.charCount(c);
        }
        return -1;
    }
}
