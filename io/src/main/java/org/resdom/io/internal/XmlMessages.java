package org.resdom.io.internal;

/** Messages of the JDK's XML parser, rewritten for a person. Shared by the XML and Akoma Ntoso readers. */
public final class XmlMessages {
    private XmlMessages() {
    }

    private static final java.util.regex.Pattern JAXP_LIMIT = java.util.regex.Pattern.compile(
            "JAXP\\d+: .*?\"([\\d,.\\s]+)\".*?\"([\\d,.\\s]+)\" limit set by \"(?:jdk\\.xml\\.)?([A-Za-z_]+)\".*",
            java.util.regex.Pattern.DOTALL);

    /**
     * The XML parser's own limits (a name longer than 1,000 characters, too many attributes …)
     * say {@code length of entity "[xml]"} and the name of a system property; this says what
     * was too long or too many, for a person.
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
        if (m.contains("length of entity \"[xml]\"")) {
            // the parser's limit on the length of a name (jdk.xml.maxXMLNameLimit), whatever set it
            return "an element, attribute or namespace name " + found
                    + " characters long; the XML parser reads names of at most " + limit + " characters";
        }
        String what = switch (x.group(3)) {
            case "maxXMLNameLimit" -> "an element, attribute or namespace name " + found
                    + " characters long; the XML parser reads names of at most " + limit;
            case "elementAttributeLimit" -> "an element with " + found + " attributes; the XML parser reads at most "
                    + limit;
            case "maxElementDepth" -> "elements nested " + found + " deep; the XML parser reads at most " + limit;
            case "maxGeneralEntitySizeLimit", "totalEntitySizeLimit", "entityExpansionLimit",
                    "maxParameterEntitySizeLimit", "entityReplacementLimit" -> "entities expanding to " + found
                    + "; the XML parser allows at most " + limit;
            default -> "a parser limit (" + x.group(3) + ") exceeded: " + found + ", the limit is " + limit;
        };
        return what;
    }
}
