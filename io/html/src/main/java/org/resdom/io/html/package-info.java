/**
 * The HTML writer: a readable, accessible page of a resolution, revision marks included.
 *
 * <pre>{@code
 * Resolution marked = Revisions.compare(older, newer);
 * HtmlResolutionWriter.create().write(marked, Path.of("diff.html"));
 * }</pre>
 */
package org.resdom.io.html;
