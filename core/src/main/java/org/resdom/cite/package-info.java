/**
 * The one citation recogniser: finds resolutions, decisions, recommendations, UN document
 * symbols, named instruments, provisions and annexes in text of any of the six languages, in one
 * pass, from data tables ({@code words-*.tsv}, {@code instruments.tsv}, {@code series.tsv}).
 *
 * <pre>{@code
 * Recognizer r = Recognizer.of(Language.ENGLISH, Body.UN_HRC);
 * List<CitationMatch> found = r.find("Recalling its resolutions 5/1 and 5/2 and A/HRC/55/2,");
 * // resolutions 5/1 (UN_HRC), 5/2 (UN_HRC), A/HRC/55/2 (a document symbol)
 * Optional<Citation> link = Links.citation("http://undocs.org/en/A/RES/60/251", "60/251");
 * }</pre>
 */
package org.resdom.cite;
