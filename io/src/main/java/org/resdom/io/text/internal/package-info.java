/**
 * Internals of the plain-text reader and writer: the reader's stages (lines, language, labels,
 * nesting, title block, opening formula, sections, annexes, assembly; see {@code TextParser}), inline mark-up,
 * citation finding and the citation vocabulary. Exported only to the format modules; use
 * {@code org.resdom.io.text.TextResolutionReader} and {@code org.resdom.io.text.TextResolutionWriter}
 * (resdom-text); shared with the staged reader for extracted text ({@code org.resdom.io.layout}).
 */
package org.resdom.io.text.internal;
