/**
 * The Word (DOCX) reader, tracked changes included.
 *
 * <pre>{@code
 * ReadResult read = DocxResolutionReader.create().read(Path.of("res71.docx"));
 * read.resolution().find(Inserted.class).forEach(i -> System.out.println(i.author() + " " + i.date()));
 * Resolution after = read.resolution().accepted();
 * }</pre>
 */
package org.resdom.io.docx;
