package org.resdom.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resdom.cite.RecognizerFormsTest.found;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.resdom.model.AnnexCitation;
import org.resdom.model.Body;
import org.resdom.model.Citation;
import org.resdom.model.Inline;
import org.resdom.model.Language;
import org.resdom.model.Text;
import org.resdom.model.UnDocumentCitation;
import org.resdom.model.UnResolutionCitation;

/**
 * Forms the dev citation gold showed missed or misread (issue 11), as the HRC 54 and PP-18 texts
 * write them, in the languages concerned. Each case gives every citation found, in order.
 */
class RecognizerGoldFormsTest {

    /** A corrigendum written alone after a symbol is that document's corrigendum; a Chinese 、 ends a number. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en|UN_HRC|his reports A/61/636-S/2006/980 and Corr.1, A/66/749, S/2013/341, A/68/213/Add.1 and A/69/181.|un-document A/61/636-S/2006/980; un-document Corr.1=A/61/636-S/2006/980/Corr.1; un-document A/66/749; un-document S/2013/341; un-document A/68/213/Add.1; un-document A/69/181
        es|UN_HRC|sus informes A/61/636-S/2006/980 y Corr.1, A/66/749, S/2013/341, A/68/213/Add.1 y A/69/181.|un-document A/61/636-S/2006/980; un-document Corr.1=A/61/636-S/2006/980/Corr.1; un-document A/66/749; un-document S/2013/341; un-document A/68/213/Add.1; un-document A/69/181
        fr|UN_HRC|ses rapports A/61/636-S/2006/980 et Corr.1, A/66/749 et A/69/181.|un-document A/61/636-S/2006/980; un-document Corr.1=A/61/636-S/2006/980/Corr.1; un-document A/66/749; un-document A/69/181
        ru|UN_HRC|доклады A/61/636-S/2006/980 и Corr.1, A/66/749|un-document A/61/636-S/2006/980; un-document Corr.1=A/61/636-S/2006/980/Corr.1; un-document A/66/749
        zh|UN_HRC|报告A/61/636-S/2006/980和Corr.1、A/66/749、S/2013/341、A/68/213/Add.1和A/69/181。，其中|un-document A/61/636-S/2006/980; un-document Corr.1=A/61/636-S/2006/980/Corr.1; un-document A/66/749; un-document S/2013/341; un-document A/68/213/Add.1; un-document A/69/181
        en|UN_HRC|the reports A/66/749/Corr.1 and Corr.2|un-document A/66/749/Corr.1; un-document Corr.2=A/66/749/Corr.2
        en|UN_HRC|the report A/66/749 and the Corr.1 of another|un-document A/66/749
        en|UN_HRC|see Corr.1 and A/66/749|un-document A/66/749
        """)
    void corrigendaAfterASymbol(String lang, String body, String text, String expected) {
        assertThat(documents(lang, body, text)).isEqualTo(expected);
    }

    /** The UN links a joint symbol to its first part, and a corrigendum to the same: the words name the document. */
    @Test
    void linkedJointSymbolAndCorrigendum() {
        String href = "http://undocs.org/fr/A/61/636";
        List<Inline> got = Recognizer.of(Language.FRENCH, Body.UN_HRC)
                .recognize(
                        List.of(
                                Links.citation(href, "A/61/636-S/2006/980").orElseThrow(),
                                Text.of(" et "),
                                Links.citation(href, "Corr.1").orElseThrow(),
                                Text.of(", "),
                                Links.citation("http://undocs.org/fr/A/66/749", "A/66/749")
                                        .orElseThrow()),
                        Optional.empty());
        assertThat(got)
                .filteredOn(UnDocumentCitation.class::isInstance)
                .map(c -> ((UnDocumentCitation) c).symbol())
                .containsExactly("A/61/636-S/2006/980", "A/61/636-S/2006/980/Corr.1", "A/66/749");
        // a link whose words are another document's symbol keeps its target's
        assertThat(((UnDocumentCitation) Links.citation(href, "A/61/637").orElseThrow()).symbol())
                .isEqualTo("A/61/636");
    }

    /**
     * Instruments the gold found read by a title too short or too long, or not at all: whole names
     * longer than 200 characters, a Russian name with a comma inside, an Arabic name a relative clause follows.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        es|UN_HRC|de manera coherente con los Principios y Directrices Básicos sobre el Derecho de las Víctimas de Violaciones Manifiestas de las Normas Internacionales de Derechos Humanos y de Violaciones Graves del Derecho Internacional Humanitario a Interponer Recursos y Obtener Reparaciones,|named basic-principles-remedy
        fr|UN_HRC|conformes aux Principes fondamentaux et directives concernant le droit à un recours et à réparation des victimes de violations flagrantes du droit international des droits de l’homme et de violations graves du droit international humanitaire,|named basic-principles-remedy
        ru|UN_HRC|в соответствии с Основными принципами и руководящими положениями, касающимися права на правовую защиту и возмещение ущерба для жертв грубых нарушений международных норм в области прав человека и серьезных нарушений международного гуманитарного права,|named basic-principles-remedy
        ar|UN_HRC|على نحو يتسق مع المبادئ الأساسية والمبادئ التوجيهية بشأن الحق في الانتصاف والجبر لضحايا الانتهاكات الجسيمة للقانون الدولي لحقوق الإنسان والانتهاكات الخطيرة للقانون الدولي الإنساني،|named basic-principles-remedy
        zh|UN_HRC|符合《严重违反国际人权法和严重违反国际人道主义法行为受害人获得补救和赔偿的权利基本原则和导则》|named basic-principles-remedy
        ru|UN_HRC|принятие Декларации Организации Объединенных Наций о правах крестьян и других лиц, работающих в сельских районах, а также|named undrop
        es|UN_HRC|la Declaración de las Naciones Unidas sobre los Derechos de los Campesinos y de Otras Personas que Trabajan en las Zonas Rurales,|named undrop
        fr|UN_HRC|la Déclaration des Nations Unies sur les droits des paysans et des autres personnes travaillant dans les zones rurales,|named undrop
        ar|UN_HRC|إعلان الأمم المتحدة المتعلق بحقوق الفلاحين وغيرهم من العاملين في المناطق الريفية،|named undrop
        ar|UN_HRC|وبرنامج عمل المؤتمر الدولي للسكان والتنمية وما يرتبط بهما من مؤتمرات استعراضية ووثائق ختامية،|named icpd
        ru|UN_HRC|Программу действий Международной конференции по народонаселению и развитию|named icpd
        """)
    void longNamesReadWhole(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text)).isEqualTo(expected);
    }

    /** The only annex, cited by no number, is an annex citation with no number; not another document's annex. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en|ITU_PP|the Plan set out in the annex to this resolution,|annex the annex to this resolution
        en|ITU_PP|as in the annex to the present resolution and Annex 1 to this resolution|annex the annex to the present resolution; annex Annex 1 to this resolution
        en|ITU_PP|the annex to the report; an annex; the annex|
        fr|ITU_PP|le plan figurant dans l’annexe de la présente résolution|annex l’annexe de la présente résolution
        es|ITU_PP|el plan que figura en el anexo a la presente Resolución|annex el anexo a la presente Resolución
        ru|ITU_PP|план, содержащийся в Приложении к настоящей Резолюции|annex Приложении к настоящей Резолюции
        ar|ITU_PP|الخطة الواردة في الملحق بهذا القرار|annex الملحق بهذا القرار
        zh|ITU_PP|本决议附件所列计划|annex 本决议附件
        """)
    void theOnlyAnnex(String lang, String body, String text, String expected) {
        Recognizer r = Recognizer.of(Language.fromCode(lang).orElseThrow(), Body.valueOf(body));
        List<String> got = r.find(text).stream()
                .map(m -> m.citation() instanceof AnnexCitation a
                        ? "annex " + a.text()
                        : RecognizerFormsTest.brief(m.citation()))
                .toList();
        assertThat(String.join("; ", got)).isEqualTo(expected == null ? "" : expected);
        r.find(text).stream()
                .map(CitationMatch::citation)
                .filter(AnnexCitation.class::isInstance)
                .map(AnnexCitation.class::cast)
                .filter(a -> !a.text().startsWith("Annex 1"))
                .forEach(a -> assertThat(a.annex()).isEmpty());
    }

    /**
     * An ITU resolution or decision whose words name no body has the conference that met at the
     * place and in the year after its number; a body named wins, and a place and year two bodies
     * met at (Dubai 2012: WTSA and WCIT; Geneva) give none.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en|ITU_PP|as set out in Resolution 71 (Rev. Dubai, 2018) and Decision 5 (Rev. Dubai, 2018), for annual review|res 71 ITU_PP; res 5 ITU_PP
        en|ITU_PP|at the World Telecommunication Development Conference (WTDC) in adopting Resolution 7 (Valletta, 1998), transmitted to the Plenipotentiary Conference (Minneapolis, 1998), which|res 7 ITU_WTDC
        en|ITU_PP|relevant resolutions of the World Telecommunication Development Conference (WTDC) - especially Resolution 17 (Rev. Buenos Aires, 2017); the Buenos Aires Action Plan; Resolution 32 (Rev. Hyderabad, 2010), on cooperation|res 17 ITU_WTDC; named wtdc-17-action-plan; res 32 ITU_WTDC
        en|ITU_PP|Resolution 4 (Dubai, 2012), Resolution 9 (Geneva, 2015) and Resolution 70 (Rev. Dubai, 2012) of the World Telecommunication Standardization Assembly|res 4 -; res 9 -; res 70 ITU_WTSA
        en|ITU_PP|Opinion 1 (Geneva, 2013) and Recommendation ITU-T A.5 (Hammamet, 2016)|res 1 -; res A.5 ITU_T
        fr|ITU_PP|la Résolution 71 (Rév. Dubaï, 2018) et la Résolution 45 (Rév. Dubaï, 2014)|res 71 ITU_PP; res 45 ITU_WTDC
        es|ITU_PP|la Resolución 71 (Rev. Dubái, 2018)|res 71 ITU_PP
        ru|ITU_PP|Резолюция 71 (Пересм. Дубай, 2018 г.)|res 71 ITU_PP
        zh|ITU_PP|第71号决议（2018年，迪拜，修订版）|res 71 ITU_PP
        """)
    void ituBodyFromThePlaceAndYear(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text)).isEqualTo(expected);
    }

    /**
     * Bodies: a Chinese enumeration goes on over a topic ({@code 关于…的}); "its" names no body that
     * never numbers so (the Commission numbered by year, not 7/12); a special session's number right
     * after the Council's or the Assembly's name is its resolution, with no kind word.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        zh|UN_HRC|人权理事会关于人权与过渡期正义的2008年9月24日第9/10号决议和2022年10月7日第51/23号决议，关于了解真相权的2008年9月18日第9/11号决议和2012年9月27日第21/7号决议，关于法医遗传学与人权的2009年3月27日第10/26号决议，以及大会第68/165号决议|un 9/10 UN_HRC; un 51/23 UN_HRC; un 9/11 UN_HRC; un 21/7 UN_HRC; un 10/26 UN_HRC; un 68/165 UN_GA
        fr|UN_HRC|la résolution 20 (XXXVI) de la Commission des droits de l’homme, par laquelle la Commission a décidé de créer un groupe de travail, ainsi que toutes ses précédentes résolutions sur ce sujet, en particulier ses résolutions 7/12 du 27 mars 2008 et 16/16 du 24 mars 2011|un 20 (XXXVI) UN_CHR; un 7/12 UN_HRC; un 16/16 UN_HRC
        en|UN_HRC|the Commission decided to establish a working group, and all its previous resolutions, in particular its resolutions 7/12 and 2005/66|un 7/12 UN_HRC; un 2005/66 UN_CHR
        en|UN_HRC|the dialogue to be held at its fifty-seventh session pursuant to Human Rights Council S-36/1;|un S-36/1 UN_HRC
        zh|UN_HRC|以及根据人权理事会S-36/1号文件在理事会第五十七届会议上|un S-36/1 UN_HRC
        en|UN_HRC|as the General Assembly ES-10/15 and the Security Council S-36/1 and the Human Rights Council 36/1 say|un ES-10/15 UN_GA
        """)
    void bodiesOverTopicsAndByNumbering(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text)).isEqualTo(expected);
    }

    /** A Chinese special-session number right after the body with its kind word after it is read with the kind word. */
    @Test
    void aChineseSpecialNumberKeepsItsKindWord() {
        List<CitationMatch> got = Recognizer.of(Language.CHINESE, Body.UN_HRC).find("重申人权理事会S-32/1号决议，");
        assertThat(got).hasSize(1);
        assertThat(RecognizerFormsTest.brief(got.get(0).citation())).isEqualTo("un S-32/1 UN_HRC");
        assertThat(got.get(0).citation().text()).endsWith("S-32/1号决议");
    }

    /** The words' kind wins over a link's: the UN linked the Assembly's resolution 68/165 as a Council decision. */
    @Test
    void theWordsKindWinsOverALinks() {
        Citation link = Links.citation("http://undocs.org/ru/A/HRC/DEC/68/165", "68/165")
                .orElseThrow();
        List<Inline> got = Recognizer.of(Language.RUSSIAN, Body.UN_HRC)
                .recognize(
                        List.of(
                                Text.of("решения Совета 2/105 от 27 ноября 2006 года и резолюцию "),
                                link,
                                Text.of(" Генеральной Ассамблеи от 18 декабря 2013 года")),
                        Optional.empty());
        assertThat(got)
                .filteredOn(UnResolutionCitation.class::isInstance)
                .map(c -> RecognizerFormsTest.brief((Citation) c))
                .containsExactly("un-decision 2/105 UN_HRC", "un 68/165 UN_GA");
    }

    private static String documents(String lang, String body, String text) {
        Recognizer r = Recognizer.of(Language.fromCode(lang).orElseThrow(), Body.valueOf(body));
        return String.join(
                "; ", r.find(text).stream().map(m -> brief(m.citation())).toList());
    }

    private static String brief(Citation c) {
        if (c instanceof UnDocumentCitation d) {
            return "un-document " + (d.symbol().equals(d.text()) ? d.symbol() : d.text() + "=" + d.symbol());
        }
        return RecognizerFormsTest.brief(c);
    }
}
