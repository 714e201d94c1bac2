/**
 * Lines with layout hints to a resolution: the staged reader shared by the text reader (for
 * PDF-extracted, web and Word text) and the PDF reader. Public so that format modules can feed
 * it without depending on one another.
 *
 * <pre>{@code
 * ReadResult r = LayoutResolutionReader.create().readText(pdftotextOutput, "pdf-text");
 * }</pre>
 */
package org.resdom.io.layout;
