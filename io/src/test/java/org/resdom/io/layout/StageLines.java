package org.resdom.io.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Lines and kinds for the stage tests: plain lines, or pages of paged text split at {@code "\f"}. */
final class StageLines {

    private StageLines() {}

    static List<LayoutLine> plain(String... text) {
        List<LayoutLine> out = new ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            out.add(LayoutLine.of(text[i], i + 1));
        }
        return out;
    }

    /** @return the lines on pages, a {@code "\f"} element starting the next page */
    static List<LayoutLine> paged(String... text) {
        List<LayoutLine> out = new ArrayList<>();
        int page = 1;
        int line = 1;
        for (String t : text) {
            if (t.equals("\f")) {
                page++;
                line = 1;
                continue;
            }
            out.add(LayoutLine.onPage(t, page, line++));
        }
        return out;
    }

    static List<LineKind> kinds(List<LayoutLine> lines) {
        List<LineKind> out = new ArrayList<>();
        for (LayoutLine l : lines) {
            out.add(l.isBlank() ? LineKind.BLANK : LineKind.TEXT);
        }
        return out;
    }

    static List<LineKind> text(int n) {
        return new ArrayList<>(Collections.nCopies(n, LineKind.TEXT));
    }
}
