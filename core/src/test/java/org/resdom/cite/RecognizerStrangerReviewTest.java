package org.resdom.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resdom.cite.RecognizerFormsTest.found;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.resdom.lang.PhraseBook;
import org.resdom.model.Body;
import org.resdom.model.Citation;
import org.resdom.model.Inline;
import org.resdom.model.Language;
import org.resdom.model.PreambleKind;
import org.resdom.model.Text;

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

    /**
     * Arabic clitics before a named instrument: و, ب, ف and ل before the article, and ل before
     * the article, which then drops its alif ({@code للإعلان}: ل + الإعلان), alone or after و.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        ar|UN_HRC|وفقا للإعلان العالمي لحقوق الإنسان،|named udhr
        ar|UN_HRC|وفقا للعهد الدولي الخاص بالحقوق المدنية والسياسية،|named iccpr
        ar|UN_HRC|وفقا للعهد الدولي الخاص بالحقوق الاقتصادية والاجتماعية والثقافية،|named icescr
        ar|UN_HRC|وفقاً لميثاق الأمم المتحدة وللاتفاقية الدولية للقضاء على جميع أشكال التمييز العنصري|named un-charter; named icerd
        ar|UN_HRC|وبالإعلان العالمي لحقوق الإنسان والعهد الدولي الخاص بالحقوق المدنية والسياسية|named udhr; named iccpr
        ar|UN_HRC|فالإعلان العالمي لحقوق الإنسان|named udhr
        ar|UN_HRC|للإعلانات الأخرى|''
        """)
    void arabicCliticsBeforeInstruments(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text)).isEqualTo(expected);
    }

    /** The article's ل is where the citation starts: the preposition before it is no part of the name. */
    @Test
    void arabicCliticTextStartsAtTheArticle() {
        String text = "وفقا للإعلان العالمي لحقوق الإنسان،";
        List<CitationMatch> got = Recognizer.of(Language.ARABIC, Body.UN_HRC).find(text);
        assertThat(got).hasSize(1);
        assertThat(got.get(0).citation().text()).isEqualTo("لإعلان العالمي لحقوق الإنسان");
        assertThat(text.substring(got.get(0).start(), got.get(0).end()))
                .isEqualTo(got.get(0).citation().text());
    }

    /**
     * Arabic sources that write the two parts of a UN number reversed ({@code 149/62} for 62/149):
     * no UN session has three digits, so the number is read as its symbol writes it; the text
     * stays as written.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        ar|UN_HRC|وإذ يشير إلى قرارات الجمعية العامة 149/62 المؤرخ 18 كانون الأول/ديسمبر 2007، و168/63 المؤرخ 18 كانون الأول/ديسمبر 2008، و75/183|un 62/149 UN_GA; un 63/168 UN_GA; un 75/183 UN_GA
        ar|UN_HRC|قرار الجمعية العامة 60/251|un 60/251 UN_GA
        ar|UN_HRC|قرار الجمعية العامة 2106 (د-20)|un 2106 (XX) UN_GA
        en|UN_HRC|General Assembly resolution 149/62|un 149/62 UN_GA
        """)
    void arabicReversedNumbers(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text)).isEqualTo(expected);
    }

    /**
     * A body named after a word that opens the subject ({@code ABOUT}: on, sur, relativa a, о,
     * بشأن, 关于) is what the resolution is about, not its body.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en|UN_HRC|Recalling General Assembly resolution 60/251 on the Human Rights Council,|un 60/251 UN_GA
        en|UN_HRC|Recalling resolution 60/251 on the Human Rights Council,|un 60/251 OTHER
        fr|UN_HRC|Rappelant la résolution 60/251 de l'Assemblée générale sur le Conseil des droits de l'homme,|un 60/251 UN_GA
        fr|UN_HRC|Rappelant la résolution 60/251 sur le Conseil des droits de l'homme,|un 60/251 OTHER
        es|UN_HRC|Recordando la resolución 60/251 de la Asamblea General relativa al Consejo de Derechos Humanos,|un 60/251 UN_GA
        es|UN_HRC|Recordando la resolución 60/251 relativa al Consejo de Derechos Humanos,|un 60/251 OTHER
        ru|UN_HRC|ссылаясь на резолюцию 60/251 Генеральной Ассамблеи о Совете по правам человека,|un 60/251 UN_GA
        ru|UN_HRC|ссылаясь на резолюцию 60/251 о Совете по правам человека,|un 60/251 OTHER
        ar|UN_HRC|وإذ يشير إلى قرار الجمعية العامة 60/251 بشأن مجلس حقوق الإنسان،|un 60/251 UN_GA
        ar|UN_HRC|وإذ يشير إلى القرار 60/251 بشأن مجلس حقوق الإنسان،|un 60/251 OTHER
        zh|UN_HRC|回顾大会关于人权理事会的第60/251号决议，|un 60/251 UN_GA
        zh|UN_HRC|回顾关于人权理事会的第60/251号决议，|un 60/251 OTHER
        en|UN_HRC|Recalling resolution 5/1 on the institution-building of the Human Rights Council,|un 5/1 UN_HRC
        en|UN_HRC|Recalling General Assembly resolution 60/251 and Human Rights Council resolution 5/1,|un 60/251 UN_GA; un 5/1 UN_HRC
        """)
    void subjectIsNoBody(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text)).isEqualTo(expected);
    }

    /**
     * Chinese provisions, the instrument before them, in book-title marks or not; the instrument's
     * name is part of the citation.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        zh|ITU_PP|考虑到《公约》第19条，|prov CONVENTION art 19
        zh|ITU_PP|《组织法》第8条第47款和《国际电联公约》第191A款|prov CONSTITUTION art 8 no 47; prov CONVENTION no 191A
        zh|ITU_PP|国际电信联盟组织法第17条|prov CONSTITUTION art 17
        zh|ITU_PP|《国际电联公约》|named itu-convention
        zh|UN_HRC|《发展权利宣言》第1条第1款|named rtd
        zh|ITU_PP|第19条|''
        """)
    void chineseProvisions(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text)).isEqualTo(expected);
    }

    @Test
    void chineseProvisionKeepsItsInstrumentInItsText() {
        List<CitationMatch> got = Recognizer.of(Language.CHINESE, Body.ITU_PP).find("考虑到《公约》第19条，");
        assertThat(got).hasSize(1);
        assertThat(got.get(0).citation().text()).isEqualTo("《公约》第19条");
    }

    /**
     * The formula's body, as a reader that matches words without stems finds it: every body that
     * adopts resolutions has its name as the formula writes it (Russian nominative) among its
     * words as written.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        ru|Совет по правам человека,|UN_HRC
        ru|Генеральная Ассамблея,|UN_GA
        ru|Всемирная ассамблея по стандартизации электросвязи (Женева, 2022 г.),|ITU_WTSA
        ru|Всемирная конференция по развитию электросвязи (Кигали, 2022 г.),|ITU_WTDC
        ru|Всемирная конференция радиосвязи (Дубай, 2023 г.),|ITU_WRC
        ru|Ассамблея радиосвязи (Дубай, 2023 г.),|ITU_RA
        ru|Полномочная конференция Международного союза электросвязи (Бухарест, 2022 г.),|ITU_PP
        en|The Human Rights Council,|UN_HRC
        fr|Le Conseil des droits de l'homme,|UN_HRC
        es|El Consejo de Derechos Humanos,|UN_HRC
        ar|إن مجلس حقوق الإنسان،|UN_HRC
        zh|人权理事会，|UN_HRC
        """)
    void formulaBodiesAreWordsAsWritten(String lang, String formula, String body) {
        PhraseBook b = PhraseBook.of(Language.fromCode(lang).orElseThrow());
        String norm = PhraseBook.normalize(formula);
        Body named = null;
        for (String key : PhraseBook.adoptingBodyKeys()) {
            for (String w : b.words(key)) {
                if (named == null && w.indexOf('*') < 0 && norm.contains(PhraseBook.normalize(w))) {
                    named = PhraseBook.bodyOfKey(key).orElseThrow();
                }
            }
        }
        assertThat(named).isEqualTo(Body.valueOf(body));
    }

    /** Chinese preamble phrases after a modifier of emphasis (特别回顾, "recalling in particular"). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        特别回顾大会1993年12月20日第48/141号决议|4
        尤其回顾大会第48/141号决议|4
        同时回顾大会第48/141号决议|4
        又回顾大会第48/141号决议|3
        回顾大会第48/141号决议|2
        """)
    void chineseRecallingAfterAModifier(String text, int end) {
        var m = PhraseBook.of(Language.CHINESE).matchPreamble(text, Body.UN_HRC);
        assertThat(m).isPresent();
        assertThat(m.get().kind()).isEqualTo(PreambleKind.RECALLING);
        assertThat(m.get().end()).isEqualTo(end);
        assertThat(found("zh", "UN_HRC", text.substring(m.get().end()))).isEqualTo("un 48/141 UN_GA");
    }

    /**
     * Where a title ends: not over a conjunction right after its head, nor over one before a body
     * or a kind word (the sentence's "and", not the title's); not before a number sign ("Declaration
     * No. 26" is a numbered act); over a possessive, an acronym in its complement, a possessive
     * determiner.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en|UN_HRC|Welcoming the Somali Women's Charter and Security Council resolution 1325 (2000),|Somali Women's Charter; resolution 1325 (2000)
        en|UN_HRC|the Juba Peace Agreement and the Security Council,|Juba Peace Agreement
        en|UN_HRC|the United Nations Rules for the Protection of Juveniles Deprived of their Liberty,|United Nations Rules for the Protection of Juveniles Deprived of their Liberty
        en|ITU_PP|with reference to Declaration No. 26 made by the delegation of|''
        en|ITU_PP|a) the Action Plan for the C&I Programme as updated at the 2013 session,|Action Plan for the C&I Programme
        en|UN_HRC|the Convention on the Rights of Persons with Disabilities and the Security Council|Convention on the Rights of Persons with Disabilities
        en|UN_HRC|the Declaration on the Rights of Persons Belonging to National or Ethnic, Religious and Linguistic Minorities,|Declaration on the Rights of Persons Belonging to National or Ethnic, Religious and Linguistic Minorities
        fr|UN_HRC|l'Accord de paix de Juba et le Conseil de sécurité,|Accord de paix de Juba
        fr|UN_HRC|l'Accord pour la paix et la réconciliation au Mali issu du processus d'Alger et la résolution 2423 (2018) du Conseil de sécurité,|Accord pour la paix et la réconciliation au Mali issu du processus d'Alger; résolution 2423 (2018)
        es|UN_HRC|el Acuerdo de Paz de Juba y el Consejo de Seguridad,|Acuerdo de Paz de Juba
        es|UN_HRC|el Acuerdo para la Paz y la Reconciliación en Malí Resultante del Proceso de Argel y la resolución 2423 (2018) del Consejo de Seguridad,|Acuerdo para la Paz y la Reconciliación en Malí Resultante del Proceso de Argel; resolución 2423 (2018)
        ru|UN_HRC|Соглашения о мире и примирении в Мали и Совета Безопасности|Соглашения о мире и примирении в Мали
        """)
    void titlesEndWhereTheNameEnds(String lang, String body, String text, String expected) {
        List<CitationMatch> got = Recognizer.of(Language.fromCode(lang).orElseThrow(), Body.valueOf(body))
                .find(text);
        assertThat(String.join("; ", got.stream().map(m -> m.citation().text()).toList()))
                .isEqualTo(expected);
    }

    /**
     * An ITU range cites every number: the first end cites the numbers up to the last, the second
     * end the last; each keeps its own words, so the content gives the source back exactly and
     * each number is cited once. A UN range keeps its two ends; {@link CitationMatch#range()} gives
     * every number of either.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en|ITU_PP|considering Resolutions 70 to 77 of the Plenipotentiary Conference,|res 70,71,72,73,74,75,76 ITU_PP; res 77 ITU_PP|70,71,72,73,74,75,76,77
        fr|ITU_PP|vu les Résolutions 70 à 77 de la Conférence de plénipotentiaires,|res 70,71,72,73,74,75,76 ITU_PP; res 77 ITU_PP|70,71,72,73,74,75,76,77
        es|ITU_PP|vistas las Resoluciones 70 a 77 de la Conferencia de Plenipotenciarios,|res 70,71,72,73,74,75,76 ITU_PP; res 77 ITU_PP|70,71,72,73,74,75,76,77
        ru|ITU_PP|Резолюции 70–77 Полномочной конференции|res 70,71,72,73,74,75,76 ITU_PP; res 77 ITU_PP|70,71,72,73,74,75,76,77
        ar|ITU_PP|القرارات 70-77|res 70,71,72,73,74,75,76 -; res 77 -|70,71,72,73,74,75,76,77
        zh|ITU_PP|全权代表大会第70至77号决议|res 70,71,72,73,74,75,76 ITU_PP; res 77 ITU_PP|70,71,72,73,74,75,76,77
        en|ITU_PP|Resolutions 70 and 77|res 70 -; res 77 -|
        en|ITU_PP|Resolutions 76 to 77|res 76 -; res 77 -|76,77
        en|ITU_PP|Recommendations ITU-T A.1 to A.9|res A.1 ITU_T; res A.9 ITU_T|A.1,A.9
        en|UN_HRC|its resolutions 5/1 to 5/3,|un 5/1 UN_HRC; un 5/3 UN_HRC|5/1,5/2,5/3
        """)
    void rangesCiteEveryNumber(String lang, String body, String text, String expected, String range) {
        Recognizer r = Recognizer.of(Language.fromCode(lang).orElseThrow(), Body.valueOf(body));
        assertThat(found(lang, body, text)).isEqualTo(expected);
        StringBuilder back = new StringBuilder();
        for (Inline in : r.split(text)) {
            back.append(in instanceof Text x ? x.text() : ((Citation) in).text());
        }
        assertThat(back.toString()).isEqualTo(text);
        List<CitationMatch> got = r.find(text);
        CitationMatch last = got.get(got.size() - 1);
        assertThat(String.join(",", last.range())).isEqualTo(range == null ? "" : range);
        if (range != null) {
            assertThat(last.rangeFrom()).contains(got.get(0).citation());
        }
    }
}
