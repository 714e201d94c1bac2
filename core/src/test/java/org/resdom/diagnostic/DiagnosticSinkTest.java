package org.resdom.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.resdom.model.SourceSpan;

class DiagnosticSinkTest {

    @Test
    void keepsUpToTheLimitThenSaysHowManyWereLeftOut() {
        DiagnosticSink sink = DiagnosticSink.of(2);
        for (int i = 1; i <= 5; i++) {
            sink.add("T-" + i, Severity.WARNING, "m" + i, Optional.of(SourceSpan.at(i, 1)));
        }
        List<Diagnostic> all = sink.diagnostics();
        assertThat(all).extracting(Diagnostic::code).containsExactly("T-1", "T-2", DiagnosticSink.LIMIT);
        assertThat(all.get(2).severity()).isEqualTo(Severity.INFO);
        assertThat(all.get(2).message()).isEqualTo("3 more diagnostics left out from 3:1 on (maxDiagnostics 2)");
        assertThat(all.get(2).line())
                .as("the note points at the first one left out")
                .hasValue(3);
        assertThat(all.get(2).column()).hasValue(1);
        assertThat(sink.size()).isEqualTo(2);
        assertThat(sink.dropped()).isEqualTo(3);
        assertThat(sink.isFull()).isTrue();
    }

    @Test
    void diagnosticsOfAnotherReadAreBoundedTooAndEndWithOneNote() {
        DiagnosticSink part = DiagnosticSink.of(2);
        for (int i = 1; i <= 6; i++) {
            part.add("T-" + i, Severity.WARNING, "m" + i, Optional.of(SourceSpan.at(i, 1)));
        }
        DiagnosticSink whole = DiagnosticSink.of(2);
        whole.add("P-1", Severity.WARNING, "package", Optional.of(SourceSpan.at(1, 1)));
        whole.addAll(part.diagnostics()); // T-1, T-2 and a note that 4 were left out
        whole.add("P-2", Severity.WARNING, "after", Optional.empty());
        List<Diagnostic> all = whole.diagnostics();
        assertThat(all).extracting(Diagnostic::code).containsExactly("P-1", "T-1", DiagnosticSink.LIMIT);
        assertThat(all.get(2).message())
                .as("T-2, the 4 the part left out and P-2")
                .isEqualTo("6 more diagnostics left out from 2:1 on (maxDiagnostics 2)");
        assertThat(whole.dropped()).isEqualTo(6);

        DiagnosticSink roomy = DiagnosticSink.of(10);
        roomy.addAll(part.diagnostics());
        assertThat(roomy.diagnostics())
                .extracting(Diagnostic::code)
                .as("the part's note is counted, not kept, even with room left")
                .containsExactly("T-1", "T-2", DiagnosticSink.LIMIT);
        assertThat(roomy.dropped()).isEqualTo(4);
        assertThat(roomy.diagnostics().get(2).line()).hasValue(3);
    }

    @Test
    void aLimitErrorIsKeptNotCounted() {
        DiagnosticSink sink = DiagnosticSink.of(5);
        sink.addAll(List.of(Diagnostic.at(
                DiagnosticSink.LIMIT, Severity.ERROR, "3 more diagnostics left out from", SourceSpan.at(1, 1))));
        assertThat(sink.size()).isEqualTo(1);
        assertThat(sink.dropped()).isZero();
        // the count is data, not text: a note-like message without leftOut is a diagnostic like any
        // other, and a note's count survives a copy to another position
        sink.addAll(List.of(Diagnostic.at(
                DiagnosticSink.LIMIT,
                Severity.INFO,
                "3 more diagnostics left out from 1:1 on (maxDiagnostics 9)",
                SourceSpan.at(1, 1))));
        assertThat(sink.size()).isEqualTo(2);
        assertThat(sink.dropped()).isZero();
        DiagnosticSink part = DiagnosticSink.of(1);
        part.add("T-1", Severity.WARNING, "kept", Optional.empty());
        part.add("T-2", Severity.WARNING, "left out", Optional.empty());
        part.add("T-3", Severity.WARNING, "left out", Optional.empty());
        Diagnostic note = part.diagnostics().get(1);
        assertThat(note.leftOut()).hasValue(2);
        sink.addAll(List.of(note.withSpan(Optional.of(SourceSpan.at(7, 1)))));
        assertThat(sink.size()).isEqualTo(2);
        assertThat(sink.dropped()).isEqualTo(2);
        assertThatThrownBy(() -> new Diagnostic(
                        "T-1", Severity.INFO, "m", Optional.empty(), Optional.empty(), java.util.OptionalInt.of(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sink.addAll(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void anErrorLeftOutStillCounts() {
        DiagnosticSink sink = DiagnosticSink.of(1);
        sink.add("T-W", Severity.WARNING, "w", Optional.empty());
        assertThat(sink.hasErrors()).isFalse();
        sink.add("T-E", Severity.ERROR, "e", Optional.empty());
        assertThat(sink.hasErrors()).isTrue();
        assertThat(sink.diagnostics()).extracting(Diagnostic::code).containsExactly("T-W", DiagnosticSink.LIMIT);
        Diagnostic note = sink.diagnostics().get(1);
        assertThat(note.line())
                .as("left-out diagnostics without a position: the note points at the start")
                .hasValue(1);
        assertThat(note.column()).hasValue(1);
    }

    @Test
    void sortsTheKeptOnesAndPutsTheNoteLastWhereAsked() {
        DiagnosticSink sink = DiagnosticSink.of(2);
        sink.add("T-B", Severity.WARNING, "b", Optional.of(SourceSpan.at(9, 1)));
        sink.add("T-A", Severity.WARNING, "a", Optional.of(SourceSpan.at(3, 1)));
        sink.add("T-C", Severity.WARNING, "c", Optional.of(SourceSpan.at(1, 1)));
        List<Diagnostic> all =
                sink.diagnostics(Comparator.comparingInt(d -> d.line().orElse(0)), Optional.of(SourceSpan.at(10, 1)));
        assertThat(all).extracting(Diagnostic::code).containsExactly("T-A", "T-B", DiagnosticSink.LIMIT);
        assertThat(all.get(2).line()).hasValue(10);
    }

    @Test
    void noNoteWithinTheLimit() {
        DiagnosticSink sink = DiagnosticSink.of(3);
        sink.add("T-A", Severity.INFO, "a", Optional.empty());
        assertThat(sink.diagnostics()).extracting(Diagnostic::code).containsExactly("T-A");
        assertThatThrownBy(() -> DiagnosticSink.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sink.add(null)).isInstanceOf(NullPointerException.class);
    }
}
