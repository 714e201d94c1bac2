package org.resdom.io.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.io.TextCodes;
import org.resdom.model.Anchor;
import org.resdom.model.Label;
import org.resdom.model.Paragraph;
import org.resdom.model.Text;

class NestingTest {

    private final Source source = new Source(new int[] {0}, 1, 1000);
    private final Sink sink = new Sink(100, source);
    private final List<Anchor> pending = new ArrayList<>();

    private Nesting nesting(boolean outline, int maxDepth) {
        return new Nesting(new Nesting.Rules(outline, maxDepth, sink, source, pending));
    }

    private static void add(Nesting n, String label, String text) {
        Label l = label == null ? null : Label.of(label, "\t");
        n.add(
                new Item(List.of(), l, List.of(Text.of(text)), 0, 1),
                l == null ? "NONE" : l.style().name(),
                0,
                1);
    }

    /** @return the labels, an item's after its parent's in brackets */
    private static String shape(List<Paragraph> paras) {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : paras) {
            sb.append(p.label().map(Label::text).orElse("-"));
            if (!p.items().isEmpty()) {
                sb.append('[').append(shape(p.items())).append(']');
            }
            sb.append(' ');
        }
        return sb.toString().strip();
    }

    @Test
    void aNewStyleAfterAColonNests() {
        Nesting n = nesting(false, 20);
        add(n, "1", "decides:");
        add(n, "a)", "that;");
        add(n, "b)", "that:");
        add(n, "i)", "this;");
        add(n, "c)", "that;");
        add(n, "2", "instructs");
        assertThat(shape(n.build())).isEqualTo("1[a) b)[i)] c)] 2");
        assertThat(sink.finish(0)).isEmpty();
    }

    @Test
    void withoutAColonTheListsStayFlat() {
        Nesting n = nesting(false, 20);
        add(n, "1", "decides");
        add(n, "a)", "that;");
        add(n, null, "text");
        assertThat(shape(n.build())).isEqualTo("1 a) -");
    }

    @Test
    void outlineNumbersNestOnlyWhenAsked() {
        for (boolean outline : new boolean[] {true, false}) {
            Nesting n = nesting(outline, 20);
            add(n, "9.3", "x");
            add(n, "9.3.1", "x");
            add(n, "9.3.2", "x");
            add(n, "9.4", "x");
            assertThat(shape(n.build())).isEqualTo(outline ? "9.3[9.3.1 9.3.2] 9.4" : "9.3 9.3.1 9.3.2 9.4");
        }
    }

    @Test
    void aListGoingBackIsReported() {
        Nesting n = nesting(false, 20);
        add(n, "a)", "x");
        add(n, "b)", "x");
        add(n, "a)", "x");
        assertThat(sink.finish(0)).extracting(Diagnostic::code).containsExactly(TextCodes.REPEATED_LABEL);
    }

    @Test
    void gluedListNumbersAreReported() {
        Nesting n = nesting(false, 20);
        add(n, "1", "x");
        add(n, "2", "x");
        add(n, "34", "x"); // 3 and 4 glued together
        add(n, "5", "x");
        List<Diagnostic> d = sink.finish(0);
        assertThat(d).extracting(Diagnostic::code).containsExactly(TextCodes.GLUED_NUMBER);
        assertThat(d.get(0).message()).contains("34 after 2");
    }

    @Test
    void itemsDeeperThanTheLimitStayAtTheirLevel() {
        Nesting n = nesting(false, 1);
        add(n, "1", "decides:");
        add(n, "a)", "that;");
        assertThat(shape(n.build())).isEqualTo("1 a)");
        // the limit is said where the item would have nested (kept in the one list, it then counts on from 1)
        assertThat(sink.finish(0)).extracting(Diagnostic::code).first().isEqualTo(TextCodes.LIMIT);
    }

    @Test
    void pendingBookmarksGoToTheNextParagraph() {
        Nesting n = nesting(false, 20);
        pending.add(new Anchor("_Hlk1", java.util.Optional.empty()));
        add(n, null, "text");
        assertThat(n.build().get(0).anchors()).extracting(Anchor::name).containsExactly("_Hlk1");
        assertThat(pending).isEmpty();
        assertThat(n.lastEnd(-1)).isEqualTo(1);
        assertThat(nesting(false, 20).lastEnd(-1)).isEqualTo(-1);
    }
}
