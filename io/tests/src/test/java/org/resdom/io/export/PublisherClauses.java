package org.resdom.io.export;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.resdom.model.Label;

/**
 * The clause elements of a UN Akoma Ntoso file as the publisher marked them up, read straight from the XML (not
 * through resdom): every {@code formula}, {@code container}, {@code paragraph} and {@code point} that carries an
 * {@code eId}, in document order, with the part it sits in, its own {@code <num>} and the position where its start
 * tag ends (which is the position resdom gives the clause it reads from it).
 */
final class PublisherClauses {

    private static final Set<String> CLAUSES = Set.of("formula", "container", "paragraph", "point");

    /** A number or letter the publisher left in the text instead of a {@code <num>}: {@code 5 }, {@code (g) }. */
    private static final Pattern LEADING = Pattern.compile("(?U)(?:([0-9]{1,3})[.\\-]?|\\(?(\\p{L}\\p{Lm}?)\\))\\s");

    private PublisherClauses() {}

    /**
     * One clause element.
     *
     * @param eId the publisher's id, unique within its file
     * @param part {@code preamble}, {@code body} or {@code annex}
     * @param num the element's own {@code <num>}, normalised (see {@link #number}), or a number or letter in
     *     parentheses that opens its text; empty when it has neither
     * @param position {@code line:column} where its start tag ends
     * @param text its text without footnotes, spaces collapsed (for reading the gold, never compared)
     */
    record Clause(String eId, String part, String num, String position, String text) {}

    static List<Clause> of(Path file) throws IOException, XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<Open> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            XMLStreamReader x = f.createXMLStreamReader(in);
            Deque<String> stack = new ArrayDeque<>();
            Deque<Open> clauses = new ArrayDeque<>();
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = x.getLocalName();
                    if (name.equals("num") && !clauses.isEmpty() && clauses.peek().depth == stack.size()) {
                        clauses.peek().num = number(x.getElementText());
                        continue;
                    }
                    stack.push(name);
                    String eId = x.getAttributeValue(null, "eId");
                    if (CLAUSES.contains(name) && eId != null) {
                        String part = stack.contains("attachment") || stack.contains("attachments")
                                ? "annex"
                                : stack.contains("preamble") ? "preamble" : "body";
                        Open c = new Open(
                                eId,
                                part,
                                x.getLocation().getLineNumber() + ":"
                                        + x.getLocation().getColumnNumber(),
                                stack.size());
                        out.add(c);
                        clauses.push(c);
                    }
                } else if (ev == XMLStreamConstants.CHARACTERS
                        && !clauses.isEmpty()
                        && !stack.contains("authorialNote")) {
                    clauses.peek().text.append(x.getText());
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    if (!clauses.isEmpty() && clauses.peek().depth == stack.size()) {
                        clauses.pop();
                    }
                    stack.pop();
                }
            }
            x.close();
        }
        return out.stream()
                .map(c -> {
                    String text = c.text.toString().replaceAll("\\s+", " ").strip();
                    String num = c.num;
                    Matcher m = LEADING.matcher(text);
                    if (num.isEmpty() && m.lookingAt()) {
                        num = number(m.group(1) != null ? m.group(1) : m.group(2));
                    }
                    return new Clause(c.eId, c.part, num, c.position, text);
                })
                .toList();
    }

    private static final class Open {
        final String eId;
        final String part;
        final String position;
        final int depth;
        final StringBuilder text = new StringBuilder();
        String num = "";

        Open(String eId, String part, String position, int depth) {
            this.eId = eId;
            this.part = part;
            this.position = position;
            this.depth = depth;
        }
    }

    /**
     * A {@code <num>} made comparable across languages: {@code 3.}, {@code 3-}, {@code ٣.} are all {@code 3};
     * {@code (c)}, {@code (ج)}, {@code в)} are all {@code #3} (the letter's place in its alphabet; a tatweel, as in
     * {@code هـ}, is not a letter of its own).
     */
    static String number(String num) {
        StringBuilder digits = new StringBuilder();
        StringBuilder letters = new StringBuilder();
        num.codePoints().forEach(c -> {
            if (Character.isDigit(c)) {
                digits.append(Character.digit(c, 10));
            } else if (Character.isLetter(c) && Character.getType(c) != Character.MODIFIER_LETTER) {
                letters.appendCodePoint(c);
            }
        });
        if (digits.length() > 0) {
            return digits.toString();
        }
        if (letters.length() > 0) {
            OptionalInt o = Label.of(letters.toString()).letterOrdinal();
            return o.isPresent() ? "#" + o.getAsInt() : letters.toString();
        }
        return "";
    }
}
