/**
 * resdom html: writes a resolution as a readable, accessible HTML page.
 */
module org.resdom.io.html {
    requires transitive org.resdom.io;

    exports org.resdom.io.html;

    provides org.resdom.io.FormatProvider with
            org.resdom.io.html.HtmlFormatProvider;
}
