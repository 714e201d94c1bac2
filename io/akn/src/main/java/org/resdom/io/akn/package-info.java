/**
 * Reading and writing Akoma Ntoso 3.0 (OASIS LegalDocML) the way the UN marks up resolutions
 * (AKN4UN): FRBR identification, preamble containers, operative {@code hcontainer}s,
 * {@code authorialNote} footnotes, {@code ref} citations and annexes as attachments. What the
 * writer writes is valid against the official schema and reads back into an equal model.
 *
 * <pre>{@code
 * String xml = AknResolutionWriter.create().write(resolution);
 * Resolution back = AknResolutionReader.create().read(xml).resolution();   // equals resolution
 * }</pre>
 *
 * The mapping, the devices for content Akoma Ntoso has no element for, and the diagnostic
 * codes are described in {@code docs/akoma-ntoso.md}.
 */
package org.resdom.io.akn;
