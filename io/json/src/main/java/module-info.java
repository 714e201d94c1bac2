/**
 * resdom JSON: reader, writer and its {@link org.resdom.io.FormatProvider}, found by
 * {@link org.resdom.io.Formats} under the name "json".
 */
module org.resdom.io.json {
    requires transitive org.resdom.io;
    requires tools.jackson.core;

    exports org.resdom.io.json;

    provides org.resdom.io.FormatProvider with
            org.resdom.io.json.JsonFormatProvider;
}
