package org.resdom.io.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.diagnostic.Severity;
import org.resdom.io.ResolutionWriter;
import org.resdom.model.Resolution;
import org.resdom.model.SourceSpan;
import org.resdom.model.UnknownElement;

/**
 * The {@link ResolutionWriter#NOT_CARRIED} warnings of a writer whose format has no place for the
 * metadata, the Akoma Ntoso source's own content kept as {@code akn.*} hints, or an unknown
 * element's markup (the text and HTML writers).
 */
public final class NotCarried {
    private static final int SHOWN = 5;

    private NotCarried() {}

    /**
     * @param format the format's name, as the messages say it ({@code text}, {@code HTML})
     * @param r the document
     * @param unknownElements what the format leaves out of an unknown element ({@code "names and
     *        attributes"}), or empty when it carries it whole
     * @return the warnings: metadata, {@code akn.*} hints, unknown elements; each only when there is some
     */
    public static List<Diagnostic> of(String format, Resolution r, Optional<String> unknownElements) {
        List<Diagnostic> out = new ArrayList<>();
        SourceSpan whole = r.span().orElse(SourceSpan.of(0, 0, 1, 1));
        String instead = "; write JSON, resdom XML or Akoma Ntoso to keep it";
        if (!r.metadata().isEmpty()) {
            out.add(warning(
                    "the " + format + " format has no place for the document's metadata: " + keys(r.metadata())
                            + " left out" + instead,
                    whole));
        }
        Map<String, String> akn = r.hints().values().entrySet().stream()
                .filter(e -> e.getKey().startsWith("akn."))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.TreeMap::new));
        if (!akn.isEmpty()) {
            out.add(warning(
                    "the " + format + " format has no place for what the Akoma Ntoso source held beside the"
                            + " resolution (its cover page, preface, conclusions, keywords, workflow, FRBR dates,"
                            + " elements kept as markup): " + keys(akn) + " left out" + instead,
                    whole));
        }
        if (unknownElements.isPresent()) {
            List<UnknownElement> unknown = r.find(UnknownElement.class).toList();
            if (!unknown.isEmpty()) {
                UnknownElement first = unknown.get(0);
                out.add(warning(
                        "the " + format + " format writes an unknown element as its content only: the "
                                + unknownElements.get() + " of " + count(unknown.size(), "unknown element")
                                + " (the first <" + first.name() + ">) left out" + instead,
                        first.span().orElse(whole)));
            }
        }
        return List.copyOf(out);
    }

    /**
     * @param message what is left out
     * @param span where
     * @return a {@link ResolutionWriter#NOT_CARRIED} warning
     */
    public static Diagnostic warning(String message, SourceSpan span) {
        return Diagnostic.at(ResolutionWriter.NOT_CARRIED, Severity.WARNING, message, span);
    }

    private static String keys(Map<String, String> m) {
        String shown = m.keySet().stream().limit(SHOWN).collect(Collectors.joining(", "));
        return count(m.size(), "entry", "entries") + " (" + shown + (m.size() > SHOWN ? ", …" : "") + ")";
    }

    /**
     * @param n how many
     * @param what the thing counted, singular
     * @return {@code "1 mark"}, {@code "2 marks"}
     */
    public static String count(int n, String what) {
        return count(n, what, what + "s");
    }

    /**
     * A count with its noun, for a noun whose plural is not made with "s".
     *
     * @param n the count
     * @param one the noun for one
     * @param many the noun for none or several
     * @return for example "2 entries"
     */
    public static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
