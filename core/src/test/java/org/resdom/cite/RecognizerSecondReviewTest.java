package org.resdom.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resdom.cite.RecognizerFormsTest.found;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forms a second stranger's review of issue 11 found read wrong, in the six languages: fractions
 * after a list comma, other organisations' resolutions, a repeated kind word after a Security
 * Council number, and the Arabic feminine possessive.
 */
class RecognizerSecondReviewTest {

    /**
     * A fraction after a UN citation and a list comma or an AND-word is no item of the list: a
     * number followed by a word that does not end a list item ({@code of the}, {@code des voix},
     * {@code голосов}, {@code الأصوات}) is not cited.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en|UN_HRC|General Assembly resolution 60/251, 3/4 of the votes|un 60/251 UN_GA
        en|UN_HRC|Recalling General Assembly resolution 60/251, 2/3 of the States|un 60/251 UN_GA
        en|UN_HRC|Recalling General Assembly resolution 60/251 (A/RES/60/251), and 2/5 of the members|un 60/251 UN_GA; un 60/251 UN_GA
        en|UN_HRC|Recalling Council resolutions 5/1, 5/2 and 6/3,|un 5/1 UN_HRC; un 5/2 UN_HRC; un 6/3 UN_HRC
        fr|UN_HRC|la résolution 60/251 de l'Assemblée générale, 3/4 des voix|un 60/251 UN_GA
        es|UN_HRC|la resolución 60/251 de la Asamblea General, 3/4 de los votos|un 60/251 UN_GA
        ru|UN_HRC|резолюции 5/1 и 5/2 от 18 июня 2007 года, 3/4 голосов|un 5/1 OTHER; un 5/2 OTHER
        ru|UN_HRC|резолюции Генеральной Ассамблеи 60/251, 2/3 государств|un 60/251 UN_GA
        ar|UN_HRC|قرار الجمعية العامة 60/251، 3/4 الأصوات|un 60/251 UN_GA
        zh|UN_HRC|大会第60/251号决议，3/4的票数|un 60/251 UN_GA
        fr|ITU_PP|la mise en œuvre des Résolutions 71/243 et 72/279 pertinentes de l'Assemblée générale des Nations Unies;|un 71/243 UN_GA; un 72/279 UN_GA
        es|UN_HRC|las resoluciones 71/243 y 72/279 pertinentes de la Asamblea General;|un 71/243 UN_GA; un 72/279 UN_GA
        """)
    void fractionsAfterAListCommaAreNoItems(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text)).isEqualTo(expected);
    }

    /** Another organisation's resolution is not cited, whether its name comes before or after the number. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en|UN_HRC|UNESCO resolution 40/12|''
        en|UN_HRC|resolution 39/1 of the UNESCO General Conference|''
        en|UN_HRC|WHO resolution 72/1|''
        en|UN_HRC|World Health Assembly resolution 72/1|''
        fr|UN_HRC|la résolution 72/1 de l'Assemblée mondiale de la Santé|''
        fr|UN_HRC|la résolution 39/1 de la Conférence générale de l'UNESCO|''
        es|UN_HRC|la resolución 72/1 de la Asamblea Mundial de la Salud|''
        es|UN_HRC|la resolución 39/1 de la Conferencia General de la UNESCO|''
        ru|UN_HRC|резолюция 72/1 Всемирной ассамблеи здравоохранения|''
        ru|UN_HRC|резолюция 39/1 Генеральной конференции ЮНЕСКО|''
        ar|UN_HRC|قرار جمعية الصحة العالمية 72/1|''
        ar|UN_HRC|قرار المؤتمر العام لليونسكو 39/1|''
        zh|UN_HRC|世界卫生大会第72/1号决议|''
        zh|UN_HRC|教科文组织大会第39/1号决议|''
        en|UN_HRC|the General Assembly, which heard the Special Rapporteur, who recalled resolution 65/281,|un 65/281 UN_GA
        ru|UN_HRC|Генеральная Ассамблея, воз и резолюция 65/281,|un 65/281 UN_GA
        """)
    void otherOrganisationsResolutionsAreNotCited(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text)).isEqualTo(expected);
    }

    /** A kind word repeated after a Security Council number keeps the Council for the next number. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en|UN_HRC|Security Council resolution 2601 and resolution 2626|un 2601 UN_SC; un 2626 UN_SC
        en|UN_HRC|Security Council resolution 2601 (2021) and resolution 2626 (2022)|un 2601 (2021) UN_SC; un 2626 (2022) UN_SC
        fr|UN_HRC|la résolution 2601 du Conseil de sécurité et la résolution 2626|un 2601 UN_SC; un 2626 UN_SC
        es|UN_HRC|la resolución 2601 del Consejo de Seguridad y la resolución 2626|un 2601 UN_SC; un 2626 UN_SC
        ru|UN_HRC|резолюцию 2601 Совета Безопасности и резолюцию 2626|un 2601 UN_SC; un 2626 UN_SC
        ar|UN_HRC|قرار مجلس الأمن 2601 والقرار 2626|un 2601 UN_SC; un 2626 UN_SC
        zh|UN_HRC|安全理事会第2601号决议和第2626号决议|un 2601 UN_SC; un 2626 UN_SC
        """)
    void repeatedKindWordAfterASecurityCouncilNumber(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text)).isEqualTo(expected);
    }

    /** Arabic {@code قرارها} (her resolution) refers to the Assembly, never to the Council ({@code مجلس}, masculine). */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        ar|UN_HRC|وإذ يشير إلى قرارها 60/251|un 60/251 UN_GA
        ar|UN_HRC|وإذ يشير إلى قرارها 75/257 باء|un 75/257B UN_GA
        ar|UN_HRC|وإذ يشير إلى قراره 5/1|un 5/1 UN_HRC
        ar|UN_GA|وإذ تشير إلى قرارها 60/251|un 60/251 UN_GA
        """)
    void arabicFemininePossessiveIsTheAssembly(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text)).isEqualTo(expected);
    }
}
