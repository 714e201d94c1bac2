/**
 * The shape every format shares: {@link org.resdom.io.ResolutionReader},
 * {@link org.resdom.io.ResolutionWriter}, {@link org.resdom.io.ReadResult}, limits, and
 * {@link org.resdom.io.Formats} to pick a reader or writer by format.
 *
 * <pre>{@code
 * ReadResult read = Formats.reader(Format.TEXT).read(Path.of("res71.txt"));
 * String akn = Formats.writer(Format.AKN).write(read.resolution());
 * }</pre>
 */
package org.resdom.io;
