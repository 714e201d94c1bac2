package org.resdom.io.cite;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Source text as the readers give it, for tests that compare a citation's text with the words of
 * its source: markup dropped, character and entity references undone, every run of whitespace one
 * space.
 */
final class SourceText {

    private static final Pattern REFERENCE = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");

    private SourceText() {}

    /**
     * @param source a stretch of XML or plain text
     * @return its text: tags dropped (a link split in pieces reads as its pieces joined), references
     *     undone, whitespace runs one space
     */
    static String decode(String source) {
        String raw = source.replaceAll("<[^>]*>", "");
        StringBuilder b = new StringBuilder();
        Matcher m = REFERENCE.matcher(raw);
        int last = 0;
        while (m.find()) {
            b.append(raw, last, m.start());
            String n = m.group(1);
            b.append(
                    switch (n) {
                        case "amp" -> "&";
                        case "lt" -> "<";
                        case "gt" -> ">";
                        case "quot" -> "\"";
                        case "apos" -> "'";
                        default ->
                            new String(Character.toChars(
                                    n.startsWith("#x")
                                            ? Integer.parseInt(n.substring(2), 16)
                                            : Integer.parseInt(n.substring(1))));
                    });
            last = m.end();
        }
        b.append(raw.substring(last));
        return spaces(b.toString());
    }

    /**
     * @param text any text
     * @return the text with every run of whitespace one space
     */
    static String spaces(String text) {
        return text.replaceAll("[ \\t\\r\\n]+", " ");
    }
}
