/**
 * The resdom command line: {@code convert}, {@code validate}, {@code refs}, {@code stats} and {@code diff}.
 * picocli reads the command classes by reflection, hence the {@code opens}.
 */
module org.resdom.cli {
    requires org.resdom.io;
    requires org.resdom.io.text;
    requires org.resdom.io.json;
    requires org.resdom.io.xml;
    requires org.resdom.io.akn;
    requires org.resdom.io.docx;
    requires org.resdom.io.html;
    requires org.resdom.io.pdf;
    requires info.picocli;
    requires tools.jackson.databind;

    exports org.resdom.cli;

    opens org.resdom.cli to
            info.picocli;
}
