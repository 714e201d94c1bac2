/**
 * Internals of the plain-text reader and writer: line classification, inline mark-up,
 * citation finding and the citation vocabulary. Not exported; use
 * {@link org.resdom.io.text.TextResolutionReader} and {@link org.resdom.io.text.TextResolutionWriter}.
 */
package org.resdom.io.text.internal;
