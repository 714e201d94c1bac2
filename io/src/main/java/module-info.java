/**
 * resdom io: the shape every format shares (readers, writers, limits, positions),
 * {@link org.resdom.io.Formats}, which finds the formats through {@link org.resdom.io.FormatProvider},
 * the staged reader for extracted text ({@code org.resdom.io.layout}), the corpus and the export.
 * The formats are modules of their own: org.resdom.io.text, .json, .xml, .akn, .pdf, ...
 */
module org.resdom.io {
    requires transitive org.resdom.core;
    requires java.xml;

    exports org.resdom.io;
    exports org.resdom.io.corpus;
    exports org.resdom.io.export;
    exports org.resdom.io.layout;
    exports org.resdom.io.internal to
            org.resdom.io.text,
            org.resdom.io.json,
            org.resdom.io.xml,
            org.resdom.io.akn,
            org.resdom.io.pdf,
            org.resdom.io.docx,
            org.resdom.io.html;
    exports org.resdom.io.text.internal to
            org.resdom.io.text,
            org.resdom.io.docx;

    opens org.resdom.io.export;

    uses org.resdom.io.FormatProvider;
}
