/**
 * Reading and writing plain text: one line a paragraph, as resdom writes it, or text extracted
 * from Word, PDF or a web page, read for its structure ({@link org.resdom.io.text.TextResolutionReader.Mode}).
 *
 * <pre>{@code
 * ReadResult read = TextResolutionReader.builder()
 *         .mode(TextResolutionReader.Mode.EXACT) // line per paragraph, never the extracted-text stages
 *         .language(Language.ENGLISH)
 *         .build()
 *         .read(text);
 * String back = TextResolutionWriter.create().write(read.resolution());
 * back.equals(text);       // true for text resdom wrote
 * read.diagnostics();      // e.g. TXT-UNRECOGNIZED at 14:1 for a line not placed
 * }</pre>
 */
package org.resdom.io.text;
