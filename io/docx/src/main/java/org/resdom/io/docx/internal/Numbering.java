package org.resdom.io.docx.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The numbering part: for each {@code w:num}, its levels (format, text, start, suffix). */
final class Numbering {

    /** One level of a list. */
    record Level(String format, String text, int start, String suffix) {}

    private Numbering() {}

    static Map<String, Level[]> parse(byte[] xml) throws XMLStreamException {
        XMLStreamReader x = WordText.reader(xml);
        Map<String, Level[]> abstracts = new HashMap<>();
        Map<String, String> nums = new HashMap<>();
        Level[] current = null;
        int lvl = -1;
        String fmt = "decimal";
        String text = "";
        int start = 1;
        String suff = "tab";
        String num = null;
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.DTD) {
                throw new XMLStreamException("DTD refused");
            }
            if (ev == XMLStreamConstants.START_ELEMENT && WordText.isW(x)) {
                switch (x.getLocalName()) {
                    case "abstractNum" -> {
                        current = new Level[9];
                        abstracts.put(WordText.attr(x, "abstractNumId"), current);
                    }
                    case "lvl" -> {
                        lvl = parse(WordText.attr(x, "ilvl"), -1);
                        fmt = "decimal";
                        text = "";
                        start = 1;
                        suff = "tab";
                    }
                    case "start" -> start = parse(WordText.attr(x, "val"), 1);
                    case "numFmt" -> fmt = String.valueOf(WordText.attr(x, "val"));
                    case "lvlText" -> text = String.valueOf(WordText.attr(x, "val"));
                    case "suff" -> suff = String.valueOf(WordText.attr(x, "val"));
                    case "num" -> num = WordText.attr(x, "numId");
                    case "abstractNumId" -> {
                        if (num != null) {
                            nums.put(num, WordText.attr(x, "val"));
                        }
                    }
                    default -> {}
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT && WordText.isW(x)) {
                if ("lvl".equals(x.getLocalName()) && current != null && lvl >= 0 && lvl < 9) {
                    current[lvl] = new Level(fmt, text, start, suff);
                } else if ("num".equals(x.getLocalName())) {
                    num = null;
                }
            }
        }
        Map<String, Level[]> out = new HashMap<>();
        nums.forEach((n, a) -> {
            Level[] levels = abstracts.get(a);
            if (levels != null) {
                out.put(n, levels);
            }
        });
        return out;
    }

    private static int parse(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** A counter written in a Word number format. */
    static String format(String format, int value) {
        return switch (format) {
            case "lowerLetter" -> letters(value);
            case "upperLetter" -> letters(value).toUpperCase(Locale.ROOT);
            case "lowerRoman" -> roman(value);
            case "upperRoman" -> roman(value).toUpperCase(Locale.ROOT);
            case "bullet", "none" -> "";
            default -> String.valueOf(value);
        };
    }

    private static String letters(int v) {
        if (v < 1) {
            return String.valueOf(v);
        }
        // Word repeats the letter past z: aa, bb …
        char c = (char) ('a' + (v - 1) % 26);
        return String.valueOf(c).repeat((v - 1) / 26 + 1);
    }

    private static String roman(int v) {
        if (v < 1 || v > 3999) {
            return String.valueOf(v);
        }
        int[] n = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] s = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n.length; i++) {
            while (v >= n[i]) {
                sb.append(s[i]);
                v -= n[i];
            }
        }
        return sb.toString();
    }
}
