package org.resdom.io.pdf;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps PDFBox's own log messages (through commons-logging to {@code java.util.logging}, its
 * default) off the standard error stream while resdom reads: a damaged file makes PDFBox warn
 * on every object it repairs, and the reader already reports what matters as diagnostics. The
 * level of the {@code org.apache.pdfbox} logger is raised for as long as at least one read is
 * running and put back after the last one. An application that routes commons-logging elsewhere
 * (Log4j, SLF4J) keeps its own configuration.
 */
final class QuietPdfBox implements AutoCloseable {

    /** Held strongly: {@code java.util.logging} keeps loggers only weakly. */
    private static final Logger PDFBOX = Logger.getLogger("org.apache.pdfbox");

    private static final Object LOCK = new Object();
    private static int open;
    private static Level saved;

    private QuietPdfBox() {}

    /** @return a scope that silences PDFBox until closed */
    static QuietPdfBox enter() {
        synchronized (LOCK) {
            if (open++ == 0) {
                saved = PDFBOX.getLevel();
                PDFBOX.setLevel(Level.OFF);
            }
        }
        return new QuietPdfBox();
    }

    @Override
    public void close() {
        synchronized (LOCK) {
            if (--open == 0) {
                PDFBOX.setLevel(saved);
                saved = null;
            }
        }
    }
}
