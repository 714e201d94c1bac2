/**
 * The built-in validation rules. Not part of the API: use the factories of
 * {@link org.resdom.validation.Rules}. This package is not exported by the module.
 */
package org.resdom.validation.internal;
