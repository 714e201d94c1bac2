package org.resdom.io.akn;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.resdom.model.Body;

/** Names, namespaces and IRIs shared by the Akoma Ntoso reader and writer. */
final class Akn {

    /** The Akoma Ntoso 3.0 namespace. */
    static final String NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    /** The namespace of resdom's facts inside {@code <proprietary>}. */
    static final String RD = "https://resdom.org/ns/akn/1";
    /** The {@code source} of resdom's metadata blocks. */
    static final String SOURCE = "#resdom";
    /** The default work date when the document gives none. */
    static final String DEFAULT_DATE = "0001-01-01";

    static final String CLASS_RUN_IN = "runIn";
    static final String CLASS_HEADING = "heading";
    static final String CLASS_TITLE = "title";
    static final String CLASS_NUMBER = "number";
    static final String CLASS_WRAP_UP = "wrapUp";
    static final String CLASS_EMPTY = "resdom-empty";
    static final String CLASS_BRACKETED = "resdom-bracketed";
    static final String CLASS_UNRECOGNIZED = "resdom-unrecognized";
    static final String CLASS_LEADING = "leading";
    static final String CLASS_BODY_MOVED = "resdom-bodyMoved";
    static final String CLASS_REF_ONLY = "resdom-refOnly";
    static final String CLASS_BODY_ONLY = "resdom-bodyOnly";
    static final String NAME_ANCHOR = "resdomAnchor";
    static final String NAME_NOTE_BODY = "resdomNoteBody";
    static final String NAME_PHRASELESS = "operative";
    /** The {@code inline} that stands for one code unit XML 1.0 cannot carry. */
    static final String NAME_CHAR = "resdomChar";
    /** The resdom attribute that marks an element written for an {@code UnknownElement} (in {@link #RD}). */
    static final String ATTR_UNKNOWN = "unknown";
    /** The {@code rd:resdom} attribute saying that model values in attributes use backslash escapes. */
    static final String ESCAPES = "escapes";
    /** The value of {@link #ESCAPES}. */
    static final String ESCAPES_BACKSLASH = "backslash";

    private Akn() {}

    /** @return the AKN4UN actor of a body: {@code itu-pp}, {@code unga}, {@code unga-hrc} … */
    static String actor(Body body) {
        return switch (body) {
            case UN_GA -> "unga";
            case UN_HRC -> "unga-hrc";
            case OTHER -> "other";
            default -> body.code().toLowerCase(Locale.ROOT);
        };
    }

    /** @return the body of an actor, if known */
    static Optional<Body> body(String actor) {
        String a = actor.toLowerCase(Locale.ROOT);
        switch (a) {
            case "unga":
            case "ga":
                return Optional.of(Body.UN_GA);
            case "unga-hrc":
            case "hrc":
            case "unhrc":
                return Optional.of(Body.UN_HRC);
            case "other":
                return Optional.of(Body.OTHER);
            default:
                for (Body b : Body.values()) {
                    if (b.code().toLowerCase(Locale.ROOT).equals(a)) {
                        return Optional.of(b);
                    }
                }
                return Optional.empty();
        }
    }

    /** @return a readable name of a body, for {@code showAs} */
    static String showAs(Body body) {
        return switch (body) {
            case ITU_PP -> "ITU Plenipotentiary Conference";
            case ITU_WTSA -> "ITU World Telecommunication Standardization Assembly";
            case ITU_WTDC -> "ITU World Telecommunication Development Conference";
            case ITU_WRC -> "ITU World Radiocommunication Conference";
            case ITU_RA -> "ITU Radiocommunication Assembly";
            case ITU_COUNCIL -> "ITU Council";
            case ITU_T -> "ITU Telecommunication Standardization Sector";
            case ITU_R -> "ITU Radiocommunication Sector";
            case ITU_D -> "ITU Telecommunication Development Sector";
            case UN_GA -> "United Nations General Assembly";
            case UN_HRC -> "Human Rights Council";
            case UN_SC -> "United Nations Security Council";
            case UN_ECOSOC -> "United Nations Economic and Social Council";
            case UN_CHR -> "Commission on Human Rights";
            case OTHER -> "Other body";
        };
    }

    /**
     * One IRI path segment: letters, digits, {@code .}, {@code _} and {@code -} are kept,
     * {@code /} and spaces become {@code -}, anything else is percent-encoded (UTF-8).
     */
    static String segment(String value) {
        StringBuilder sb = new StringBuilder();
        for (byte b : value.strip().getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || c == '.'
                    || c == '_'
                    || c == '-') {
                sb.append((char) c);
            } else if (c == '/' || c == ' ') {
                sb.append('-');
            } else {
                sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return sb.length() == 0 ? "-" : sb.toString();
    }

    /** @return the {@code title} of a {@code resdomChar}: {@code U+} and four upper-case hex digits */
    static String charTitle(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }

    /** @return the code unit a {@code resdomChar} title names, or -1 when it is not {@code U+XXXX} */
    static int charCode(String title) {
        if (title == null || title.length() != 6 || !title.startsWith("U+")) {
            return -1;
        }
        int v = 0;
        for (int i = 2; i < 6; i++) {
            char c = title.charAt(i);
            int d = c >= '0' && c <= '9'
                    ? c - '0'
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10 : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }

    private static final java.util.regex.Pattern DATE =
            java.util.regex.Pattern.compile("\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])");

    /** @return whether the value is a full xsd:date such as {@code 2024-04-03} */
    static boolean isDate(String value) {
        return DATE.matcher(value).matches();
    }
}
