/**
 * Reading and writing resdom's JSON format: the whole model, one {@code "type"} discriminator
 * per sealed family, element identifiers and source spans, a top-level
 * {@code "format": "resdom"} and {@code "version": 1}. The format is described by a JSON Schema
 * (draft 2020-12) shipped at {@link org.resdom.io.json.JsonFormat#SCHEMA_RESOURCE}, and in
 * {@code docs/json-format.md}.
 *
 * <pre>{@code
 * String json = JsonResolutionWriter.builder().compact().includeSpans(false).build().write(resolution);
 * ReadResult back = JsonResolutionReader.create().read(json);
 * back.resolution().equals(resolution);    // true
 * back.diagnostics();                      // e.g. "$.operative[1].paragraphs[0].label: expected an object, found a string" at 12:20
 * }</pre>
 *
 * <p>Jackson (3.x streaming API) is used inside this package only; the model carries no
 * annotations.
 */
package org.resdom.io.json;
