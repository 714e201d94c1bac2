/**
 * resdom XML (resdom's vocabulary): reader, writer and its {@link org.resdom.io.FormatProvider}, found by
 * {@link org.resdom.io.Formats} under the name "xml".
 */
module org.resdom.io.xml {
    requires transitive org.resdom.io;
    requires jakarta.xml.bind;
    requires java.xml;

    opens org.resdom.io.xml.bind to
            jakarta.xml.bind;

    exports org.resdom.io.xml;

    provides org.resdom.io.FormatProvider with
            org.resdom.io.xml.XmlFormatProvider;
}
