package org.resdom.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Stage 0 for web text on its own: bullets are mark-up, their indent the line's x; a wrap is kept as written. */
class WebBulletsTest {

    @Test
    void aBulletIsDroppedItsIndentKeptAndItsWrapNoted() {
        List<LayoutLine> in = new ArrayList<>();
        String[] text = {"  \u2022 recalling", "    \u2022 Resolution 58 of the", "      Conference,", "plain text"};
        for (int i = 0; i < text.length; i++) {
            in.add(LayoutLine.of(text[i], i + 1));
        }
        Set<LayoutLine> bullets = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<LayoutLine> continued = Collections.newSetFromMap(new IdentityHashMap<>());
        List<LayoutLine> out = WebBullets.unbullet(in, bullets, continued);
        assertThat(out)
                .extracting(LayoutLine::text)
                .containsExactly("recalling", "Resolution 58 of the", "      Conference,", "plain text");
        assertThat(out.get(0).x().getAsDouble()).isLessThan(out.get(1).x().getAsDouble());
        assertThat(bullets).containsExactlyInAnyOrder(out.get(0), out.get(1));
        assertThat(continued).containsExactly(out.get(2));
        assertThat(out.get(3).x()).isEmpty();
    }
}
