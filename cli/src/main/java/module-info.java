/**
 * The resdom command line: {@code convert}, {@code validate}, {@code refs} and {@code stats}.
 * picocli reads the command classes by reflection, hence the {@code opens}.
 */
module org.resdom.cli {
    requires org.resdom.io;
    requires org.resdom.io.pdf;
    requires info.picocli;
    requires tools.jackson.databind;

    exports org.resdom.cli;
    opens org.resdom.cli to info.picocli;
}
