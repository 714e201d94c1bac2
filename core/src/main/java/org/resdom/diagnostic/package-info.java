/**
 * Diagnostics: what readers and validation rules report instead of throwing.
 *
 * <pre>{@code
 * for (Diagnostic d : diagnostics) {
 *     System.out.println(d.format("res71.txt"));   // res71.txt:17:3: warning RD-LABEL-SEQUENCE …
 * }
 * }</pre>
 */
package org.resdom.diagnostic;
