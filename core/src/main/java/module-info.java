/**
 * resdom core: the resolution model, the language tables, diagnostics and validation.
 * Depends on the JDK only (java.xml: names of unknown elements are checked as the XML parser reads them).
 */
module org.resdom.core {
    requires java.xml;

    exports org.resdom.model;
    exports org.resdom.diagnostic;
    exports org.resdom.lang;
    exports org.resdom.cite;
    exports org.resdom.validation;
    exports org.resdom.spi;

    uses org.resdom.spi.Vocabulary;
}
