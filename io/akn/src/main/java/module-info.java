/**
 * resdom Akoma Ntoso 3.0: reader, writer and its {@link org.resdom.io.FormatProvider}, found by
 * {@link org.resdom.io.Formats} under the name "akn".
 */
module org.resdom.io.akn {
    requires transitive org.resdom.io;
    requires java.xml;

    exports org.resdom.io.akn;

    provides org.resdom.io.FormatProvider with
            org.resdom.io.akn.AknFormatProvider;
}
