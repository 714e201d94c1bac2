package org.resdom.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.resdom.model.Body;
import org.resdom.model.Citation;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.Language;
import org.resdom.model.NamedInstrumentCitation;
import org.resdom.model.Text;
import org.resdom.model.UnDocumentCitation;
import org.resdom.model.UnResolutionCitation;

/**
 * Forms a review of the citation gold's spans and titles found read wrong (issue 11), in several
 * languages: titles that name their author, instruments cited without the organisation that
 * adopted them, a sector written again in a list of Recommendations, UN ranges, fractions after a
 * UN list, a corrigendum glued to the Arabic conjunction, and an ITU instrument the table lacked.
 * Each citation is written {@code text=identifier} (and {@code /body} where it has one): the text
 * is the source's between the match's offsets.
 */
class RecognizerSpanReviewTest {

    /** The citations found: exact text, identifier, body; checks that each text is the source's at its offsets. */
    static String cites(String lang, String body, String text) {
        Recognizer r = Recognizer.of(Language.fromCode(lang).orElseThrow(), Body.valueOf(body));
        List<CitationMatch> got = r.find(text);
        for (CitationMatch m : got) {
            assertThat(text.substring(m.start(), m.end()))
                    .isEqualTo(m.citation().text());
        }
        return got.stream().map(m -> brief(m.citation())).collect(Collectors.joining("; "));
    }

    private static String brief(Citation c) {
        if (c instanceof NamedInstrumentCitation n) {
            return n.text() + "=" + n.instrument();
        } else if (c instanceof UnResolutionCitation u) {
            return u.text() + "=" + u.number() + "/" + u.body();
        } else if (c instanceof UnDocumentCitation d) {
            return d.text() + "=" + d.symbol();
        } else if (c instanceof InstrumentCitation i) {
            return i.text() + "=" + String.join(",", i.numbers()) + "/"
                    + i.body().map(Enum::name).orElse("-");
        }
        return c.text() + "=" + c.kind().code();
    }

    /**
     * A head whose complement names its author — a minister, a president, a government, read past
     * the links and articles — is that person's statement, no instrument: the {@code TITLE_AUTHOR}
     * rows. A complement that names anything else is still a title.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en|UN_HRC|Welcoming the Declaration of the Minister of Health of Brazil,|''
        en|UN_HRC|Noting the Declaration of the President of the Security Council,|''
        en|UN_HRC|Noting the Declaration by the Government of Colombia,|''
        fr|UN_HRC|Accueillant la Déclaration du Ministre de la santé du Brésil,|''
        fr|UN_HRC|Prenant note de la Déclaration du Président du Conseil de sécurité,|''
        es|UN_HRC|Acogiendo con beneplácito la Declaración del Ministro de Salud del Brasil,|''
        es|UN_HRC|Tomando nota de la Declaración del Gobierno de Colombia,|''
        ru|UN_HRC|приветствуя Заявление Министра здравоохранения Бразилии,|''
        ar|UN_HRC|وإذ يرحب بإعلان الوزير بشأن الصحة،|''
        en|UN_HRC|Recalling the Declaration of the Rights of the Child,|Declaration of the Rights of the Child=~declaration-of-the-rights-of-the-child
        fr|UN_HRC|Rappelant la Déclaration des droits de l'enfant,|Déclaration des droits de l'enfant=~déclaration-des-droits-de-l'enfant
        en|UN_HRC|Recalling the Declaration of Principles on Tolerance,|Declaration of Principles on Tolerance=tolerance
        """)
    void aTitleThatNamesItsAuthorIsAStatement(String lang, String body, String text, String expected) {
        assertThat(cites(lang, body, text)).isEqualTo(expected);
    }

    /**
     * A tabled instrument cited without the name of the organisation that adopted it (the {@code
     * TITLE_OWNER} rows: "United Nations", "Организации Объединенных Наций", "联合国") is that
     * instrument, not a title of its own (no {@code ~} key); what is left must still be a title.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en|UN_HRC|Recalling the Declaration on the Rights of Indigenous Peoples,|Declaration on the Rights of Indigenous Peoples=undrip
        fr|UN_HRC|Rappelant la Déclaration sur les droits des peuples autochtones,|Déclaration sur les droits des peuples autochtones=undrip
        es|UN_HRC|Recordando la Declaración sobre los Derechos de los Pueblos Indígenas,|Declaración sobre los Derechos de los Pueblos Indígenas=undrip
        ru|UN_HRC|ссылаясь на Декларацию о правах коренных народов,|Декларацию о правах коренных народов=undrip
        ar|UN_HRC|وإذ يشير إلى إعلان بشأن حقوق الشعوب الأصلية،|إعلان بشأن حقوق الشعوب الأصلية=undrip
        zh|UN_HRC|回顾《土著人民权利宣言》，|土著人民权利宣言=undrip
        en|UN_HRC|Recalling the United Nations Declaration on the Rights of Indigenous Peoples,|United Nations Declaration on the Rights of Indigenous Peoples=undrip
        en|UN_HRC|Recalling the Declaration on the Rights of Indigenous Women,|Declaration on the Rights of Indigenous Women=~declaration-on-the-rights-of-indigenous-women
        en|UN_HRC|Recalling the Charter,|''
        """)
    void anInstrumentWithoutItsOrganisationsName(String lang, String body, String text, String expected) {
        assertThat(cites(lang, body, text)).isEqualTo(expected);
    }

    /**
     * In a list of Recommendations the sector goes on to the later items, and a sector written
     * again at an item is that item's words and its body.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en|ITU_PP|Recommendations ITU-T A.1 and ITU-T A.2|Recommendations ITU-T A.1=A.1/ITU_T; ITU-T A.2=A.2/ITU_T
        en|ITU_PP|Recommendations ITU-T A.1 and A.2|Recommendations ITU-T A.1=A.1/ITU_T; A.2=A.2/ITU_T
        en|ITU_PP|Recommendations ITU-T A.1 and ITU-R B.2|Recommendations ITU-T A.1=A.1/ITU_T; ITU-R B.2=B.2/ITU_R
        fr|ITU_PP|Recommandations UIT-T A.1 et A.2|Recommandations UIT-T A.1=A.1/ITU_T; A.2=A.2/ITU_T
        es|ITU_PP|Recomendaciones UIT-T A.1 y UIT-T A.2|Recomendaciones UIT-T A.1=A.1/ITU_T; UIT-T A.2=A.2/ITU_T
        es|ITU_PP|Recomendaciones UIT-T A.1 y A.2|Recomendaciones UIT-T A.1=A.1/ITU_T; A.2=A.2/ITU_T
        ru|ITU_PP|Рекомендации МСЭ-Т A.1 и A.2|Рекомендации МСЭ-Т A.1=A.1/ITU_T; A.2=A.2/ITU_T
        zh|ITU_PP|ITU-T A.1和ITU-T A.2建议书|ITU-T A.1=A.1/ITU_T; ITU-T A.2建议书=A.2/ITU_T
        zh|ITU_PP|ITU-T A.1和A.2建议书|ITU-T A.1=A.1/ITU_T; A.2建议书=A.2/ITU_T
        """)
    void theSectorGoesOnToLaterItems(String lang, String body, String text, String expected) {
        assertThat(cites(lang, body, text)).isEqualTo(expected);
    }

    /**
     * A UN range is a typed range: its two ends are citations with their own words (the members
     * between have none, so they are no citations of the text); the second end's match knows the
     * first and gives every member when the range is of one session and at most {@link
     * CitationMatch#MAX_RANGE} numbers, else the two ends alone. The content gives the source back.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en|UN_HRC|Recalling its resolutions 5/1 to 5/3,|resolutions 5/1=5/1/UN_HRC; 5/3=5/3/UN_HRC|5/1,5/2,5/3
        fr|UN_HRC|Rappelant ses résolutions 5/1 à 5/3,|résolutions 5/1=5/1/UN_HRC; 5/3=5/3/UN_HRC|5/1,5/2,5/3
        es|UN_HRC|Recordando sus resoluciones 5/1 a 5/3,|resoluciones 5/1=5/1/UN_HRC; 5/3=5/3/UN_HRC|5/1,5/2,5/3
        zh|UN_HRC|回顾理事会第5/1至5/3号决议，|第5/1=5/1/UN_HRC; 5/3号决议=5/3/UN_HRC|5/1,5/2,5/3
        en|UN_HRC|Recalling its resolutions 5/1 to 6/3,|resolutions 5/1=5/1/UN_HRC; 6/3=6/3/UN_HRC|5/1,6/3
        en|UN_HRC|Recalling its resolutions 5/1 to 5/300,|resolutions 5/1=5/1/UN_HRC; 5/300=5/300/UN_HRC|5/1,5/300
        """)
    void aUnRangeIsTyped(String lang, String body, String text, String expected, String members) {
        assertThat(cites(lang, body, text)).isEqualTo(expected);
        Recognizer r = Recognizer.of(Language.fromCode(lang).orElseThrow(), Body.valueOf(body));
        List<CitationMatch> got = r.find(text);
        assertThat(got).hasSize(2);
        assertThat(got.get(0).rangeFrom()).isEmpty();
        assertThat(got.get(1).rangeFrom()).contains(got.get(0).citation());
        assertThat(String.join(",", got.get(1).range())).isEqualTo(members);
        StringBuilder back = new StringBuilder();
        r.split(text).forEach(in -> back.append(in instanceof Text x ? x.text() : ((Citation) in).text()));
        assertThat(back.toString()).isEqualTo(text);
    }

    /**
     * A number after a UN list is a fraction, not an item, when it has a fraction's form (a proper
     * fraction, denominator at most 10) and quantifies the plain word after it, read past {@code
     * of}, {@code the} — also when a body's name follows that word ({@code 3/4 des voix de
     * l'Assemblée générale}). A number of another form, or one followed by a date or a body's name,
     * is an item.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en|UN_HRC|Recalling General Assembly resolution 60/251, 3/4 of the votes of the General Assembly|resolution 60/251=60/251/UN_GA
        fr|UN_HRC|Rappelant la résolution 60/251 de l'Assemblée générale, 3/4 des voix de l'Assemblée générale|résolution 60/251=60/251/UN_GA
        es|UN_HRC|Recordando la resolución 60/251 de la Asamblea General, 2/3 de los votos de la Asamblea General|resolución 60/251=60/251/UN_GA
        ru|UN_HRC|ссылаясь на резолюцию 60/251 Генеральной Ассамблеи, 2/3 голосов Генеральной Ассамблеи|резолюцию 60/251=60/251/UN_GA
        ar|UN_HRC|قرار الجمعية العامة 60/251، 3/4 أصوات الجمعية العامة|قرار الجمعية العامة 60/251=60/251/UN_GA
        zh|UN_HRC|大会第60/251号决议，3/4的票数|第60/251号决议=60/251/UN_GA
        en|UN_HRC|Recalling its resolutions 1/1 and 1/2 of 29 June 2006,|resolutions 1/1=1/1/UN_HRC; 1/2=1/2/UN_HRC
        en|UN_HRC|Recalling resolutions 1/1 and 1/2 of the Human Rights Council,|resolutions 1/1=1/1/UN_HRC; 1/2=1/2/UN_HRC
        en|UN_HRC|Recalling its resolutions 5/1 and 5/2 adopted on 18 June 2007,|resolutions 5/1=5/1/UN_HRC; 5/2=5/2/UN_HRC
        fr|UN_HRC|Rappelant les résolutions 71/243 et 72/279 pertinentes de l'Assemblée générale,|résolutions 71/243=71/243/UN_GA; 72/279=72/279/UN_GA
        es|UN_HRC|Recordando sus resoluciones 1/1 y 1/2 de 29 de junio de 2006,|resoluciones 1/1=1/1/UN_HRC; 1/2=1/2/UN_HRC
        """)
    void aFractionIsNoItem(String lang, String body, String text, String expected) {
        assertThat(cites(lang, body, text)).isEqualTo(expected);
    }

    /** A symbol or its corrigendum glued to the Arabic conjunction و ("وCorr.1") is read after it. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        ar|UN_HRC|الوثيقة A/HRC/54/2 وCorr.1|A/HRC/54/2=A/HRC/54/2; Corr.1=A/HRC/54/2/Corr.1
        ar|UN_HRC|الوثيقة A/61/636-S/2006/980 وCorr.1 وA/66/749|A/61/636-S/2006/980=A/61/636-S/2006/980; Corr.1=A/61/636-S/2006/980/Corr.1; A/66/749=A/66/749
        ar|UN_HRC|الوثيقتان A/HRC/54/2 وA/HRC/54/3|A/HRC/54/2=A/HRC/54/2; A/HRC/54/3=A/HRC/54/3
        ar|UN_HRC|الوثيقة A/HRC/54/2 و Corr.1|A/HRC/54/2=A/HRC/54/2; Corr.1=A/HRC/54/2/Corr.1
        ar|UN_HRC|وCorr.1 وحده|''
        """)
    void arabicConjunctionGluedToASymbol(String lang, String body, String text, String expected) {
        assertThat(cites(lang, body, text)).isEqualTo(expected);
    }

    /** The ITU's General Rules by their whole name, not the title "General Rules". */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en|ITU_PP|Section 8 of the General Rules of conferences, assemblies and meetings of the Union,|General Rules of conferences, assemblies and meetings of the Union=itu-general-rules
        fr|ITU_PP|la section 8 du Règlement général des conférences, assemblées et réunions de l'Union,|Règlement général des conférences, assemblées et réunions de l'Union=itu-general-rules
        es|ITU_PP|la sección 8 del Reglamento General de las conferencias, asambleas y reuniones de la Unión,|Reglamento General de las conferencias, asambleas y reuniones de la Unión=itu-general-rules
        ru|ITU_PP|раздел 8 Общего регламента конференций, ассамблей и собраний Союза,|Общего регламента конференций, ассамблей и собраний Союза=itu-general-rules
        """)
    void theItuGeneralRules(String lang, String body, String text, String expected) {
        assertThat(cites(lang, body, text)).isEqualTo(expected);
    }

    /** The identifiers of a match's range are what {@link CitationMatch#expand} gives: the ends when not one session. */
    @Test
    void expandKeepsTheEndsOfAnAmbiguousRange() {
        assertThat(CitationMatch.expand("5/1", "5/3")).containsExactly("5/1", "5/2", "5/3");
        assertThat(CitationMatch.expand("5/3", "5/1")).containsExactly("5/3", "5/1");
        assertThat(CitationMatch.expand("S-31/1", "S-31/2")).containsExactly("S-31/1", "S-31/2");
        assertThat(CitationMatch.expand("5/1", "6/3")).containsExactly("5/1", "6/3");
    }
}
