/** Internals of the DOCX reader: the package, the Word XML, numbering and change matching. */
package org.resdom.io.docx.internal;
