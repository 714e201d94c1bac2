package org.resdom.io;

import java.util.Locale;
import java.util.Optional;

/** The formats resdom reads and writes. */
public enum Format {
    /** Plain text, as extracted from Word or PDF ({@code .txt}). */
    TEXT("text", ".txt"),
    /** resdom's JSON format ({@code .json}). */
    JSON("json", ".json"),
    /** resdom's XML vocabulary ({@code .xml}). */
    XML("xml", ".xml"),
    /** Akoma Ntoso 3.0 ({@code .akn.xml}, or {@code .xml} with an {@code akomaNtoso} root). */
    AKN("akn", ".akn.xml"),
    /**
     * PDF, read only ({@code .pdf}); its reader is {@code PdfResolutionReader} in the
     * {@code resdom-pdf} module, so {@link Formats} has no reader or writer for it.
     */
    PDF("pdf", ".pdf");

    private final String code;
    private final String extension;

    Format(String code, String extension) {
        this.code = code;
        this.extension = extension;
    }

    /** @return the name used on the command line: {@code text}, {@code json}, {@code xml}, {@code akn} */
    public String code() {
        return code;
    }

    /** @return whether resdom writes this format ({@link #PDF} is read only) */
    public boolean writable() {
        return this != PDF;
    }

    /** @return whether {@link Formats} in {@code resdom-io} has the reader ({@link #PDF}'s is in {@code resdom-pdf}) */
    public boolean inIo() {
        return this != PDF;
    }

    /** @return the file extension written, with its dot */
    public String extension() {
        return extension;
    }

    /**
     * @param code {@code text}, {@code json}, {@code xml} or {@code akn}, any case
     * @return the format, or empty
     */
    public static Optional<Format> fromCode(String code) {
        String c = code.toLowerCase(Locale.ROOT);
        for (Format f : values()) {
            if (f.code.equals(c)) {
                return Optional.of(f);
            }
        }
        return c.equals("txt") ? Optional.of(TEXT) : Optional.empty();
    }
}
