/**
 * Test helpers that the tests of more than one module use: schema checks of the JSON, XML and
 * Akoma Ntoso writers' output ({@link org.resdom.testsupport.SchemaSupport},
 * {@link org.resdom.testsupport.XsdSupport}, {@link org.resdom.testsupport.AknSchema}), DOCX
 * fixtures built from marked text ({@link org.resdom.testsupport.DocxFixtures}), and the gold and
 * scores of the extracted-text corpus ({@link org.resdom.testsupport.CorpusGold},
 * {@link org.resdom.testsupport.UnCorpus}).
 *
 * <p>Part of {@code resdom-test-support}, which is not published: only resdom's own tests
 * depend on it (test scope; the benchmarks at compile scope). It depends on {@code resdom-io}
 * and {@code resdom-core} only, never on a format, so a format's own tests can use it; a
 * helper that needs a format finds it at run time ({@code Formats.reader("akn")}) or reads the
 * format's resources from the class path (the schemas).
 *
 * <pre>{@code
 * List<String> errors = XsdSupport.errors(XmlResolutionWriter.create().write(resolution));
 * }</pre>
 */
package org.resdom.testsupport;
