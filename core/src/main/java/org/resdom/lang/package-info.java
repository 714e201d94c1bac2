/**
 * The words of the six ITU languages, held as data: preamble phrases, operative actions,
 * qualifiers and citation vocabulary, one table per language.
 *
 * <pre>{@code
 * PhraseBook fr = PhraseBook.of(Language.FRENCH);
 * fr.matchPreamble("considérant en outre").get().kind();   // CONSIDERING, qualifier "en outre"
 * fr.matchAction("charge le Conseil").get().kind();         // INSTRUCTS
 * }</pre>
 */
package org.resdom.lang;
