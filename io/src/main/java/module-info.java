/**
 * resdom io: readers and writers for plain text, JSON, XML and Akoma Ntoso.
 */
module org.resdom.io {
    requires transitive org.resdom.core;
    requires tools.jackson.core;
    requires jakarta.xml.bind;
    requires java.xml;

    exports org.resdom.io;
    exports org.resdom.io.text;
    exports org.resdom.io.json;
    exports org.resdom.io.xml;
    exports org.resdom.io.akn;
    exports org.resdom.io.corpus;
    exports org.resdom.io.export;
    exports org.resdom.io.layout;

    opens org.resdom.io.export;

    opens org.resdom.io.xml.bind to jakarta.xml.bind;

    uses org.resdom.io.FormatProvider;
    provides org.resdom.io.FormatProvider with
            org.resdom.io.text.TextFormatProvider,
            org.resdom.io.json.JsonFormatProvider,
            org.resdom.io.xml.XmlFormatProvider,
            org.resdom.io.akn.AknFormatProvider;
}
