/**
 * An Apache Beam pipeline over a folder or bucket of resolutions: {@link org.resdom.examples.beam.ParagraphExport}.
 *
 * <pre>{@code
 * ParagraphExport.Options o = PipelineOptionsFactory.as(ParagraphExport.Options.class);
 * o.setInput("texts/");
 * o.setOutput("out/paragraphs");
 * ParagraphExport.build(o).run().waitUntilFinish();
 * }</pre>
 */
package org.resdom.examples.beam;
