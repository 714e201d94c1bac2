/**
 * A corpus: every resolution under a file or folder, read lazily, each with its diagnostics.
 *
 * <pre>{@code
 * try (Stream<CorpusDocument> docs = Corpus.of(Path.of("texts/")).parallel(true).stream()) {
 *     docs.filter(CorpusDocument::readable)
 *         .forEach(d -> System.out.println(d.file() + ": " + d.resolution().orElseThrow().operative().size()));
 * }
 * }</pre>
 *
 * <p>A file that cannot be read (missing, not UTF-8, too large) becomes a document without a resolution and with
 * an error diagnostic; it never stops the other files.
 */
package org.resdom.io.corpus;
