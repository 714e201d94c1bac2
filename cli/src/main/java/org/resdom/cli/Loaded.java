package org.resdom.cli;

import org.resdom.io.FormatProvider;
import org.resdom.io.ReadResult;

/**
 * An input read.
 *
 * @param file the input
 * @param format the format it was read as
 * @param result the document and the reader's diagnostics
 */
record Loaded(InputFile file, FormatProvider format, ReadResult result) {}
