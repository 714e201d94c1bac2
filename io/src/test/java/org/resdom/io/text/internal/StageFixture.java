package org.resdom.io.text.internal;

import java.util.ArrayList;
import java.util.List;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.model.Language;

/** The shared parts of the stages, made for one input as {@link TextParser} makes them. */
final class StageFixture {
    final String s;
    final TextLines lines;
    final Source source;
    final Sink sink;
    final Vocabulary vocab;
    final Citing finder;
    final InlineParser inline;
    final Draft draft;

    StageFixture(String s, Language language) {
        this.s = s;
        this.lines = TextLines.of(s);
        this.source = new Source(lines.starts(), lines.count(), s.length());
        this.sink = new Sink(100, source);
        this.vocab = Vocabulary.of(language);
        this.finder = new Citing(language, source);
        this.inline = new InlineParser(s, finder, source, sink, 20);
        this.draft = new Draft(new Nesting.Rules(false, 20, sink, source, new ArrayList<>()));
    }

    int start(int line) {
        return lines.starts()[line];
    }

    int end(int line) {
        return lines.ends()[line];
    }

    String line(int line) {
        return s.substring(start(line), end(line));
    }

    /** Pairs the brackets of a line for the inline stage, as the pipeline does before reading it. */
    StageFixture at(int line) {
        inline.line(start(line), end(line));
        return this;
    }

    List<Diagnostic> diagnostics() {
        return sink.finish(s.length());
    }
}
