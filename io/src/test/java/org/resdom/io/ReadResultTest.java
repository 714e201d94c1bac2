package org.resdom.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.model.Identity;
import org.resdom.model.Resolution;
import org.resdom.model.SourceSpan;

class ReadResultTest {

    @Test
    void aDiagnosticWithoutAPositionIsAboutTheWholeInputAndPointsAtItsStart() {
        Diagnostic placed = Diagnostic.at("T-AT", Severity.WARNING, "here", SourceSpan.at(7, 3));
        Diagnostic whole =
                new Diagnostic("T-WHOLE", Severity.ERROR, "the file is empty", Optional.of("x"), Optional.empty());
        ReadResult r = new ReadResult(Resolution.empty(Identity.unknown()), List.of(placed, whole));
        assertThat(r.diagnostics().get(0)).isSameAs(placed);
        Diagnostic d = r.diagnostics().get(1);
        assertThat(d.line()).hasValue(1);
        assertThat(d.column()).hasValue(1);
        assertThat(d.code()).isEqualTo("T-WHOLE");
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.message()).isEqualTo("the file is empty");
        assertThat(d.elementId()).contains("x");
        assertThat(r.hasErrors()).isTrue();
    }
}
