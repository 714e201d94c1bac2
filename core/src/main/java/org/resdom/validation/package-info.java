/**
 * Validation: composable rules that report diagnostics on a resolution, never throwing.
 */
package org.resdom.validation;
