package org.resdom.io.akn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.resdom.io.ReadResult;
import org.resdom.io.internal.Utf8XmlReader;

/**
 * resdom's byte-level XML parser ({@link Utf8XmlReader}) against the JDK's StAX parser, which the
 * Akoma Ntoso reader used before and still uses for characters and for what the byte parser
 * leaves to it: on every AKN file of the project's corpus and fixtures, and on the AKN resdom
 * writes of each, the events are the same (kind, names, namespaces, attributes, text, line and
 * column after each event); reading the bytes gives the same document and diagnostics as
 * reading the characters; random damage to real files gets the same verdict from both parsers
 * and the same result from the reader.
 */
class ByteXmlReaderTest {

    /** StAX exactly as the reader configures it for its fallback path. */
    private static final XMLInputFactory STAX = AknParser.staxFactory();

    private static final List<Path> FILES = files();

    private static List<Path> files() {
        List<Path> out = new ArrayList<>();
        for (String dir : new String[] {"/corpus/dev", "/golden"}) {
            try (Stream<Path> walk =
                    Files.walk(Path.of(ByteXmlReaderTest.class.getResource(dir).toURI()))) {
                walk.filter(p -> p.toString().endsWith(".xml")).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    static Stream<Path> corpus() {
        return FILES.stream();
    }

    /** The events of a parser, one line each, ending with the error if it throws. */
    static List<String> events(XMLStreamReader x) {
        List<String> out = new ArrayList<>();
        try {
            while (x.hasNext()) {
                int e = x.next();
                Location l = x.getLocation();
                StringBuilder sb = new StringBuilder().append(e);
                if (e != XMLStreamConstants.END_DOCUMENT) {
                    sb.append(" @").append(l.getLineNumber()).append(':').append(l.getColumnNumber());
                }
                if (e == XMLStreamConstants.START_ELEMENT || e == XMLStreamConstants.END_ELEMENT) {
                    // (not the character offset: StAX's drifts from the true offset over a file)
                    sb.append(' ')
                            .append(x.getPrefix())
                            .append('|')
                            .append(x.getLocalName())
                            .append('|')
                            .append(x.getNamespaceURI());
                    for (int i = 0; i < x.getNamespaceCount(); i++) {
                        sb.append(" xmlns:")
                                .append(x.getNamespacePrefix(i))
                                .append('=')
                                .append(x.getNamespaceURI(i));
                    }
                }
                if (e == XMLStreamConstants.START_ELEMENT) {
                    for (int i = 0; i < x.getAttributeCount(); i++) {
                        sb.append(" [")
                                .append(x.getAttributePrefix(i))
                                .append('|')
                                .append(x.getAttributeNamespace(i))
                                .append('|')
                                .append(x.getAttributeLocalName(i))
                                .append('=')
                                .append(x.getAttributeValue(i))
                                .append(']');
                    }
                    sb.append(" class=").append(x.getAttributeValue(null, "class"));
                }
                if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.COMMENT) {
                    sb.append(" '").append(x.getText()).append('\'');
                }
                if (e == XMLStreamConstants.PROCESSING_INSTRUCTION) {
                    sb.append(' ').append(x.getPITarget()).append('|').append(x.getPIData());
                }
                out.add(sb.toString());
            }
        } catch (XMLStreamException ex) {
            out.add("ERROR");
        }
        return out;
    }

    static List<String> stax(byte[] bytes) {
        try {
            return events(STAX.createXMLStreamReader(new StringReader(new String(bytes, StandardCharsets.UTF_8))));
        } catch (XMLStreamException e) {
            return List.of("ERROR");
        }
    }

    /** The byte parser's events, or null when it leaves the input to StAX. */
    static List<String> bytes(byte[] bytes) {
        Utf8XmlReader r = Utf8XmlReader.open(bytes, bytes.length);
        if (r == null) {
            return null;
        }
        List<String> out = events(r);
        return r.supported() ? out : null;
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ReadResult viaBytes(byte[] b) {
        try {
            return AknResolutionReader.create().read(new ByteArrayInputStream(b));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reader's StAX path, which reads every {@link java.io.Reader}. */
    private static ReadResult viaStax(byte[] b) {
        try {
            return AknResolutionReader.create().read(new StringReader(new String(b, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void sameEventsAsStaxOnEveryFile(Path file) {
        byte[] b = read(file);
        List<String> mine = bytes(b);
        assertThat(mine).as("the byte parser reads it itself").isNotNull();
        assertThat(mine).last().isEqualTo("8");
        assertThat(mine).containsExactlyElementsOf(stax(b));
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void sameDocumentAndDiagnosticsAsStaxOnEveryFileAndItsResdomAkn(Path file) {
        byte[] b = read(file);
        ReadResult stax = viaStax(b);
        assertThat(viaBytes(b)).isEqualTo(stax);
        assertThat(AknResolutionReader.create().read(new String(b, StandardCharsets.UTF_8)))
                .isEqualTo(stax);
        if (!file.toString().contains("resdom.xml")) {
            byte[] own = AknResolutionWriter.create().write(stax.resolution()).getBytes(StandardCharsets.UTF_8);
            List<String> mine = bytes(own);
            assertThat(mine).isNotNull().containsExactlyElementsOf(stax(own));
            assertThat(viaBytes(own)).isEqualTo(viaStax(own));
        }
    }

    /** Characters a mutation writes: markup, references, line ends, controls, letters of several scripts, a pair. */
    private static final String[] ALPHABET = {
        "<",
        ">",
        "/",
        "&",
        ";",
        "\"",
        "'",
        "=",
        " ",
        "\n",
        "\r",
        "\r\n",
        "\t",
        "]]>",
        "<![CDATA[",
        "]]",
        "--",
        "<!--",
        "-->",
        "<?",
        "?>",
        "&amp;",
        "&#",
        "&#x",
        "&lt;",
        "&foo;",
        ":",
        "xmlns",
        "xmlns:p=\"u\"",
        "p:",
        "a",
        "Z",
        "0",
        "-",
        ".",
        "_",
        "\u0001",
        "\u0000",
        "\u00E9",
        "\u0436",
        "\u4E2D",
        "\uD83D\uDE00",
        "\uFFFE",
        "\u00A0",
        "\u0085",
        "<!DOCTYPE a>",
        "<?xml version=\"1.0\"?>",
        "x='1'"
    };

    @Test
    void randomDamageToRealFilesGetsTheSameVerdictAndResult() {
        List<String> sources = new ArrayList<>();
        for (Path p : FILES) {
            byte[] b = read(p);
            if (b.length < 60_000) {
                sources.add(new String(b, StandardCharsets.UTF_8));
            }
        }
        int[] compared = new int[2];
        qt().withFixedSeed(20261203L)
                .withExamples(300)
                .forAll(
                        integers().between(0, sources.size() - 1),
                        lists().of(integers().between(0, Integer.MAX_VALUE - 1)).ofSizeBetween(1, 6))
                .checkAssert((file, edits) -> {
                    String s = sources.get(file);
                    StringBuilder sb = new StringBuilder(s);
                    for (int e : edits) {
                        int at = e % (sb.length() + 1);
                        String w = ALPHABET[(e / 7) % ALPHABET.length];
                        switch ((e / 3) % 3) {
                            case 0 -> sb.insert(at, w);
                            case 1 -> sb.delete(at, Math.min(sb.length(), at + 1 + e % 5));
                            default -> sb.replace(at, Math.min(sb.length(), at + 1), w);
                        }
                    }
                    // a lone surrogate left by a cut cannot be written as UTF-8: the damage is to markup and text only
                    String damaged = sb.toString().replaceAll("[\\uD800-\\uDFFF]", "x");
                    byte[] b = damaged.getBytes(StandardCharsets.UTF_8);
                    List<String> stax = stax(b);
                    List<String> mine = bytes(b);
                    if (mine != null) {
                        compared[0]++;
                        assertThat(mine.get(mine.size() - 1).equals("ERROR"))
                                .as("well-formed or not")
                                .isEqualTo(stax.get(stax.size() - 1).equals("ERROR"));
                        if (!stax.get(stax.size() - 1).equals("ERROR")) {
                            compared[1]++;
                            assertThat(mine).containsExactlyElementsOf(stax);
                        }
                    }
                    assertThat(viaBytes(b)).isEqualTo(viaStax(b));
                });
        // most damaged files are compared, not left to StAX; some of them stay well-formed
        assertThat(compared[0]).isGreaterThan(200);
        assertThat(compared[1]).isGreaterThan(10);
    }

    @Test
    void smallCasesGiveStaxEvents() {
        String[] cases = {
            "<?xml version=\"1.0\"?>\n<!-- c -->\n<a xmlns='u' b=\"1\">x<b/>y<![CDATA[z]]>w<!--k-->v<?pi d?>\r\n"
                    + " t&amp;&#x1F600;</a>\n",
            "<a>\uD83D\uDE00x<b>y</b>\n</a>",
            "<a b='  x\t\ny  ' c=\"x\r\ny\" d='&#9;&#10;&#13;'/>",
            "  <a/>  <!--e--> <?p x?> ",
            "<a xmlns='d' xmlns:p='u' p:x='1' y='2' xml:lang='en'><p:b xmlns=''><c/></p:b></a>",
            "<a>x<![CDATA[]]>y</a>",
            "<?xml version='1.0' encoding='utf-8' standalone='yes' ?><a>&lt;&gt;&quot;&apos;</a>",
            "<a></a >",
            "<a\n  b = '1'\n  c='2'\n/>",
            "<a>]]</a>",
            "<a>]>]></a>",
            "<a><!----></a>",
            "<a><?p?></a>",
        };
        for (String c : cases) {
            byte[] b = c.getBytes(StandardCharsets.UTF_8);
            assertThat(bytes(b)).as(c).isNotNull().containsExactlyElementsOf(stax(b));
        }
    }

    @Test
    void malformedInputsAreErrorsForBoth() {
        String[] cases = {
            "",
            "<a>",
            "<a><b></a>",
            "<a x='1' x='2'/>",
            "<p:a/>",
            "<a>]]></a>",
            "<a>\u0001</a>",
            "<a></a><b/>",
            "<a>x</a>y",
            "<a>&e;</a>",
            "<a>&amp</a>",
            "<a>&#65</a>",
            "<a>&#0;</a>",
            "<a>&#xD800;</a>",
            "<a b='<'/>",
            "<a b='1'c='2'/>",
            "<a><!-- a--b --></a>",
            "<a><!-- a ---></a>",
            "<a><?xml x?></a>",
            "x<a/>",
            "<a xmlns:p=''/>",
            "<a p:x='1'/>",
            "<a x:b='1' xmlns:x='u' y:b='2' xmlns:y='u'/>",
            "<a>\uFFFE</a>",
            "<a/ >",
            "< a/>",
            "<a></b>",
            "<a></a",
            "<a b=1/>",
            "<a><![CDATA[x</a>",
            "<a>&#x110000;</a>",
            "<?xml version='1.0'?><?xml version='1.0'?><a/>",
            "<a><b/></a></a>",
        };
        for (String c : cases) {
            byte[] b = c.getBytes(StandardCharsets.UTF_8);
            assertThat(stax(b)).as(c).last().isEqualTo("ERROR");
            List<String> mine = bytes(b);
            if (mine != null) {
                assertThat(mine).as(c).last().isEqualTo("ERROR");
            }
            assertThat(viaBytes(b)).as(c).isEqualTo(viaStax(b));
        }
    }

    @Test
    void aStringWithHalfASurrogatePairIsReadWithStax() throws IOException {
        String s = AKN + "<statement><preamble><p>a\uD800b</p></preamble></statement></akomaNtoso>";
        ReadResult r = AknResolutionReader.create().read(s);
        assertThat(r).isEqualTo(AknResolutionReader.create().read(new StringReader(s)));
        assertThat(r.diagnostics()).anyMatch(d -> d.code().equals("AKN-MALFORMED"));
    }

    @Test
    void bytesThatAreNotUtf8ThrowAsBefore() {
        for (String tail : new String[] {"<p>a\u00E9b</p>", "", "<!-- x -->"}) {
            byte[] ok = (AKN + "<statement><preamble>" + tail + "</preamble></statement></akomaNtoso>\n")
                    .getBytes(StandardCharsets.UTF_8);
            for (int at : new int[] {ok.length / 2, ok.length - 1, ok.length - 3}) {
                for (byte bad : new byte[] {(byte) 0xC0, (byte) 0xED, (byte) 0xFF, (byte) 0x80}) {
                    byte[] b = ok.clone();
                    b[at] = bad;
                    org.assertj.core.api.Assertions.assertThatThrownBy(
                                    () -> AknResolutionReader.create().read(new ByteArrayInputStream(b)))
                            .isInstanceOf(java.nio.charset.MalformedInputException.class);
                }
            }
        }
    }

    @Test
    void errorsGiveLineAndColumn() throws Exception {
        byte[] b = "<a>\n  <b>x</c></a>".getBytes(StandardCharsets.UTF_8);
        Utf8XmlReader r = Utf8XmlReader.open(b, b.length);
        XMLStreamException e = null;
        try {
            while (r.hasNext()) {
                r.next();
            }
        } catch (XMLStreamException ex) {
            e = ex;
        }
        assertThat(e).isNotNull();
        assertThat(r.supported()).isTrue();
        assertThat(e.getLocation().getLineNumber()).isEqualTo(2);
        assertThat(e.getLocation().getColumnNumber()).isEqualTo(9);
        assertThat(e.getMessage()).contains("must be terminated by the matching end-tag \"</b>\"");
    }

    @Test
    void leftToStax() {
        for (String c : new String[] {
            "\uFEFF<a/>",
            "<?xml version='1.0' encoding='UTF-16'?><a/>",
            "<?xml version='1.1'?><a/>",
            "<!DOCTYPE a><a/>",
            "<\u00E9/>",
            "<a:b:c/>",
            "<a>\r</a>"
        }) {
            assertThat(bytes(c.getBytes(StandardCharsets.UTF_8))).as(c).isNull();
        }
    }

    // ---------------------------------------------------------------- hostile input

    private static final String AKN = "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">";

    private static void hostile(String doc, String code) {
        byte[] b = doc.getBytes(StandardCharsets.UTF_8);
        ReadResult r = viaBytes(b);
        assertThat(r.diagnostics()).anyMatch(d -> d.code().equals(code));
        assertThat(r).isEqualTo(viaStax(b));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void billionLaughsIsRefused() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            sb.append("<!ENTITY lol").append(i).append(" \"");
            sb.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10));
            sb.append("\">");
        }
        sb.append("]>").append(AKN).append("<statement>&lol9;</statement></akomaNtoso>");
        hostile(sb.toString(), "AKN-DOCTYPE");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void externalEntityIsRefused() {
        hostile(
                "<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + AKN
                        + "<statement>&x;</statement></akomaNtoso>",
                "AKN-DOCTYPE");
        hostile(AKN + "<statement>&x;</statement></akomaNtoso>", "AKN-MALFORMED");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void deepNestingIsStopped() {
        hostile(
                AKN + "<statement>" + "<p>".repeat(200_000) + "</p>".repeat(200_000) + "</statement></akomaNtoso>",
                "IO-LIMIT");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void hugeAttributesAndNamesAreRead() {
        String big = "x".repeat(5_000_000);
        byte[] b = (AKN + "<statement name=\"" + big + "\"/></akomaNtoso>").getBytes(StandardCharsets.UTF_8);
        assertThat(bytes(b)).isNotNull();
        assertThat(viaBytes(b)).isEqualTo(viaStax(b));
        StringBuilder many = new StringBuilder(AKN + "<statement");
        for (int i = 0; i <= Utf8XmlReader.MAX_ATTRIBUTES; i++) {
            many.append(" a").append(i).append("='1'");
        }
        hostile(many.append("/></akomaNtoso>").toString(), "AKN-MALFORMED");
        hostile(AKN + "<" + "n".repeat(2_000) + "/></akomaNtoso>", "AKN-MALFORMED");
    }
}
