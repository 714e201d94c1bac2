/**
 * For test suites: AssertJ assertions on resolutions, a structural comparison that names the differing elements,
 * QuickTheories generators, the seed fixture, and {@link org.resdom.testing.ResolutionSource}.
 *
 * <pre>{@code
 * import static org.resdom.testing.Cited.unResolution;
 * import static org.resdom.testing.ResdomAssertions.assertThat;
 * import static org.resdom.testing.ResdomAssertions.validate;
 *
 * @Test
 * void strategicPlan() {
 *     Resolution r = read("res71.txt");
 *     assertThat(r).hasPreambleSections(4)
 *             .operative(2).hasAction(ActionKind.INSTRUCTS).hasAddressee("the Secretary-General");
 *     assertThat(validate(r)).containsOnlyCodes(Rules.LABEL_DUPLICATE);
 *     assertThat(r).isStructurallyEqualTo(expected);
 * }
 *
 * @ResolutionSource("texts/")
 * void everyText(Resolution r) {
 *     assertThat(validate(r)).hasNoErrors();
 * }
 * }</pre>
 */
package org.resdom.testing;
