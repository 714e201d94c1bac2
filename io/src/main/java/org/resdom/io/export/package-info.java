/**
 * Exports for datasets: one record per paragraph, citation, section or document, written as JSON Lines, and
 * the same resolution in several languages aligned clause by clause.
 *
 * <pre>{@code
 * Exporter exporter = Exporter.of(Unit.PARAGRAPH);
 * try (Writer out = Files.newBufferedWriter(Path.of("paragraphs.jsonl"))) {
 *     for (ExportRecord r : exporter.records(resolution, "res71.txt")) {
 *         out.write(ExportJson.toJson(r));
 *         out.write('\n');
 *     }
 * }
 * }</pre>
 *
 * <p>The records follow the JSON Schema {@code export-record.schema.json} (a resource of this package);
 * aligned records follow {@code aligned-record.schema.json}. Record ids are stable: they are made of the
 * document's identity (body, kind, number), its language and the element id of {@code Resolution.elements()},
 * which is built from labels where there are labels, so the exports of two versions of a document join on them.
 */
package org.resdom.io.export;
