package org.resdom.spi;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.resdom.diagnostic.DiagnosticCode;
import org.resdom.internal.Vocabularies;

/**
 * What a plug-in (a format provided by a jar, say) adds to the vocabulary core shares with every
 * format: the namespaces of its source-hint keys ({@code toy.newline}) and its diagnostic codes
 * ({@code TOY-HEADER}), with their severities and descriptions. Core finds vocabularies with
 * {@link java.util.ServiceLoader}: implement this interface (public, with a public no-argument
 * constructor) and declare it, {@code provides org.resdom.spi.Vocabulary with
 * com.example.ToyVocabulary;} in a {@code module-info.java} and the class name in
 * {@code META-INF/services/org.resdom.spi.Vocabulary} for the class path. Then
 * {@link org.resdom.model.SourceHints} takes the plug-in's hint keys (and
 * {@link org.resdom.model.Resolution} moves them out of the metadata, as it does resdom's own),
 * and {@link DiagnosticCode#of(String)} finds its codes (the command line's
 * {@code validate --disable TOY-HEADER} too).
 *
 * <p>resdom's own namespaces and codes are the built-in vocabulary of core (owner
 * {@code resdom}: {@link org.resdom.model.SourceHints#NAMESPACES} and the table the reference page
 * {@code docs/diagnostics.md} is generated from). A plug-in owns what it declares: a namespace or
 * a code prefix that resdom or an earlier vocabulary (by owner name) already has leaves the
 * vocabulary out, whole, with the reason in {@link #problems()}; so does a code outside its prefix,
 * a name that breaks the rules below, or a method that throws. The others work whatever it does.
 */
public interface Vocabulary {

    /**
     * @return the plug-in's name: lower case letters, digits and hyphens, starting with a letter;
     *         for a format, its {@code FormatProvider} name
     */
    String owner();

    /**
     * @return the namespaces of the plug-in's hint keys (lower case letters, digits and hyphens,
     *         starting with a letter); by default the {@link #owner()} alone
     */
    default Set<String> hintNamespaces() {
        return Set.of(owner());
    }

    /**
     * @return the prefix every one of the plug-in's codes starts with, before a hyphen (upper case
     *         letters and digits, starting with a letter); by default the {@link #owner()} in upper
     *         case without its hyphens ({@code TOY} for {@code toy})
     */
    default String codePrefix() {
        return owner().replace("-", "").toUpperCase(Locale.ROOT);
    }

    /**
     * @return the plug-in's diagnostic codes, each starting with {@link #codePrefix()} and a hyphen;
     *         none by default
     */
    default List<DiagnosticCode> diagnosticCodes() {
        return List.of();
    }

    /**
     * Why vocabularies found were left out (a namespace or prefix taken, a code outside the prefix,
     * a class that failed to load or to answer). Each is also logged ({@link System.Logger}, level
     * {@code WARNING}).
     *
     * @return one line per vocabulary left out; empty when every one was taken
     */
    static List<String> problems() {
        return Vocabularies.found().problems();
    }

    /** @return the owners of the vocabularies found, {@code resdom} first, then by name */
    static List<String> owners() {
        return Vocabularies.found().owners();
    }
}
