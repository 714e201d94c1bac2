package org.resdom.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.resdom.io.akn.AknResolutionReader;
import org.resdom.io.akn.AknResolutionWriter;
import org.resdom.io.json.JsonResolutionReader;
import org.resdom.io.json.JsonResolutionWriter;
import org.resdom.io.text.TextResolutionReader;
import org.resdom.io.text.TextResolutionWriter;
import org.resdom.io.xml.XmlResolutionReader;
import org.resdom.io.xml.XmlResolutionWriter;

/** The reader and writer of each format, with default settings, and format detection. */
public final class Formats {
    private Formats() {
    }

    /**
     * @param format a format
     * @return its reader, with default settings
     */
    public static ResolutionReader reader(Format format) {
        return switch (format) {
            case TEXT -> TextResolutionReader.create();
            case JSON -> JsonResolutionReader.create();
            case XML -> XmlResolutionReader.create();
            case AKN -> AknResolutionReader.create();
            case PDF -> throw new IllegalArgumentException("the pdf reader is in the resdom-pdf module: "
                    + "org.resdom.io.pdf.PdfResolutionReader");
        };
    }

    /**
     * A reader that gives the nodes the positions asked for. JSON and resdom XML can carry the
     * spans of an earlier reading ({@link Positions#STORED}, their readers' default) or report where
     * each part stands in the file being read ({@link Positions#DOCUMENT}); text and Akoma Ntoso
     * readers always give positions in the file being read.
     *
     * @param format a format
     * @param positions which positions the nodes get
     * @return the reader, otherwise with default settings
     */
    public static ResolutionReader reader(Format format, Positions positions) {
        return switch (format) {
            case JSON -> JsonResolutionReader.builder().positions(positions).build();
            case XML -> XmlResolutionReader.builder().positions(positions).build();
            case TEXT, AKN, PDF -> reader(format);
        };
    }

    /**
     * @param format a format
     * @return its writer, with default settings
     */
    public static ResolutionWriter writer(Format format) {
        return switch (format) {
            case TEXT -> TextResolutionWriter.create();
            case JSON -> JsonResolutionWriter.create();
            case XML -> XmlResolutionWriter.create();
            case AKN -> AknResolutionWriter.create();
            case PDF -> throw new IllegalArgumentException("pdf is read only");
        };
    }

    /**
     * Detects a file's format from its name, then from its first characters: {@code .txt} is
     * text, {@code .json} JSON, {@code .akn.xml} Akoma Ntoso, {@code .pdf} (or a file opening with {@code %PDF-})
     * PDF; an {@code .xml} file (or one with
     * another name) is Akoma Ntoso when its root element is {@code akomaNtoso}, resdom XML when
     * it is another element, JSON when it opens with a left curly bracket, and text otherwise.
     *
     * @param file the file's path (only its name is used)
     * @param head the first characters of the file (a few kilobytes are enough)
     * @return the format
     */
    public static Format detect(Path file, String head) {
        String name = Optional.ofNullable(file.getFileName()).map(Path::toString).orElse("")
                .toLowerCase(Locale.ROOT);
        if (name.endsWith(".akn.xml") || name.endsWith(".akn")) {
            return Format.AKN;
        }
        if (name.endsWith(".json")) {
            return Format.JSON;
        }
        if (name.endsWith(".txt")) {
            return Format.TEXT;
        }
        if (name.endsWith(".pdf")) {
            return Format.PDF;
        }
        return detect(head);
    }

    /**
     * Detects a format from the first characters of an input.
     *
     * @param head the first characters
     * @return the format; text when nothing else fits
     */
    public static Format detect(String head) {
        String h = head.stripLeading();
        if (h.startsWith("\uFEFF")) {
            h = h.substring(1).stripLeading();
        }
        if (h.startsWith("%PDF-")) {
            return Format.PDF;
        }
        if (h.startsWith("{")) {
            return Format.JSON;
        }
        if (h.startsWith("<")) {
            return h.contains("<akomaNtoso") || h.matches("(?s).*<[A-Za-z0-9_-]+:akomaNtoso.*")
                    ? Format.AKN : Format.XML;
        }
        return Format.TEXT;
    }
}
