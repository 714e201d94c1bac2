package org.resdom.cli;

import java.nio.file.Path;

/**
 * One input file.
 *
 * @param path where it is
 * @param display its path as the user named it (the folder given, then the path inside it)
 * @param relative its path relative to the folder given, or its file name when given directly
 * @param inFolder whether it was found by walking a folder
 */
record InputFile(Path path, String display, Path relative, boolean inFolder) {}
