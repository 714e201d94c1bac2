/**
 * Reads resolutions from PDF with Apache PDFBox, through the layout stages of
 * {@link org.resdom.io.layout.LayoutResolutionReader}. Read only.
 *
 * <pre>{@code
 * ReadResult r = PdfResolutionReader.create().read(Path.of("A_RES_73_3.pdf"));
 * Resolution res = r.resolution();
 * }</pre>
 */
package org.resdom.io.pdf;
