/**
 * resdom pdf: reads resolutions from PDF files into the resdom model.
 */
module org.resdom.io.pdf {
    requires transitive org.resdom.io;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires java.logging;

    exports org.resdom.io.pdf;

    provides org.resdom.io.FormatProvider with
            org.resdom.io.pdf.PdfFormatProvider;
}
