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

    // Opened to every module for its two resources, not for reflection: the JSON Schemas of the
    // export records are public by name (ExportJson.RECORD_SCHEMA, ALIGNED_SCHEMA), and a resource
    // of a named module's package is found from another module (Class.getResourceAsStream,
    // ClassLoader.getResource) only when the package is open to it. Nothing reflects on the
    // records (ExportJson writes them with the JDK), so a qualified opens would name no module
    // that needs it and would hide the schemas from users' modules.
    opens org.resdom.io.export;

    uses org.resdom.io.FormatProvider;
}
