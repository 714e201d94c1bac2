package org.resdom.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds DOCX fixtures of WordprocessingML written by hand (no library, so not checked by Word
 * itself), deterministic (fixed zip times), so the reader is tested against markup a test
 * controls: tracked changes of text ({@code w:ins}, {@code w:del}, {@code w:moveFrom}/{@code w:moveTo}
 * with their ranges), whole paragraphs inserted or deleted (their paragraph marks marked too),
 * bookmarks, footnotes, and automatic numbering with the levels the fixtures declare (decimal,
 * letters, roman; {@code w:start} 1, tab suffix). Other markup a test needs is given as it is
 * ({@link #raw(String)}).
 *
 * <p>{@link #fromMarked(String)} takes one line a paragraph in an extractor's flattening, with
 * the changes marked: {@code {+…+}} inserted, {@code {-…-}} deleted, {@code {<…<}} moved from,
 * {@code {>…>}} moved to; {@code [bookmark: NAME]}, {@code [footnoteRef:N]} and a trailing
 * footnote body {@code [N: …] } as an extractor writes them.
 */
public final class DocxFixtures {

    /** The WordprocessingML namespace. */
    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static final String[] AUTHORS = {"ITU Secretariat", "Editorial Committee"};

    private final StringBuilder body = new StringBuilder();
    private final StringBuilder notes = new StringBuilder();
    private final StringBuilder numbering = new StringBuilder();
    private int changeId = 100;
    private int bookmarkId;
    private int changes;
    private int moves;

    /** @return the author of the next change, alternating */
    private String author() {
        return AUTHORS[changes % AUTHORS.length];
    }

    private String date() {
        int n = changes++;
        return String.format("2022-10-%02dT%02d:%02d:00Z", 1 + n / 24 % 28, 8 + n % 10, n % 60);
    }

    public static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Runs of text: tabs become {@code w:tab}, the rest {@code w:t} (or {@code w:delText}). */
    public static String runs(String text, boolean deleted) {
        StringBuilder sb = new StringBuilder();
        String t = deleted ? "w:delText" : "w:t";
        int i = 0;
        while (i < text.length()) {
            int tab = text.indexOf('\t', i);
            int end = tab < 0 ? text.length() : tab;
            if (end > i) {
                sb.append("<w:r><")
                        .append(t)
                        .append(" xml:space=\"preserve\">")
                        .append(esc(text.substring(i, end)))
                        .append("</")
                        .append(t)
                        .append("></w:r>");
            }
            if (tab >= 0) {
                sb.append("<w:r><w:tab/></w:r>");
                end++;
            }
            i = end;
        }
        return sb.toString();
    }

    /** One paragraph of plain runs. */
    public DocxFixtures paragraph(String text) {
        body.append("<w:p>").append(runs(text, false)).append("</w:p>");
        return this;
    }

    /** A numbered paragraph (automatic numbering). */
    public DocxFixtures numbered(int numId, int level, String text) {
        body.append("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"")
                .append(level)
                .append("\"/><w:numId w:val=\"")
                .append(numId)
                .append("\"/></w:numPr></w:pPr>")
                .append(runs(text, false))
                .append("</w:p>");
        return this;
    }

    /** A paragraph written as WordprocessingML ({@code <w:p>…</w:p>}), as it is. */
    public DocxFixtures raw(String paragraphXml) {
        body.append(paragraphXml);
        return this;
    }

    /**
     * A numbered paragraph whose paragraph mark and text are inserted ({@code +}) or deleted
     * ({@code -}) whole, with one author and date.
     */
    public DocxFixtures numberedChanged(char kind, int numId, int level, String text) {
        String tag = kind == '+' ? "w:ins" : "w:del";
        String who = " w:id=\"" + changeId++ + "\" w:author=\"" + esc(author()) + "\" w:date=\"" + date() + "\"";
        body.append("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"")
                .append(level)
                .append("\"/><w:numId w:val=\"")
                .append(numId)
                .append("\"/></w:numPr><w:rPr><")
                .append(tag)
                .append(who)
                .append("/></w:rPr></w:pPr><")
                .append(tag)
                .append(who)
                .append(">")
                .append(runs(text, kind == '-'))
                .append("</")
                .append(tag)
                .append("></w:p>");
        return this;
    }

    /** Declares list {@code numId} with levels given as numFmt/lvlText pairs. */
    public DocxFixtures list(int numId, String... formatAndText) {
        numbering.append("<w:abstractNum w:abstractNumId=\"").append(numId).append("\">");
        for (int i = 0; i < formatAndText.length / 2; i++) {
            numbering
                    .append("<w:lvl w:ilvl=\"")
                    .append(i)
                    .append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"")
                    .append(formatAndText[2 * i])
                    .append("\"/><w:lvlText w:val=\"")
                    .append(esc(formatAndText[2 * i + 1]))
                    .append("\"/><w:suff w:val=\"tab\"/></w:lvl>");
        }
        numbering.append("</w:abstractNum>");
        numbering
                .append("<w:num w:numId=\"")
                .append(numId)
                .append("\"><w:abstractNumId w:val=\"")
                .append(numId)
                .append("\"/></w:num>");
        return this;
    }

    /** A paragraph in the marked notation (see the class comment). */
    public DocxFixtures fromMarked(String line) {
        String note = null;
        String noteId = null;
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile(" \\[(\\d+): (.*)\\] $").matcher(line);
        if (m.find()) {
            noteId = m.group(1);
            note = m.group(2);
            line = line.substring(0, m.start());
        }
        String lead = leadingBookmarks(line);
        String rest = line.substring(lead.length());
        boolean whole = rest.length() > 4 && isWholeMark(rest);
        StringBuilder p = new StringBuilder("<w:p>");
        if (whole) {
            char k = rest.charAt(1);
            String tag = k == '+' || k == '>' ? "w:ins" : "w:del";
            p.append("<w:pPr><w:rPr><")
                    .append(tag)
                    .append(" w:id=\"")
                    .append(changeId++)
                    .append("\" w:author=\"")
                    .append(esc(author()))
                    .append("\" w:date=\"")
                    .append(date())
                    .append("\"/></w:rPr></w:pPr>");
            changes--; // the paragraph mark shares the author and date of its content
        }
        p.append(inline(line));
        p.append("</w:p>");
        body.append(p);
        if (note != null) {
            notes.append("<w:footnote w:id=\"")
                    .append(noteId)
                    .append("\"><w:p><w:r><w:footnoteRef/></w:r>")
                    .append(inline(note))
                    .append("</w:p></w:footnote>");
        }
        return this;
    }

    /** A footnote body in the footnotes part, as WordprocessingML runs ({@code <w:r>…}) as they are. */
    public DocxFixtures footnote(String id, String runsXml) {
        notes.append("<w:footnote w:id=\"")
                .append(id)
                .append("\"><w:p><w:r><w:footnoteRef/></w:r>")
                .append(runsXml)
                .append("</w:p></w:footnote>");
        return this;
    }

    private static String leadingBookmarks(String line) {
        int i = 0;
        while (line.startsWith("[bookmark: ", i)) {
            i = line.indexOf(']', i) + 1;
        }
        return line.substring(0, i);
    }

    private static boolean isWholeMark(String s) {
        char k = s.charAt(1);
        if (s.charAt(0) != '{' || "+-<>".indexOf(k) < 0) {
            return false;
        }
        return s.indexOf(k + "}") == s.length() - 2;
    }

    /** Inline markup: marks, bookmarks, footnote references, text. */
    private String inline(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("[bookmark: ", i)) {
                int end = s.indexOf(']', i);
                String name = s.substring(i + 11, end);
                int id = bookmarkId++;
                out.append("<w:bookmarkStart w:id=\"")
                        .append(id)
                        .append("\" w:name=\"")
                        .append(esc(name))
                        .append("\"/><w:bookmarkEnd w:id=\"")
                        .append(id)
                        .append("\"/>");
                i = end + 1;
            } else if (s.startsWith("[footnoteRef:", i)) {
                int end = s.indexOf(']', i);
                out.append("<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"")
                        .append(s, i + 13, end)
                        .append("\"/></w:r>");
                i = end + 1;
            } else if (s.charAt(i) == '{' && i + 1 < s.length() && "+-<>".indexOf(s.charAt(i + 1)) >= 0) {
                char k = s.charAt(i + 1);
                int end = s.indexOf(k + "}", i + 2);
                String text = s.substring(i + 2, end);
                String a = esc(author());
                String d = date();
                int id = changeId++;
                switch (k) {
                    case '+' ->
                        out.append("<w:ins w:id=\"")
                                .append(id)
                                .append("\" w:author=\"")
                                .append(a)
                                .append("\" w:date=\"")
                                .append(d)
                                .append("\">")
                                .append(runs(text, false))
                                .append("</w:ins>");
                    case '-' ->
                        out.append("<w:del w:id=\"")
                                .append(id)
                                .append("\" w:author=\"")
                                .append(a)
                                .append("\" w:date=\"")
                                .append(d)
                                .append("\">")
                                .append(runs(text, true))
                                .append("</w:del>");
                    default -> {
                        String from = k == '<' ? "moveFrom" : "moveTo";
                        if (k == '<') {
                            moves++;
                        }
                        String name = "move" + moves;
                        int rid = changeId++;
                        out.append("<w:")
                                .append(from)
                                .append("RangeStart w:id=\"")
                                .append(rid)
                                .append("\" w:author=\"")
                                .append(a)
                                .append("\" w:date=\"")
                                .append(d)
                                .append("\" w:name=\"")
                                .append(name)
                                .append("\"/>");
                        out.append("<w:")
                                .append(from)
                                .append(" w:id=\"")
                                .append(id)
                                .append("\" w:author=\"")
                                .append(a)
                                .append("\" w:date=\"")
                                .append(d)
                                .append("\">")
                                .append(runs(text, k == '<'))
                                .append("</w:")
                                .append(from)
                                .append(">");
                        out.append("<w:")
                                .append(from)
                                .append("RangeEnd w:id=\"")
                                .append(rid)
                                .append("\"/>");
                    }
                }
                i = end + 2;
            } else {
                int next = i + 1;
                while (next < s.length() && s.charAt(next) != '{' && s.charAt(next) != '[') {
                    next++;
                }
                out.append(runs(s.substring(i, next), false));
                i = next;
            }
        }
        return out.toString();
    }

    /** @return the DOCX package */
    public byte[] build() {
        List<String[]> parts = new ArrayList<>();
        parts.add(new String[] {
            "[Content_Types].xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.document.main+xml\"/>"
                    + "<Override PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.footnotes+xml\"/>"
                    + "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.numbering+xml\"/></Types>"
        });
        parts.add(new String[] {
            "_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                    + "officeDocument\" Target=\"word/document.xml\"/></Relationships>"
        });
        parts.add(new String[] {
            "word/_rels/document.xml.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" "
                    + "standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                    + "footnotes\" Target=\"footnotes.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/></Relationships>"
        });
        parts.add(new String[] {
            "word/document.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + "<w:document xmlns:w=\"" + W
                    + "\"><w:body>" + body + "<w:sectPr/></w:body></w:document>"
        });
        parts.add(new String[] {
            "word/footnotes.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:footnotes xmlns:w=\"" + W + "\"><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r>"
                    + "<w:separator/></w:r></w:p></w:footnote><w:footnote w:type=\"continuationSeparator\" w:id=\"0\">"
                    + "<w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>" + notes + "</w:footnotes>"
        });
        parts.add(new String[] {
            "word/numbering.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + "<w:numbering xmlns:w=\"" + W + "\">"
                    + numbering + "</w:numbering>"
        });
        return zip(parts);
    }

    public static byte[] zip(List<String[]> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (String[] p : parts) {
                ZipEntry e = new ZipEntry(p[0]);
                e.setTime(315532800000L); // 1980-01-01: deterministic
                z.putNextEntry(e);
                z.write(p[1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The reference input's DOCX, built from its marked source on the class path.
     *
     * @return the package
     */
    public static byte[] reference() {
        return reference(1);
    }

    /**
     * The reference input's paragraphs repeated (for the benchmarks' larger documents).
     *
     * @param copies how many times the reference text is repeated
     * @return the package
     */
    public static byte[] reference(int copies) {
        DocxFixtures f = new DocxFixtures();
        String marked = resource("fixtures/res71-fr-tracked.marked.txt");
        String[] lines = marked.split("\n", -1);
        for (int c = 0; c < copies; c++) {
            for (int i = 0; i < lines.length; i++) {
                f.fromMarked(lines[i]);
            }
        }
        return f.build();
    }

    static String resource(String name) {
        try (InputStream in = DocxFixtures.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A small document with two numbered lists, one of them with two levels (no tracked change,
     * footnote or move: those are in the reference fixture and the tests' own documents).
     *
     * @return the package
     */
    public static byte[] numberingFootnotesMove() {
        return new DocxFixtures()
                .list(1, "decimal", "%1", "lowerRoman", "%2)", "lowerLetter", "%3)")
                .list(2, "lowerLetter", "%1)")
                .paragraph(
                        "The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),")
                .paragraph("considering")
                .numbered(2, 0, "the Constitution;")
                .numbered(2, 0, "the Convention,")
                .paragraph("resolves")
                .numbered(1, 0, "to adopt the plan, in particular:")
                .numbered(1, 1, "first sub-item;")
                .numbered(1, 1, "second sub-item;")
                .numbered(1, 0, "to report.")
                .build();
    }

    /** Writes the fixtures to a folder: {@code java … DocxFixtures DIR}. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        Files.write(dir.resolve("res71-fr-tracked.docx"), reference());
        Files.write(dir.resolve("numbering.docx"), numberingFootnotesMove());
    }
}
