/**
 * resdom docx: reads Word documents (DOCX), tracked changes included.
 */
module org.resdom.io.docx {
    requires transitive org.resdom.io;
    requires java.xml;

    exports org.resdom.io.docx;

    provides org.resdom.io.FormatProvider with
            org.resdom.io.docx.DocxFormatProvider;
}
