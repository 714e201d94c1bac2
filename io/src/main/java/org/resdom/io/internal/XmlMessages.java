package org.resdom.io.internal;

/** Messages of the JDK's XML parser, rewritten for a person. Shared by the XML and Akoma Ntoso readers. */
public final class XmlMessages {
    private XmlMessages() {}

    private static final java.util.regex.Pattern JAXP_LIMIT = java.util.regex.Pattern.compile(
            "JAXP\\d+: .*?\"([\\d,.\\s]+)\".*?\"([\\d,.\\s]+)\" limit set by \"(?:jdk\\.xml\\.)?([A-Za-z_]+)\".*",
            java.util.regex.Pattern.DOTALL);

    /**
     * The XML parser's own limits (a name longer than {@link XmlNameLimit#MAX} characters, too
     * many attributes …) say {@code length of entity "[xml]"} and the name of a system property;
     * this says what was too long or too many, for a person. For a name, the parser's count is
     * only how far it read before it stopped (it stops at its buffer, 8,192 characters), so the
     * message gives the limit, not that count.
     *
     * @param m the parser's message
     * @return a message that names the problem
     */
    public static String parserLimit(String m) {
        java.util.regex.Matcher x = JAXP_LIMIT.matcher(m);
        if (!x.matches()) {
            return m;
        }
        String found = x.group(1).strip();
        String limit = x.group(2).strip();
        if (m.contains("length of entity \"[xml]\"") || x.group(3).equals("maxXMLNameLimit")) {
            return name();
        }
        String what = switch (x.group(3)) {
            case "elementAttributeLimit" ->
                "an element with " + found + " attributes; the XML parser reads at most " + limit;
            case "maxElementDepth" -> "elements nested " + found + " deep; the XML parser reads at most " + limit;
            case "maxGeneralEntitySizeLimit",
                    "totalEntitySizeLimit",
                    "entityExpansionLimit",
                    "maxParameterEntitySizeLimit",
                    "entityReplacementLimit" ->
                "entities expanding to " + found + "; the XML parser allows at most " + limit;
            default -> "a parser limit (" + x.group(3) + ") exceeded: " + found + ", the limit is " + limit;
        };
        return what;
    }

    /** @return the message for a name longer than {@link XmlNameLimit#MAX} characters */
    public static String nameTooLong() {
        return name();
    }

    /** The one message for a name over the limit, which resdom sets on every parser ({@link XmlNameLimit}). */
    private static String name() {
        String limit = String.format(java.util.Locale.ROOT, "%,d", XmlNameLimit.MAX);
        return "an element, attribute or namespace name longer than " + limit + " characters: XML names are read up to "
                + limit + " characters long";
    }
}
