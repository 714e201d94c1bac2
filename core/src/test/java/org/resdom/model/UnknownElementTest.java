package org.resdom.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.resdom.model.UnknownElement.Attribute;

class UnknownElementTest {

    private static final UnknownElement TERM = UnknownElement.of(
            "urn:x",
            "term",
            List.of(Attribute.of("class", "a"), new Attribute("urn:y", "ref", "t1")),
            List.of(Text.of("kept "), Text.of("whole"), Inserted.of(List.of(Text.of("!")))));

    @Test
    void aValueWithCanonicalContentAndNoSpanInEquals() {
        assertThat(TERM.content()).hasSize(2).first().isEqualTo(Text.of("kept whole"));
        assertThat(TERM.withSpan(Optional.of(SourceSpan.at(3, 4))))
                .isEqualTo(TERM)
                .hasSameHashCodeAs(TERM);
        assertThat(TERM).isNotEqualTo(UnknownElement.of("urn:x", "term", List.of(), TERM.content()));
        assertThat(TERM).isNotEqualTo(UnknownElement.of("term", TERM.attributes(), TERM.content()));
        assertThat(TERM.foreign()).isTrue();
        assertThat(UnknownElement.of("term", List.of(), List.of()).foreign()).isFalse();
        assertThat(TERM.children()).isEqualTo(TERM.content());
    }

    @Test
    void itsTextIsPlainTextItIsALevelOfNestingAndVisitorsReachIt() {
        Paragraph p = Paragraph.of(List.of(Text.of("a "), TERM));
        assertThat(p.plainText()).isEqualTo("a kept whole!");
        assertThat(Nesting.depth(p)).isEqualTo(3);
        assertThat(TERM.accept(new AbstractVisitor<String>() {
                    @Override
                    public String visitUnknownElement(UnknownElement node) {
                        return node.name();
                    }
                }))
                .isEqualTo("term");
    }

    /**
     * Names are what the XML readers read: the JDK's parser follows XML 1.0 before its fifth
     * edition (a name character outside the Basic Multilingual Plane is refused) and reads names
     * of up to 1,000 characters. A fuzz case found the model accepting {@code clas😀s}, which the
     * Akoma Ntoso writer then wrote and its reader refused.
     */
    @Test
    void namesAreXmlNamesAsTheReadersReadThem() {
        for (String ok : List.of("a", "_x", "x-y.z9", "\u00e9l\u00e9ment", "\u4e2d\u6587", "n".repeat(1000))) {
            assertThat(UnknownElement.isXmlName(ok)).as(ok).isTrue();
            assertThat(UnknownElement.of(ok, List.of(Attribute.of(ok, "v")), List.of())
                            .name())
                    .isEqualTo(ok);
        }
        for (String bad : List.of(
                "",
                "1a",
                "-a",
                "a:b",
                "a b",
                "a<b",
                "clas\uD83D\uDE00s",
                "\uD83D\uDE00",
                "n".repeat(1001),
                "a\u0000")) {
            assertThat(UnknownElement.isXmlName(bad)).as(bad).isFalse();
            assertThatThrownBy(() -> UnknownElement.of(bad, List.of(), List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not an XML name");
            assertThatThrownBy(() -> Attribute.of(bad, "v")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void attributesAreUniqueAndNoNamespaceDeclarations() {
        assertThatThrownBy(() ->
                        UnknownElement.of("e", List.of(Attribute.of("a", "1"), Attribute.of("a", "2")), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twice");
        assertThat(UnknownElement.of("e", List.of(Attribute.of("a", "1"), new Attribute("urn:y", "a", "2")), List.of())
                        .attributes())
                .hasSize(2);
        assertThatThrownBy(() -> Attribute.of("xmlns", "urn:x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Attribute("http://www.w3.org/2000/xmlns/", "p", "urn:x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnknownElement.of("urn:\u0001", "e", List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+0001");
        assertThatThrownBy(() -> UnknownElement.of("e", null, List.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("attributes must not be null");
    }
}
