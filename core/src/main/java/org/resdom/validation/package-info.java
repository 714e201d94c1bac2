/**
 * Validation: composable rules that report diagnostics on a resolution, never throwing.
 *
 * <pre>{@code
 * Validator validator = Validator.builder()
 *         .standardRules()
 *         .without(Rules.PUNCTUATION) // leave one rule out by its code
 *         .build();
 * List<Diagnostic> found = validator.validate(resolution);
 * found.forEach(d -> System.out.println(d.format("res71.txt"))); // e.g. res71.txt:12:1: warning RD-LABEL-SEQUENCE ...
 * }</pre>
 *
 * <p>A rule of one's own implements {@link org.resdom.validation.Rule} and is added with
 * {@link org.resdom.validation.Validator.Builder#add(Rule)}.
 */
package org.resdom.validation;
