package org.resdom.io.akn;

import java.util.Locale;
import java.util.Optional;
import org.resdom.model.AnnexCitation;
import org.resdom.model.Body;
import org.resdom.model.Citation;
import org.resdom.model.DocumentKind;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.NamedInstrumentCitation;
import org.resdom.model.OtherCitation;
import org.resdom.model.ProvisionCitation;
import org.resdom.model.Resolution;
import org.resdom.model.UnDocumentCitation;
import org.resdom.model.UnResolutionCitation;

/** Citation IRIs: the mapping between citations and Akoma Ntoso links (recognition is org.resdom.cite's). */
final class CitationLinks {

    private static final String DELIBERATION = "/akn/un/statement/deliberation/";

    /** Static methods only. */
    private CitationLinks() {}

    // The Akoma Ntoso IRI a citation points to: one method per citation type, called from the
    // writer's visitor, so a new type is given its link where it is written.

    static String href(UnResolutionCitation u) {
        if (u.target().isPresent()) {
            return u.target().get();
        }
        String actor = u.body() == Body.UN_GA || u.body() == Body.UN_HRC ? Akn.actor(u.body()) : "un";
        return DELIBERATION + actor + "/" + Akn.segment(u.number());
    }

    static String href(UnDocumentCitation u) {
        return u.target().orElse("https://undocs.org/" + u.symbol());
    }

    static String href(NamedInstrumentCitation n) {
        return "/akn/un/act/instrument/" + Akn.segment(n.instrument());
    }

    static String href(InstrumentCitation i, Resolution r) {
        String actor = i.body().map(Akn::actor).orElse(Akn.actor(r.identity().body()));
        String date = i.revision().map(v -> "/" + v.year() + "-01-01").orElse("");
        String number = Akn.segment(i.numbers().get(0));
        if (i.document() == DocumentKind.RECOMMENDATION) {
            return "/akn/un/doc/recommendation/" + actor + date + "/" + number;
        }
        return DELIBERATION + actor + date + "/" + number;
    }

    static String href(ProvisionCitation p) {
        String base = "/akn/un/act/treaty/itu/" + p.instrument().name().toLowerCase(Locale.ROOT) + "/!main";
        if (p.article().isPresent()) {
            return base + "#art_" + Akn.segment(p.article().get());
        }
        return p.number().map(n -> base + "#para_" + Akn.segment(n)).orElse(base);
    }

    static String href(AnnexCitation a) {
        String annex = "!annex_" + a.annex().map(Akn::segment).orElse("1");
        return a.appendix().map(p -> annex + "#appendix_" + Akn.segment(p)).orElse(annex);
    }

    static String href(OtherCitation c) {
        return "/akn/un/doc/unknown";
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
            if (body.isPresent() && (body.get() == Body.UN_GA || body.get() == Body.UN_HRC) && isNumber(number)) {
                return UnResolutionCitation.of(body.get(), number.replace('-', '/'), text);
            }
        }
        return org.resdom.cite.Links.citation(h, text).orElse(OtherCitation.of(text));
    }

    private static boolean isNumber(String s) {
        int dash = s.indexOf('-');
        return dash > 0 && dash < s.length() - 1 && s.chars().allMatch(ch -> ch == '-' || ch >= '0' && ch <= '9');
    }
}
