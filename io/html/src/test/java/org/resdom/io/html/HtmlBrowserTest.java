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
import org.resdom.io.text.TextResolutionReader;
import org.resdom.model.Resolution;

/**
 * The page of the reference input with its tracked changes, rendered by headless Chromium: the
 * script runs, insertions and deletions are visible in their colours, and the "after" view
 * shows neither. Skipped, with a message, only when no Chromium is installed.
 */
@Timeout(300)
class HtmlBrowserTest {

    static String browser;
    @TempDir
    static Path dir;
    static Path page;

    @BeforeAll
    static void setUp() throws IOException {
        browser = find();
        Resolution marked = TextResolutionReader.create().read(resource("fixtures/res71-fr-tracked.marked.txt"))
                .resolution();
        page = dir.resolve("res71.html");
        HtmlResolutionWriter.create().write(marked, page);
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
        Assumptions.assumeTrue(browser != null,
                "chromium is not installed (apt-get install -y chromium): the browser test is skipped");
        Path profile = Files.createTempDirectory(dir, "profile");
        List<String> cmd = new ArrayList<>(List.of(browser, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile));
        cmd.addAll(List.of(extra));
        cmd.add(url);
        Path outFile = Files.createTempFile(dir, "out", ".html");
        Process p = new ProcessBuilder(cmd).redirectOutput(outFile.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(240, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return Files.readString(outFile);
    }

    @Test
    void theScriptRunsAndTheMarksAreInThePage() throws Exception {
        String dom = run(page.toUri().toString(), "--dump-dom");
        assertThat(dom).contains("data-rd-view=\"changes\"");
        assertThat(dom).containsPattern("<del[^>]*>Dubaï, 2018</del><ins[^>]*>Bucarest,(\u00a0|&nbsp;)2022</ins>");
        assertThat(dom).contains("aria-pressed=\"true\">Changes</button>");
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
