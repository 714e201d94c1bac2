package org.resdom.io.akn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resdom.model.AnnexCitation;
import org.resdom.model.Body;
import org.resdom.model.Citation;
import org.resdom.model.DocumentKind;
import org.resdom.model.Inline;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.OtherCitation;
import org.resdom.model.ProvisionCitation;
import org.resdom.model.Resolution;
import org.resdom.model.Text;
import org.resdom.model.UnResolutionCitation;

/** Citation IRIs (writing) and citation recognition in foreign files (reading). */
final class Citations {

    private static final String DELIBERATION = "/akn/un/statement/deliberation/";
    /** A UN resolution number such as {@code 46/7} or {@code 70/1}, not part of a symbol like {@code A/HRC/22/43}. */
    private static final Pattern UN_NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}/.\\-])(\\d{1,3}/\\d{1,4})(?![\\p{L}\\p{N}/]|\\.\\d)");
    private static final Pattern RESOLUTION_WORD = Pattern.compile("(?i)resolutions?\\b");
    private static final int WINDOW = 100;

    private Citations() {
    }

    /** @return the Akoma Ntoso IRI a citation points to */
    static String href(Citation c, Resolution r) {
        if (c instanceof UnResolutionCitation u) {
            String actor = u.body() == Body.UN_GA || u.body() == Body.UN_HRC ? Akn.actor(u.body()) : "un";
            return DELIBERATION + actor + "/" + Akn.segment(u.number());
        } else if (c instanceof InstrumentCitation i) {
            String actor = i.body().map(Akn::actor).orElse(Akn.actor(r.identity().body()));
            String date = i.revision().map(v -> "/" + v.year() + "-01-01").orElse("");
            String number = Akn.segment(i.numbers().get(0));
            if (i.document() == DocumentKind.RECOMMENDATION) {
                return "/akn/un/doc/recommendation/" + actor + date + "/" + number;
            }
            return DELIBERATION + actor + date + "/" + number;
        } else if (c instanceof ProvisionCitation p) {
            String base = "/akn/un/act/treaty/itu/" + p.instrument().name().toLowerCase(Locale.ROOT) + "/!main";
            if (p.article().isPresent()) {
                return base + "#art_" + Akn.segment(p.article().get());
            }
            return p.number().map(n -> base + "#para_" + Akn.segment(n)).orElse(base);
        } else if (c instanceof AnnexCitation a) {
            String annex = "!annex_" + a.annex().map(Akn::segment).orElse("1");
            return a.appendix().map(p -> annex + "#appendix_" + Akn.segment(p)).orElse(annex);
        } else {
            return "/akn/un/doc/unknown";
        }
    }

    /** A citation from a foreign {@code ref}: typed from its IRI when possible. */
    static Citation fromHref(String href, String text) {
        String h = href == null ? "" : href.strip();
        if (h.startsWith("!annex_")) {
            String rest = h.substring("!annex_".length());
            int hash = rest.indexOf("#appendix_");
            Optional<String> appendix = hash < 0 ? Optional.empty() : Optional.of(rest.substring(hash + 10));
            String annex = hash < 0 ? rest : rest.substring(0, hash);
            return AnnexCitation.of(annex.isEmpty() ? Optional.empty() : Optional.of(annex), appendix, text);
        }
        if (h.startsWith(DELIBERATION)) {
            String[] parts = h.substring(DELIBERATION.length()).split("/");
            Optional<Body> body = parts.length > 0 ? Akn.body(parts[0]) : Optional.empty();
            String number = parts.length > 1 ? parts[parts.length - 1] : "";
            if (body.isPresent() && (body.get() == Body.UN_GA || body.get() == Body.UN_HRC)
                    && number.matches("\\d+-\\d+")) {
                return UnResolutionCitation.of(body.get(), number.replace('-', '/'), text);
            }
        }
        return OtherCitation.of(text);
    }

    /**
     * Finds UN resolution numbers in foreign text: {@code 46/7} counts when the word
     * "resolution(s)" stands within the 100 characters before it. The body is the last of
     * "General Assembly" / "Human Rights Council" named in that window, else {@code fallback}.
     *
     * @return the content with citations split out, or the same list when none was found
     */
    static List<Inline> recognize(List<Inline> content, Body fallback) {
        List<Inline> out = new ArrayList<>();
        boolean found = false;
        for (Inline in : content) {
            if (!(in instanceof Text t)) {
                out.add(in);
                continue;
            }
            String s = t.text();
            Matcher m = UN_NUMBER.matcher(s);
            int last = 0;
            while (m.find()) {
                String before = s.substring(Math.max(0, m.start() - WINDOW), m.start());
                if (!RESOLUTION_WORD.matcher(before).find()) {
                    continue;
                }
                int ga = before.lastIndexOf("General Assembly");
                int hrc = Math.max(before.lastIndexOf("Human Rights Council"), before.lastIndexOf("its resolution"));
                Body body = ga > hrc ? Body.UN_GA : hrc > ga ? Body.UN_HRC : fallback;
                if (m.start() > last) {
                    out.add(Text.of(s.substring(last, m.start())));
                }
                out.add(UnResolutionCitation.of(body, m.group(1), m.group(1)));
                last = m.end();
                found = true;
            }
            if (last < s.length()) {
                out.add(Text.of(s.substring(last)));
            }
        }
        return found ? Inline.normalize(out) : content;
    }
}
