package org.resdom.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resdom.cite.RecognizerFormsTest.found;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.resdom.model.Body;
import org.resdom.model.Brackets;
import org.resdom.model.DocumentKind;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.Language;

/**
 * Forms a review of issue 11 found read wrong, in the words the UN's and the ITU's texts use:
 * symbols tight against Chinese text, bodies the text does not give, parts of a resolution after
 * an enumeration, Arabic numbers with رقم, Arabic ITU bodies, Chinese ITU ranges, treaty bodies.
 */
class RecognizerReviewFormsTest {

    /** A UN document symbol ends where Chinese text starts. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        zh|UN_HRC|注意到人权理事会A/HRC/54/L.1号决议草案|un-document A/HRC/54/L.1
        zh|UN_HRC|回顾大会A/RES/77/1号决议，|un 77/1 UN_GA
        zh|UN_HRC|见秘书长的报告A/HRC/55/2号文件和A/76/207。|un-document A/HRC/55/2; un-document A/76/207
        zh|UN_HRC|安全理事会S/RES/2626(2022)号决议|un 2626 (2022) UN_SC
        zh|UN_HRC|人权理事会A/HRC/RES/54/12号决议|un 54/12 UN_HRC
        """)
    void symbolsBeforeChinese(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text)).isEqualTo(expected);
    }

    /** No body word: the body is unknown ({@code OTHER}), not the document's own. */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en|UN_HRC|Recalling resolution 5/1,|un 5/1 OTHER
        en|UN_GA|Recalling resolution 5/1,|un 5/1 OTHER
        es|UN_HRC|Recordando la resolución 5/1,|un 5/1 OTHER
        ru|UN_HRC|ссылаясь на резолюцию 5/1,|un 5/1 OTHER
        ar|UN_HRC|وإذ يشير إلى القرار 5/1،|un 5/1 OTHER
        zh|UN_HRC|回顾第5/1号决议，|un 5/1 OTHER
        en|UN_HRC|Recalling its resolution 5/1,|un 5/1 UN_HRC
        en|UN_HRC|Recalling Council resolution 5/1,|un 5/1 UN_HRC
        en|UN_HRC|Recalling General Assembly resolution 60/251 and resolution 5/1,|un 60/251 UN_GA; un 5/1 OTHER
        en|UN_HRC|the relevant resolutions of the General Assembly, in particular resolution 65/182,|un 65/182 UN_GA
        """)
    void bodyNotSaidIsUnknown(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text)).isEqualTo(expected);
    }

    /** The part letters of a resolution stay in its number, after an enumeration too. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en|UN_HRC|Recalling General Assembly resolutions 60/251 A, and 59/113 A and B,|un 60/251A UN_GA; un 59/113A-B UN_GA
        en|UN_HRC|General Assembly resolutions 59/113 A-B and 60/1|un 59/113A-B UN_GA; un 60/1 UN_GA
        en|UN_HRC|General Assembly resolution 59/113 A, B and C of 10 December 2004|un 59/113A-C UN_GA
        en|UN_HRC|General Assembly resolutions 59/113 A and C|un 59/113A,C UN_GA
        en|UN_HRC|General Assembly resolutions 59/113 A and 60/1|un 59/113A UN_GA; un 60/1 UN_GA
        fr|UN_HRC|les résolutions de l'Assemblée générale 60/251 A, et 59/113 A et B|un 60/251A UN_GA; un 59/113A-B UN_GA
        es|UN_HRC|las resoluciones de la Asamblea General 60/251 A, y 59/113 A y B|un 60/251A UN_GA; un 59/113A-B UN_GA
        ru|UN_HRC|резолюции Генеральной Ассамблеи 60/251 A и 59/113 A и B|un 60/251A UN_GA; un 59/113A-B UN_GA
        ar|UN_HRC|قرارا الجمعية العامة 60/251 ألف و59/113 ألف وباء|un 60/251A UN_GA; un 59/113A-B UN_GA
        en|UN_HRC|Recalling A/RES/59/113 A-B, A/RES/59/113 A and B and A/RES/59/113A,|un 59/113A-B UN_GA; un 59/113A-B UN_GA; un 59/113A UN_GA
        en|UN_HRC|See A/RES/59/113 A.|un 59/113A UN_GA
        en|UN_HRC|in A/RES/59/113 A Member State|un 59/113 UN_GA
        en|UN_HRC|the report A/HRC/54/2 A and B|un-document A/HRC/54/2
        zh|UN_HRC|大会第60/251A号和第59/113A和B号决议|un 60/251A UN_GA; un 59/113A-B UN_GA
        """)
    void partsAfterEnumerations(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text)).isEqualTo(expected);
    }

    /** Arabic رقم: a UN resolution when its body is named, a State's act when not; ITU numbers after it. */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        ar|UN_HRC|وإذ يشير إلى قرار الجمعية العامة رقم 60/251،|un 60/251 UN_GA
        ar|UN_HRC|وإذ يشير إلى قرار مجلس حقوق الإنسان رقم 5/1،|un 5/1 UN_HRC
        ar|UN_HRC|وإذ يشير إلى قراره رقم 5/1،|un 5/1 UN_HRC
        ar|UN_HRC|وإذ يحيط علماً بالقرار رقم 22/36،|''
        ar|UN_HRC|المرسوم رقم 22/36|''
        ar|ITU_PP|قرار مؤتمر المندوبين المفوضين رقم 71|res 71 ITU_PP
        ar|ITU_PP|القرار رقم 2 للجمعية العالمية لتقييس الاتصالات|res 2 ITU_WTSA
        ar|ITU_PP|القرار 37 للمؤتمر العالمي لتنمية الاتصالات|res 37 ITU_WTDC
        ar|ITU_PP|القرار 646 للمؤتمر العالمي للاتصالات الراديوية|res 646 ITU_WRC
        ar|ITU_PP|القرار 1305 للمجلس|res 1305 ITU_COUNCIL
        """)
    void arabicNumbersAndItuBodies(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text)).isEqualTo(expected);
    }

    /**
     * An ITU Council act with its year in brackets is the Council's, not the Security Council's:
     * the year is no part of the number; the Security Council named stays the Security Council.
     */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en|ITU_PP|Recalling ITU Council Resolution 1305 (2009) and Council Decision 588 (2016),|res 1305 ITU_COUNCIL; res 588 ITU_COUNCIL
        en|ITU_PP|in accordance with Council Decision 588 (2016) and other relevant Council decisions;|res 588 ITU_COUNCIL
        en|UN_HRC|Recalling ITU Council Resolution 1305 (2009),|res 1305 ITU_COUNCIL
        fr|ITU_PP|la Résolution 1305 (2009) du Conseil de l'UIT|res 1305 ITU_COUNCIL
        es|ITU_PP|la Resolución 1305 (2009) del Consejo de la UIT|res 1305 ITU_COUNCIL
        zh|ITU_PP|回顾国际电联理事会第1305(2009)号决议和理事会第588(2016)号决定，|res 1305 ITU_COUNCIL; res 588 ITU_COUNCIL
        en|ITU_PP|Recalling Security Council resolution 1325 (2000),|un 1325 (2000) UN_SC
        """)
    void ituCouncilActsWithYear(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text)).isEqualTo(expected);
    }

    /** The Council's decision with a year stays a decision, its text as written. */
    @Test
    void ituCouncilDecisionWithYear() {
        List<CitationMatch> got =
                Recognizer.of(Language.ENGLISH, Body.ITU_PP).find("in accordance with Council Decision 588 (2016)");
        assertThat(got).hasSize(1);
        assertThat(got.get(0).citation())
                .isEqualTo(InstrumentCitation.of(
                        DocumentKind.DECISION,
                        Optional.of(Body.ITU_COUNCIL),
                        List.of("588"),
                        Optional.empty(),
                        Brackets.NONE,
                        "Decision 588 (2016)"));
    }

    /**
     * "in Article 17, the Constitution indicates …": the instrument named as the subject after the
     * provision is the provision's; a comma alone, with no "in" before it, links nothing.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en|ITU_PP|b) that, in Article 17, the Constitution indicates that those functions shall be|prov CONSTITUTION art 17
        en|ITU_PP|in Article 5, the Convention provides that|prov CONVENTION art 5
        en|ITU_PP|in accordance with Article 17 of the Constitution|prov CONSTITUTION art 17
        en|ITU_PP|under Article 17, the Constitution and the Convention|''
        en|ITU_PP|in Article 17, Constitution|''
        """)
    void provisionBeforeItsInstrument(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text)).isEqualTo(expected);
    }

    /** Russian and Arabic ranges (a dash, Arabic إلى) give both ends, the second marked as the range. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        ru|ITU_PP|резолюции 70–77|res 70,71,72,73,74,75,76 -; res 77 -|70,71,72,73,74,75,76,77
        ru|UN_HRC|резолюций 5/1–5/3|un 5/1 OTHER; un 5/3 OTHER|5/1,5/2,5/3
        ar|UN_HRC|القرارات 5/1 إلى 5/3|un 5/1 OTHER; un 5/3 OTHER|5/1,5/2,5/3
        ar|ITU_PP|القرارات 70-77|res 70,71,72,73,74,75,76 -; res 77 -|70,71,72,73,74,75,76,77
        """)
    void russianAndArabicRanges(String lang, String body, String text, String expected, String range) {
        assertThat(found(lang, body, text)).isEqualTo(expected);
        List<CitationMatch> got = Recognizer.of(Language.fromCode(lang).orElseThrow(), Body.valueOf(body))
                .find(text);
        assertThat(String.join(",", got.get(1).range())).isEqualTo(range);
    }

    /** A treaty body's resolution is another organization's numbering: not cited (docs/citations.md). */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en|UN_HRC|Recalling resolution 2/5 of the Conference of the Parties to the Convention,|''
        en|UN_GA|Recalling resolution 2/5 of the Conference of the Parties,|''
        en|UN_HRC|Recalling its resolution 2/5 of the Conference of the Parties,|''
        fr|UN_HRC|Rappelant la résolution 2/5 de la Conférence des Parties,|''
        en|UN_HRC|Recalling General Assembly resolution 60/1 and resolution 2/5 of the Conference of the Parties,|un 60/1 UN_GA
        """)
    void treatyBodies(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text)).isEqualTo(expected);
    }

    /** A Chinese ITU range keeps its first end, and the range expands. */
    @Test
    void chineseItuRange() {
        Recognizer zh = Recognizer.of(Language.CHINESE, Body.ITU_PP);
        assertThat(found("zh", "ITU_PP", "全权代表大会第70至77号决议"))
                .isEqualTo("res 70,71,72,73,74,75,76 ITU_PP; res 77 ITU_PP");
        List<CitationMatch> got = zh.find("第70至77号决议");
        assertThat(got).hasSize(2);
        assertThat(got.get(0).citation().text()).isEqualTo("第70");
        assertThat(got.get(1).range()).containsExactly("70", "71", "72", "73", "74", "75", "76", "77");
        assertThat(found("zh", "ITU_PP", "第70号至第77号决议")).isEqualTo("res 70,71,72,73,74,75,76 -; res 77 -");
        assertThat(found("zh", "ITU_PP", "第70和第71号决议")).isEqualTo("res 70 -; res 71 -");
        // the enumeration comma of Chinese between numbers is no thousands separator
        assertThat(found("zh", "ITU_PP", "全权代表大会第70、71和77号决议"))
                .isEqualTo("res 70 ITU_PP; res 71 ITU_PP; res 77 ITU_PP");
        assertThat(found("zh", "ITU_PP", "第70、71号决议")).isEqualTo("res 70 -; res 71 -");
        assertThat(found("en", "ITU_PP", "Resolution 1,000")).isEqualTo("");
        assertThat(zh.find("第70至")).isEmpty();
    }
}
