/**
 * The resdom command line. Every command runs in-process through {@link org.resdom.cli.Main#run}:
 *
 * <pre>{@code
 * int code = Main.run(new String[] {"validate", "res71.txt"}, System.out, System.err);
 * // prints res71.txt:12:1: error RD-LABEL-SEQUENCE …; code is 0, 1 (errors found) or 2 (usage or I/O)
 * }</pre>
 */
package org.resdom.cli;
