/**
 * resdom plain text: reader, writer and its {@link org.resdom.io.FormatProvider}, found by
 * {@link org.resdom.io.Formats} under the name "text".
 */
module org.resdom.io.text {
    requires transitive org.resdom.io;

    exports org.resdom.io.text;

    provides org.resdom.io.FormatProvider with
            org.resdom.io.text.TextFormatProvider;
}
