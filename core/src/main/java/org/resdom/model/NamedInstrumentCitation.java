package org.resdom.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.resdom.internal.Checks;
import org.resdom.internal.DataTable;

/**
 * A citation of an instrument by its name: {@code the Charter of the United Nations},
 * {@code la Déclaration universelle des droits de l'homme}, {@code 《2030年可持续发展议程》}.
 * The identifier is the instrument's key in resdom's table of instruments
 * ({@code org/resdom/cite/instruments.tsv}), the same in every language: {@code un-charter},
 * {@code udhr}, {@code iccpr}, {@code agenda-2030}, {@code itu-constitution} …
 *
 * <p>To build one, name the instrument and the language: {@link #of(String, Language)} writes
 * the instrument's name from the same table, so the text and the key agree and the recogniser
 * reads the text back as this citation.
 *
 * <pre>{@code
 * NamedInstrumentCitation c = NamedInstrumentCitation.of("udhr", Language.FRENCH);
 * c.text();   // "Déclaration universelle des droits de l'homme"
 * }</pre>
 *
 * @param instrument the instrument's key, such as {@code udhr}
 * @param text the exact source text
 * @param span where it came from, if known; not part of {@code equals}
 */
public record NamedInstrumentCitation(String instrument, String text, Optional<SourceSpan> span) implements Citation {

    /** Checks for nulls. */
    public NamedInstrumentCitation {
        Checks.notBlank(instrument, "instrument");
        Checks.notBlank(text, "text");
        Checks.optional(span, "span");
    }

    /**
     * A citation as a source wrote it, without a source span: what the readers and the
     * recogniser build from a document's text. To write a citation of your own, use
     * {@link #of(String, Language)}, which derives the text from the instrument.
     *
     * @param instrument the instrument's key
     * @param text the exact source text
     * @return the node
     */
    public static NamedInstrumentCitation of(String instrument, String text) {
        return new NamedInstrumentCitation(instrument, text, Optional.empty());
    }

    /**
     * A citation of an instrument by its name in a language, its text derived from resdom's table
     * of instruments (the first name the table gives the instrument in that language):
     * {@code of("un-charter", Language.ENGLISH)} is {@code Charter of the United Nations},
     * {@code of("udhr", Language.CHINESE)} {@code 世界人权宣言}. The recogniser of that language
     * reads the text back as this citation.
     *
     * @param instrument the instrument's key, such as {@code udhr}
     * @param language the language to write the name in
     * @return the node, without a source span
     * @throws IllegalArgumentException when the table has no instrument of that key, or has it in
     *     that language only as a stem that takes any ending (as most Russian names are: the
     *     table matches their inflected forms, it does not say which form to write), with the
     *     languages it can be written in
     */
    public static NamedInstrumentCitation of(String instrument, Language language) {
        Checks.notBlank(instrument, "instrument");
        Checks.notNull(language, "language");
        Map<Language, String> names = Names.FIRST.get(instrument);
        if (names == null) {
            throw new IllegalArgumentException("no instrument '" + instrument + "' in resdom's table of instruments");
        }
        String name = names.get(language);
        if (name == null) {
            throw new IllegalArgumentException("instrument '" + instrument + "' has no written name in "
                    + language + " in resdom's table of instruments (only stems, or none); it has one in "
                    + names.keySet());
        }
        return new NamedInstrumentCitation(instrument, name, Optional.empty());
    }

    /**
     * The first name of every instrument in every language, read once from the table the
     * recogniser matches with ({@code org/resdom/cite/instruments.tsv}: key, language, name). A
     * name with a stem ({@code *}) is no text to write and is passed over, and so is a row whose
     * key starts with {@code ^}: it names a reference back to the instrument just cited ("the
     * Protocol thereto"), which is no instrument of its own.
     */
    private static final class Names {
        static final Map<String, Map<Language, String>> FIRST = load();

        private static Map<String, Map<Language, String>> load() {
            Map<String, Map<Language, String>> out = new HashMap<>();
            for (DataTable.Row row : DataTable.read(Names.class, "/org/resdom/cite/instruments.tsv", 3)) {
                String key = row.get(0);
                if (key.startsWith("^")) {
                    continue;
                }
                Optional<Language> language = Language.fromCode(row.get(1));
                Map<Language, String> names = out.computeIfAbsent(key, k -> new EnumMap<>(Language.class));
                if (!key.equals("-") && language.isPresent() && row.get(2).indexOf('*') < 0) {
                    names.putIfAbsent(language.get(), row.get(2));
                }
            }
            out.remove("-"); // the table's entry for names that are no instrument
            out.replaceAll((k, v) -> Collections.unmodifiableMap(v));
            return Map.copyOf(out);
        }
    }

    /**
     * @param value the new span
     * @return a copy with that span
     */
    @Override
    public NamedInstrumentCitation withSpan(Optional<SourceSpan> value) {
        return new NamedInstrumentCitation(instrument, text, value);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitNamedInstrumentCitation(this);
    }

    @Override
    public List<? extends Node> children() {
        return List.of();
    }

    /** Equal when everything but the span is equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof NamedInstrumentCitation o && instrument.equals(o.instrument) && text.equals(o.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(instrument, text);
    }

    @Override
    public CitationKind kind() {
        return CitationKind.NAMED_INSTRUMENT;
    }
}
