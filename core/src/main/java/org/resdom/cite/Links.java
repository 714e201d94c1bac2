package org.resdom.cite;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.resdom.internal.Checks;
import org.resdom.model.Body;
import org.resdom.model.Citation;
import org.resdom.model.DocumentKind;
import org.resdom.model.UnDocumentCitation;
import org.resdom.model.UnResolutionCitation;

/**
 * Citations from links: the UN's {@code <a href="http://undocs.org/en/A/RES/60/251">60/251</a>}
 * reads as a General Assembly resolution 60/251 with its link kept as the target.
 */
public final class Links {

    private Links() {}

    /**
     * @param href a link
     * @param text the linked text as written
     * @return the typed citation the link stands for, with {@code href} as its target; empty for
     *     a link to anything but a UN document
     */
    public static Optional<Citation> citation(String href, String text) {
        Checks.notNull(href, "href");
        Checks.notNull(text, "text");
        if (text.isBlank()) {
            return Optional.empty();
        }
        Optional<String> symbol = symbol(href);
        if (symbol.isEmpty()) {
            return Optional.empty();
        }
        String sym = symbol.get();
        Optional<String> target = Optional.of(href);
        String[] p = sym.split("/");
        if (p.length >= 3 && p[0].equals("A") && p[1].equals("RES")) {
            return Optional.of(un(Body.UN_GA, DocumentKind.RESOLUTION, join(p, 2), target, text));
        }
        if (p.length >= 3 && p[0].equals("A") && p[1].equals("DEC")) {
            return Optional.of(un(Body.UN_GA, DocumentKind.DECISION, join(p, 2), target, text));
        }
        if (p.length >= 4 && p[0].equals("A") && p[1].equals("HRC") && (p[2].equals("RES") || p[2].equals("DEC"))) {
            return Optional.of(un(
                    Body.UN_HRC,
                    p[2].equals("RES") ? DocumentKind.RESOLUTION : DocumentKind.DECISION,
                    join(p, 3),
                    target,
                    text));
        }
        if (p.length == 3 && p[0].equals("S") && p[1].equals("RES")) {
            return Optional.of(un(
                    Body.UN_SC, DocumentKind.RESOLUTION, p[2].replace("(", " (").replace("  ", " "), target, text));
        }
        if (p.length >= 3 && p[0].equals("E") && p[1].equals("RES")) {
            return Optional.of(un(Body.UN_ECOSOC, DocumentKind.RESOLUTION, join(p, 2), target, text));
        }
        return Optional.of(new UnDocumentCitation(written(sym, text), target, text, Optional.empty()));
    }

    /**
     * The symbol the linked text writes when it is the link's own symbol made longer: the UN links
     * {@code A/61/636-S/2006/980} (a joint symbol) to {@code A/61/636}, and the text names the document.
     */
    private static String written(String sym, String text) {
        String w = text.strip();
        if (w.length() > sym.length()
                && w.startsWith(sym)
                && (w.charAt(sym.length()) == '-' || w.charAt(sym.length()) == '/')
                && w.chars().noneMatch(Character::isWhitespace)) {
            return w;
        }
        return sym;
    }

    /**
     * @param href a link
     * @return the UN document symbol it points to ({@code undocs.org/en/A/HRC/55/2}, with or
     *     without the language), if it points to one
     */
    public static Optional<String> symbol(String href) {
        String h = href.strip();
        int at = h.toLowerCase(Locale.ROOT).indexOf("undocs.org/");
        if (at < 0) {
            return Optional.empty();
        }
        String rest = h.substring(at + "undocs.org/".length());
        int q = rest.indexOf('?');
        if (q >= 0) {
            rest = rest.substring(0, q);
        }
        int slash = rest.indexOf('/');
        if (slash > 0 && slash <= 3 && rest.substring(0, slash).chars().allMatch(Character::isLowerCase)) {
            rest = rest.substring(slash + 1);
        }
        if (rest.isEmpty() || !Character.isUpperCase(rest.charAt(0)) || rest.indexOf('/') < 0) {
            return Optional.empty();
        }
        return Optional.of(rest);
    }

    private static String join(String[] p, int from) {
        return String.join("/", Arrays.copyOfRange(p, from, p.length));
    }

    private static UnResolutionCitation un(
            Body b, DocumentKind d, String number, Optional<String> target, String text) {
        return new UnResolutionCitation(b, d, number, target, text, Optional.empty());
    }
}
