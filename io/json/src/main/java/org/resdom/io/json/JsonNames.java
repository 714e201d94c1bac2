package org.resdom.io.json;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.resdom.model.Anchor;
import org.resdom.model.AnnexCitation;
import org.resdom.model.Body;
import org.resdom.model.Bracketed;
import org.resdom.model.Deleted;
import org.resdom.model.DocumentKind;
import org.resdom.model.Footnote;
import org.resdom.model.FootnoteRef;
import org.resdom.model.Inserted;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.Language;
import org.resdom.model.NamedInstrumentCitation;
import org.resdom.model.Node;
import org.resdom.model.OperativeSection;
import org.resdom.model.OtherCitation;
import org.resdom.model.PreambleSection;
import org.resdom.model.ProvisionCitation;
import org.resdom.model.Text;
import org.resdom.model.UnDocumentCitation;
import org.resdom.model.UnResolutionCitation;
import org.resdom.model.UnknownElement;
import org.resdom.model.Unrecognized;

/** The names the JSON format gives to node types and enumeration constants. */
final class JsonNames {

    /** The {@code "type"} discriminator of every member of a sealed family: its simple name in lower camel case. */
    static final Map<Class<? extends Node>, String> TYPES;

    static {
        Map<Class<? extends Node>, String> m = new LinkedHashMap<>();
        for (Class<? extends Node> c : java.util.List.of(
                Text.class,
                Anchor.class,
                FootnoteRef.class,
                Footnote.class,
                Inserted.class,
                Deleted.class,
                Bracketed.class,
                Unrecognized.class,
                UnknownElement.class,
                InstrumentCitation.class,
                UnResolutionCitation.class,
                UnDocumentCitation.class,
                NamedInstrumentCitation.class,
                ProvisionCitation.class,
                AnnexCitation.class,
                OtherCitation.class,
                PreambleSection.class,
                OperativeSection.class)) {
            m.put(c, lowerFirst(c.getSimpleName()));
        }
        TYPES = java.util.Collections.unmodifiableMap(m);
    }

    private JsonNames() {}

    static String type(Node node) {
        String t = TYPES.get(node.getClass());
        if (t == null) {
            throw new IllegalStateException("no JSON type for " + node.getClass());
        }
        return t;
    }

    static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * How an enumeration constant is written: bodies and languages by their codes
     * ({@code ITU-PP}, {@code en}), every other constant in lower camel case ({@code callsUpon}).
     */
    static String encode(Enum<?> value) {
        if (value instanceof Body b) {
            return b.code();
        }
        if (value instanceof Language l) {
            return l.code();
        }
        if (value instanceof DocumentKind d) {
            return d.code();
        }
        return ENCODE.get(value.getDeclaringClass())[value.ordinal()];
    }

    private static String camel(String name) {
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                String s = String.valueOf(c);
                sb.append(upper ? s.toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT));
                upper = false;
            }
        }
        return sb.toString();
    }

    static <E extends Enum<E>> Optional<E> decode(Class<E> type, String text) {
        Object e = DECODE.get(type).get(text);
        return e == null ? Optional.empty() : Optional.of(type.cast(e));
    }

    /**
     * Each enumeration's names, computed once: name → constant (the first constant of a name
     * wins, as the search over the constants in order did).
     */
    private static final ClassValue<Map<String, Object>> DECODE = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> m = new java.util.HashMap<>();
            for (Object c : type.getEnumConstants()) {
                m.putIfAbsent(encode((Enum<?>) c), c);
            }
            return m;
        }
    };

    /** Each enumeration's names in constant order, computed once. */
    private static final ClassValue<String[]> ENCODE = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] names = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                names[i] = camel(((Enum<?>) constants[i]).name());
            }
            return names;
        }
    };

    static <E extends Enum<E>> String allowed(Class<E> type) {
        StringBuilder sb = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(encode(e));
        }
        return sb.toString();
    }
}
