package org.resdom.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resdom.cite.RecognizerFormsTest.found;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forms a stranger's review of issue 11 found read wrong, in the six languages: bodies carried
 * over to numbers whose form rules them out, instruments after Arabic clitics, ranges, titles
 * that run on, and smaller forms.
 */
class RecognizerStrangerReviewTest {

    /**
     * A body carried over from an earlier item (an enumeration, a Chinese chain, a body named after
     * the numbers) is not given to a number whose form that body never uses: {@code S-31/1} is no
     * Security Council number, a session number {@code 60/251} none either, {@code 2106 (XX)} (four
     * digits, the session in Roman numerals) no Commission on Human Rights number. The form's own
     * body then applies (old numbering is the General Assembly's), else the body is unknown.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en|UN_HRC|Recalling Commission on Human Rights resolutions 2005/70 and 2106 (XX),|un 2005/70 UN_CHR; un 2106 (XX) UN_GA
        en|UN_HRC|Recalling Security Council resolutions 2250 (2015) and S-31/1,|un 2250 (2015) UN_SC; un S-31/1 OTHER
        en|UN_HRC|Recalling Commission on Human Rights resolution 8 (XXIII),|un 8 (XXIII) UN_CHR
        en|UN_HRC|Recalling Economic and Social Council resolutions 2000/3 and 1503 (XLVIII),|un 2000/3 UN_ECOSOC; un 1503 (XLVIII) UN_ECOSOC
        fr|UN_HRC|Rappelant les résolutions de la Commission des droits de l'homme 2005/70 et 2106 (XX),|un 2005/70 UN_CHR; un 2106 (XX) UN_GA
        fr|UN_HRC|Rappelant les résolutions du Conseil de sécurité 2250 (2015) et S-31/1,|un 2250 (2015) UN_SC; un S-31/1 OTHER
        es|UN_HRC|Recordando las resoluciones de la Comisión de Derechos Humanos 2005/70 y 2106 (XX),|un 2005/70 UN_CHR; un 2106 (XX) UN_GA
        es|UN_HRC|Recordando las resoluciones del Consejo de Seguridad 2250 (2015) y S-31/1,|un 2250 (2015) UN_SC; un S-31/1 OTHER
        ru|UN_HRC|ссылаясь на резолюции Комиссии по правам человека 2005/70 и 2106 (XX),|un 2005/70 UN_CHR; un 2106 (XX) UN_GA
        ru|UN_HRC|ссылаясь на резолюции Совета Безопасности 2250 (2015) и S-31/1,|un 2250 (2015) UN_SC; un S-31/1 OTHER
        ar|UN_HRC|وإذ يشير إلى قرارات لجنة حقوق الإنسان 2005/70 و2106 (د-20)،|un 2005/70 UN_CHR; un 2106 (XX) UN_GA
        ar|UN_HRC|وإذ يشير إلى قراري مجلس الأمن 2250 (2015) ودإ-31/1،|un 2250 (2015) UN_SC; un S-31/1 OTHER
        zh|UN_HRC|回顾安全理事会第2250(2015)号决议、第S-31/1号决议，|un 2250 (2015) UN_SC; un S-31/1 OTHER
        zh|UN_HRC|回顾人权委员会第2005/70号决议和第2106(XX)号决议，|un 2005/70 UN_CHR; un 2106 (XX) UN_GA
        zh|UN_HRC|回顾安全理事会第2250(2015)号决议和第60/251号决议，|un 2250 (2015) UN_SC; un 60/251 OTHER
        zh|UN_HRC|回顾理事会2021年8月24日通过的S-31/1号决议、2021年10月7日第48/1号决议，|un S-31/1 UN_HRC; un 48/1 UN_HRC
        """)
    void carriedBodyRuledOutByTheNumbersForm(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text)).isEqualTo(expected);
    }
}
