/**
 * What a plug-in adds to the vocabulary resdom's core shares with every format: the namespaces of
 * its {@linkplain org.resdom.model.SourceHints source hints} and its
 * {@linkplain org.resdom.diagnostic.DiagnosticCode diagnostic codes}. A plug-in implements
 * {@link org.resdom.spi.Vocabulary} and declares it as a service; core finds it with
 * {@link java.util.ServiceLoader}.
 *
 * <pre>{@code
 * public final class ToyVocabulary implements Vocabulary {
 *     public String owner() { return "toy"; }              // hint namespace "toy", code prefix "TOY-"
 *     public List<DiagnosticCode> diagnosticCodes() {
 *         return List.of(new DiagnosticCode("toy", "TOY-HEADER", Set.of(Severity.ERROR), "the first line is not a header"));
 *     }
 * }
 * // module-info.java: provides org.resdom.spi.Vocabulary with com.example.ToyVocabulary;
 * // and META-INF/services/org.resdom.spi.Vocabulary for the class path
 * }</pre>
 */
package org.resdom.spi;
