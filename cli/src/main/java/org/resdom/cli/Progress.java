package org.resdom.cli;

import java.io.PrintWriter;

/** A one-line progress bar on standard error, drawn only when it is a terminal and there are several files. */
final class Progress {
    private static final int WIDTH = 30;
    private static final int NAME = 36;

    private final PrintWriter err;
    private final boolean enabled;
    private int total;
    private int done;
    private String name = "";
    private boolean shown;

    Progress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    void start(int totalFiles) {
        this.total = totalFiles;
        this.done = 0;
    }

    void step(String fileName) {
        if (!active()) {
            return;
        }
        done++;
        name = fileName;
        redraw();
    }

    private boolean active() {
        return enabled && total > 1;
    }

    void redraw() {
        if (!active() || done == 0) {
            return;
        }
        int filled = (int) ((long) WIDTH * done / total);
        StringBuilder b = new StringBuilder("\r[");
        b.append("#".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ");
        b.append(done).append('/').append(total).append(' ');
        String n = name.length() > NAME ? "…" + name.substring(name.length() - NAME + 1) : name;
        b.append(n).append(" ".repeat(NAME - n.length()));
        err.print(b);
        err.flush();
        shown = true;
    }

    void clear() {
        if (shown) {
            err.print("\r" + " ".repeat(WIDTH + NAME + 16) + "\r");
            err.flush();
            shown = false;
        }
    }

    void end() {
        clear();
    }
}
