/**
 * resdom core: the resolution model, the language tables, diagnostics and validation.
 * Depends on the JDK only.
 */
module org.resdom.core {
    exports org.resdom.model;
    exports org.resdom.diagnostic;
    exports org.resdom.lang;
    exports org.resdom.cite;
    exports org.resdom.validation;
}
