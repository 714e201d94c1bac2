package org.resdom.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.lang.PhraseBook;
import org.resdom.model.Language;

/** Stage 0 for web text: a heading run into the end of the line above its bullets. */
class BulletHeadingsTest {

    private static final PhraseBook EN = PhraseBook.of(Language.ENGLISH);

    private final Set<LayoutLine> bullets = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<LayoutLine> continued = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Diagnostic> diags = new ArrayList<>();

    private List<LayoutLine> split(String... web) {
        List<LayoutLine> in = new ArrayList<>();
        for (int i = 0; i < web.length; i++) {
            in.add(LayoutLine.of(web[i], i + 1));
        }
        return BulletHeadings.split(WebBullets.unbullet(in, bullets, continued), bullets, continued, EN, diags);
    }

    @Test
    void anOperativeHeadingRunIntoTheLastItemIsSplitOffAndOpensAParagraph() {
        List<LayoutLine> out = split(
                "    \u2022 to allocate the funds for this resolution, instructs the Director of the Bureau",
                "    \u2022 to continue the assistance;");
        assertThat(out)
                .extracting(LayoutLine::text)
                .containsExactly(
                        "to allocate the funds for this resolution,",
                        "instructs the Director of the Bureau",
                        "to continue the assistance;");
        assertThat(bullets).containsExactlyInAnyOrder(out.get(0), out.get(1), out.get(2));
        assertThat(out.get(0).x()).hasValue(4);
        assertThat(diags).singleElement().satisfies(d -> assertThat(d.code()).isEqualTo(LayoutCodes.GLUED_HEADING));
    }

    @Test
    void aPreambleHeadingAndAHeadingWithACommaInItsAddresseeAreSplitToo() {
        assertThat(split(
                        "    \u2022 the relevant paragraphs of the Tunis Agenda on indicators, highlighting",
                        "    \u2022 that ITU should establish a period of validity,",
                        "    \u2022 to report, instructs the Secretary-General, in close consultation with the Directors",
                        "    \u2022 to ensure that this resolution is implemented;"))
                .extracting(LayoutLine::text)
                .containsExactly(
                        "the relevant paragraphs of the Tunis Agenda on indicators,",
                        "highlighting",
                        "that ITU should establish a period of validity,",
                        "to report,",
                        "instructs the Secretary-General, in close consultation with the Directors",
                        "to ensure that this resolution is implemented;");
    }

    @Test
    void anItemEndingAClauseOrWithNoHeadingOrNoBulletUnderItStaysWhole() {
        String[] whole = {
            // an item's end: a clause mark after the heading-like words
            "    \u2022 to take action, invites Member States,",
            "    \u2022 to take part, in particular developing countries",
            // no heading: the last comma opens no phrase
            "    \u2022 e-government, e-business",
            // a shallower bullet under it: a new heading, not this line's list
            "    \u2022 to report to the Council, invites Member States",
            "  \u2022 resolves",
            // no bullet under it
            "    \u2022 to report, instructs the Secretary-General",
            "plain text that goes on"
        };
        assertThat(split(whole)).extracting(LayoutLine::text).hasSize(whole.length);
        assertThat(diags).isEmpty();
    }

    @Test
    void aMarkHoldsForTheOpeningPartOfALineALaterStageCuts() {
        LayoutLine bullet = new LayoutLine(
                "to report, ____ 1 A note. instructs the Director",
                java.util.OptionalInt.empty(),
                3,
                java.util.OptionalDouble.of(4),
                java.util.OptionalDouble.empty(),
                java.util.OptionalDouble.empty(),
                java.util.OptionalInt.empty(),
                LayoutLine.Zone.BODY);
        LayoutLine other = LayoutLine.of("to report, and more", 4);
        Set<LayoutLine> marked = Collections.newSetFromMap(new IdentityHashMap<>());
        marked.add(bullet);
        Predicate<LayoutLine> test = WebBullets.withOpeningParts(marked);
        assertThat(test.test(bullet)).isTrue();
        assertThat(test.test(bullet.part(0, 10))).isTrue();
        assertThat(test.test(bullet.part(25, bullet.text().length()))).isFalse();
        assertThat(test.test(other)).isFalse();
        assertThat(test.test(LayoutLine.of("to report,", 3)))
                .as("same line number, no indent")
                .isFalse();
        assertThat(WebBullets.withOpeningParts(Set.of()).test(bullet)).isFalse();
    }
}
