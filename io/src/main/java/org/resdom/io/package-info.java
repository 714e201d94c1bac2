/**
 * The shape every format shares: {@link org.resdom.io.ResolutionReader},
 * {@link org.resdom.io.ResolutionWriter}, {@link org.resdom.io.ReadResult}, limits, and
 * {@link org.resdom.io.Formats} to pick a reader or writer by format name, and
 * {@link org.resdom.io.FormatProvider}, the service interface through which every format,
 * resdom's own and a user's, is found.
 *
 * <pre>{@code
 * ReadResult read = Formats.reader("text").read(Path.of("res71.txt"));
 * Formats.writer("akn").write(read.resolution(), Path.of("res71.akn.xml"));
 * }</pre>
 */
package org.resdom.io;
