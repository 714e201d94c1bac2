package org.resdom.testsupport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.resdom.io.Formats;
import org.resdom.io.layout.LayoutResolutionReader;
import org.resdom.model.Body;
import org.resdom.model.Resolution;

/**
 * The UN part of the development corpus as the extracted-text and PDF tests use it: the
 * {@code pdftotext} output of PDFs rendered in the UN layout from the real UN Human Rights
 * Council Akoma Ntoso (two masthead kinds: Human Rights Council, and the same content under a
 * General Assembly masthead), and the Akoma Ntoso each was rendered from, the gold.
 *
 * <p>The data is in {@code io/tests/src/test/resources/corpus}; a module whose tests use this
 * class puts that folder on its test class path (see {@code io/pdf/pom.xml}), and the Akoma
 * Ntoso format ({@code resdom-akn}) too, which {@link #source(String)} finds by name.
 */
public final class UnCorpus {

    /** The class-path folder of the {@code pdftotext} fixtures. */
    public static final String DIR = "/corpus/extracted/un-pdftotext/";

    /** The class-path folder of the English Akoma Ntoso the fixtures were rendered from. */
    public static final String AKN = "/corpus/dev/un-hrc-54/English/";

    private UnCorpus() {}

    /**
     * @param name a class-path resource
     * @return its text
     * @throws IOException when it cannot be read
     * @throws IllegalStateException when there is no such resource
     */
    public static String resource(String name) throws IOException {
        return Resources.text(name);
    }

    /**
     * @return the fixture names
     * @throws IOException when the index cannot be read
     */
    public static List<String> names() throws IOException {
        List<String> out = new ArrayList<>();
        for (String l : resource(DIR + "index.txt").split("\n")) {
            if (!l.isBlank()) {
                out.add(l.strip());
            }
        }
        return out;
    }

    /**
     * @param name a fixture name ({@code A_HRC_RES_54_10E} or {@code A_HRC_RES_54_12E-ga})
     * @return the document it was rendered from
     * @throws IOException when it cannot be read
     */
    public static Resolution source(String name) throws IOException {
        return Formats.reader("akn")
                .read(resource(AKN + name.replace("-ga", "") + ".xml"))
                .resolution();
    }

    /**
     * Identity is right when body, number and date of adoption are.
     *
     * @param name the fixture name
     * @param gold the source
     * @param read what was read
     * @return whether the identity is right
     */
    public static boolean identityRight(String name, Resolution gold, Resolution read) {
        Body body = name.endsWith("-ga") ? Body.UN_GA : Body.UN_HRC;
        return read.identity().body() == body
                && read.identity().number().equals(gold.identity().number())
                && gold.hints()
                        .values()
                        .getOrDefault("akn.date", "")
                        .equals(read.hints().values().get(LayoutResolutionReader.META_ADOPTED));
    }
}
