package org.resdom.io.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.resdom.io.docx.DocxResolutionReader;
import org.resdom.model.Deleted;
import org.resdom.model.Inserted;
import org.resdom.model.Resolution;
import org.resdom.testsupport.DocxFixtures;

/**
 * The page of the reference input's DOCX (built by {@code DocxFixtures}, read by the DOCX reader
 * with its tracked changes, authors and dates), rendered by headless Chromium: the script runs,
 * every insertion and deletion is visible in the DOM (computed style and layout boxes, read in
 * the browser), and in their colours on a screenshot; the "after" view hides the deletions and
 * the "before" view the insertions. Skipped, with a message, only when no Chromium is installed.
 */
@Timeout(300)
class HtmlBrowserTest {

    static String browser;

    @TempDir
    static Path dir;

    static Path page;
    static Path probe;
    static Resolution marked;

    /**
     * Appended to a copy of the page, after its own script: for every {@code ins} and {@code del},
     * whether the browser shows it (not {@code display:none}, not hidden, at least one layout box),
     * one line each ({@code ins+ TEXT} shown, {@code del- TEXT} not), in a {@code pre} that
     * {@code --dump-dom} prints.
     */
    static final String PROBE = "<script>(function(){var out=[];var es=document.querySelectorAll('ins,del');"
            + "for(var i=0;i<es.length;i++){var e=es[i];var s=getComputedStyle(e);"
            + "var shown=s.display!=='none'&&s.visibility!=='hidden'&&e.getClientRects().length>0;"
            + "out.push(e.tagName.toLowerCase()+(shown?'+ ':'- ')+e.textContent.replace(/\\u00a0/g,' '));}"
            + "var pre=document.createElement('pre');pre.id='rd-probe';pre.textContent=out.join('\\n');"
            + "document.body.appendChild(pre);})();</script>";

    @BeforeAll
    static void setUp() throws IOException {
        browser = find();
        marked = DocxResolutionReader.create().read(DocxFixtures.reference()).resolution();
        page = dir.resolve("res71.html");
        HtmlResolutionWriter.create().write(marked, page);
        String html = Files.readString(page);
        probe = dir.resolve("res71-probe.html");
        Files.writeString(probe, html.replace("</body>", PROBE + "</body>"));
    }

    /** The probe's lines for a view of the page. */
    static List<String> shown(String view) throws Exception {
        String dom = run(probe.toUri() + "#view=" + view, "--dump-dom");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<pre id=\"rd-probe\">([^<]*)</pre>")
                .matcher(dom);
        assertThat(m.find()).as("the probe ran").isTrue();
        return List.of(m.group(1)
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&nbsp;", " ")
                .split("\n"));
    }

    @Test
    void everyInsertionAndDeletionOfTheWordDocumentIsShownAndEachViewHidesOneKind() throws Exception {
        long ins = marked.find(Inserted.class).count();
        long del = marked.find(Deleted.class).count();
        assertThat(ins).isGreaterThan(20);
        assertThat(del).isGreaterThan(20);
        List<String> changes = shown("changes");
        assertThat(changes).hasSize((int) (ins + del));
        assertThat(changes).allMatch(l -> l.startsWith("ins+ ") || l.startsWith("del+ "));
        assertThat(changes).contains("del+ Dubaï, 2018", "ins+ Bucarest, 2022");
        List<String> after = shown("after");
        assertThat(after).filteredOn(l -> l.startsWith("del")).allMatch(l -> l.startsWith("del- "));
        assertThat(after).filteredOn(l -> l.startsWith("ins")).allMatch(l -> l.startsWith("ins+ "));
        List<String> before = shown("before");
        assertThat(before).filteredOn(l -> l.startsWith("ins")).allMatch(l -> l.startsWith("ins- "));
        assertThat(before).filteredOn(l -> l.startsWith("del")).allMatch(l -> l.startsWith("del+ "));
        // the Word document's authors and dates are in the page
        assertThat(Files.readString(page))
                .contains("title=\"supprimé par ITU Secretariat, 2022-10-")
                .contains("datetime=\"2022-10-");
    }

    static String resource(String name) throws IOException {
        try (InputStream in = HtmlBrowserTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String find() {
        for (String name : List.of("chromium", "chromium-browser")) {
            for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                Path p = Path.of(d, name);
                if (Files.isExecutable(p)) {
                    return p.toString();
                }
            }
        }
        return null;
    }

    static String run(String url, String... extra) throws IOException, InterruptedException {
        Assumptions.assumeTrue(
                browser != null,
                "chromium is not installed (apt-get install -y chromium): the browser test is skipped");
        Path profile = Files.createTempDirectory(dir, "profile");
        List<String> cmd = new ArrayList<>(List.of(
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--user-data-dir=" + profile));
        cmd.addAll(List.of(extra));
        cmd.add(url);
        Path outFile = Files.createTempFile(dir, "out", ".html");
        Process p = new ProcessBuilder(cmd)
                .redirectOutput(outFile.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(p.waitFor(240, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return Files.readString(outFile);
    }

    @Test
    void theScriptRunsAndTheMarksAreInThePage() throws Exception {
        String dom = run(page.toUri().toString(), "--dump-dom");
        assertThat(dom).contains("data-rd-view=\"changes\"");
        assertThat(dom).containsPattern("<del[^>]*>Dubaï, 2018</del><ins[^>]*>Bucarest,(\u00a0|&nbsp;)2022</ins>");
        // the page of a French document speaks French (core's captions)
        assertThat(dom).contains("aria-pressed=\"true\">Modifications</button>");
        String after = run(page.toUri() + "#view=after", "--dump-dom");
        assertThat(after).contains("data-rd-view=\"after\"").contains("<body class=\"rd-after\">");
    }

    @Test
    void insertionsAndDeletionsAreVisibleAndTheAfterViewHidesThem() throws Exception {
        Path shot = dir.resolve("changes.png");
        run(page.toUri().toString(), "--screenshot=" + shot, "--window-size=1000,1400");
        int[] both = colours(ImageIO.read(shot.toFile()));
        assertThat(both[0]).as("pixels in the insertion colour").isGreaterThan(2000);
        assertThat(both[1]).as("pixels in the deletion colour").isGreaterThan(2000);
        Path afterShot = dir.resolve("after.png");
        run(page.toUri() + "#view=after", "--screenshot=" + afterShot, "--window-size=1000,1400");
        int[] after = colours(ImageIO.read(afterShot.toFile()));
        assertThat(after[0]).isZero();
        assertThat(after[1]).isZero();
        String keep = System.getProperty("resdom.screenshot");
        if (keep != null) {
            Files.copy(shot, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Pixels near the insertion background (#c8f0c8) and the deletion background (#f8cccc). */
    static int[] colours(BufferedImage img) {
        int ins = 0;
        int del = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 255;
                int g = (rgb >> 8) & 255;
                int b = rgb & 255;
                if (near(r, g, b, 0xc8, 0xf0, 0xc8)) {
                    ins++;
                } else if (near(r, g, b, 0xf8, 0xcc, 0xcc)) {
                    del++;
                }
            }
        }
        return new int[] {ins, del};
    }

    private static boolean near(int r, int g, int b, int r0, int g0, int b0) {
        return Math.abs(r - r0) < 8 && Math.abs(g - g0) < 8 && Math.abs(b - b0) < 8;
    }
}
