package org.resdom.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.resdom.model.AnnexCitation;
import org.resdom.model.Body;
import org.resdom.model.Citation;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.Language;
import org.resdom.model.ProvisionCitation;

/**
 * ITU reference forms in the six languages (issue 11): resolutions, decisions, opinions,
 * Recommendations with their Sector, Constitution and Convention articles and numbers, annexes.
 * French sentences are from the French text of PP Resolution 71 (the reference input) where it has
 * the form; the others are written in the ITU's published style. Each case gives every citation
 * found, in order, with its exact text: {@code kind id body «text»}.
 */
class RecognizerItuLanguagesTest {

    /** One citation: kind code, identifier, body (ITU items) and its exact text. */
    static String brief(String text, CitationMatch m) {
        Citation c = m.citation();
        String id;
        if (c instanceof InstrumentCitation i) {
            id = String.join(",", i.numbers()) + " " + i.body().map(Enum::name).orElse("-")
                    + i.revision()
                            .map(r -> (r.revised() ? " rev " : " ") + r.place() + " " + r.year())
                            .orElse("");
        } else if (c instanceof ProvisionCitation p) {
            id = p.article().map(a -> "art " + a).orElse("")
                    + p.number()
                            .map(n -> (p.article().isPresent() ? " " : "") + "no " + n)
                            .orElse("");
        } else if (c instanceof AnnexCitation a) {
            id = a.annex().orElse("-") + a.appendix().map(x -> "/" + x).orElse("");
        } else {
            id = RecognizerFormsTest.brief(c);
        }
        return c.kind().code() + " " + id + " «" + text.substring(m.start(), m.end()) + "»";
    }

    static String found(String lang, String body, String text) {
        Recognizer r = Recognizer.of(Language.fromCode(lang).orElseThrow(), Body.valueOf(body));
        return r.find(text).stream().map(m -> brief(text, m)).collect(Collectors.joining("; "));
    }

    /** Forms read before this round (issue 11), kept. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        fr|ITU_PP|c)\tla Résolution 70 (Rév. Dubaï, 2018) de la présente Conférence, aux termes de laquelle|resolution 70 ITU_PP rev Dubaï 2018 «Résolution 70 (Rév. Dubaï, 2018)»
        fr|ITU_PP|b)\tla Résolution 25 [Rév. Bucarest, 2022] de la Conférence de plénipotentiaires, par laquelle|resolution 25 ITU_PP rev Bucarest 2022 «Résolution 25 [Rév. Bucarest, 2022]»
        fr|ITU_PP|b)\tl'article 19 de la Convention relatif à la participation des Membres des Secteurs|convention art 19 «article 19 de la Convention»
        fr|ITU_PP|compte tenu du numéro 61A (alinéa 10 bis de l'article 4 de la Convention);|convention art 4 no 61A «numéro 61A (alinéa 10 bis de l'article 4 de la Convention)»
        fr|ITU_PP|aux entités et organisations visées au numéro 235 de la Convention qui ont participé|convention no 235 «numéro 235 de la Convention»
        fr|ITU_PP|le plan stratégique de l'Union pour la période 2024-2027 figurant dans l'Annexe 1 de la présente résolution,|annex 1 «Annexe 1 de la présente résolution»
        fr|ITU_PP|décrite dans l'Annexe 1 de la Décision 5 (Rév. Dubaï, 2018) de la présente Conférence|decision 5 ITU_PP rev Dubaï 2018 «Décision 5 (Rév. Dubaï, 2018)»
        fr|ITU_PP|les articles 17, 18, 19 et 20 de la Constitution de l'UIT|constitution art 17 «articles 17»; constitution art 18 «18»; constitution art 19 «19»; constitution art 20 «20 de la Constitution de l'UIT»
        fr|ITU_PP|les numéros 191A et 191B de la Convention|convention no 191A «numéros 191A»; convention no 191B «191B de la Convention»
        es|ITU_PP|las Resoluciones 70 a 77 y la Decisión 5 (Rev. Dubái, 2018)|resolution 70,71,72,73,74,75,76 - «Resoluciones 70»; resolution 77 - «77»; decision 5 ITU_PP rev Dubái 2018 «Decisión 5 (Rev. Dubái, 2018)»
        es|ITU_PP|la Opinión 1 (Ginebra, 2013) y la Recomendación UIT-T A.1|opinion 1 - Ginebra 2013 «Opinión 1 (Ginebra, 2013)»; recommendation A.1 ITU_T «Recomendación UIT-T A.1»
        es|ITU_PP|el artículo 17 de la Constitución de la UIT y los números 191A y 191B del Convenio|constitution art 17 «artículo 17 de la Constitución de la UIT»; convention no 191A «números 191A»; convention no 191B «191B del Convenio»
        es|ITU_PP|el Anexo 1 a la presente Resolución|annex 1 «Anexo 1 a la presente Resolución»
        ru|ITU_PP|Резолюция 71 (Пересм. Дубай, 2018 г.) и Резолюции 70–77|resolution 71 ITU_PP rev Дубай 2018 «Резолюция 71 (Пересм. Дубай, 2018 г.)»; resolution 70,71,72,73,74,75,76 - «Резолюции 70»; resolution 77 - «77»
        ru|ITU_PP|Решение 5 (Пересм. Дубай, 2018 г.) и Мнение 1 (Женева, 2013 г.)|decision 5 ITU_PP rev Дубай 2018 «Решение 5 (Пересм. Дубай, 2018 г.)»; opinion 1 - Женева 2013 «Мнение 1 (Женева, 2013 г.)»
        ru|ITU_PP|Статья 17 Устава МСЭ и п. 235 Конвенции|constitution art 17 «Статья 17 Устава МСЭ»; convention no 235 «п. 235 Конвенции»
        ru|ITU_PP|Приложение 1 к настоящей Резолюции|annex 1 «Приложение 1 к настоящей Резолюции»
        ar|ITU_PP|القرار 71 (المراجَع في دبي، 2018) والقرارات 70 إلى 77|resolution 71 ITU_PP rev دبي 2018 «القرار 71 (المراجَع في دبي، 2018)»; resolution 70,71,72,73,74,75,76 - «القرارات 70»; resolution 77 - «77»
        ar|ITU_PP|المقرر 5 (المراجَع في دبي، 2018) والتوصية ITU-T A.1|decision 5 ITU_PP rev دبي 2018 «المقرر 5 (المراجَع في دبي، 2018)»; recommendation A.1 ITU_T «التوصية ITU-T A.1»
        ar|ITU_PP|الرقم 47 من المادة 8 من الدستور|constitution art 8 no 47 «الرقم 47 من المادة 8 من الدستور»
        zh|ITU_PP|第71号决议（2018年，迪拜，修订版）和第70至77号决议|resolution 71 ITU_PP rev 迪拜 2018 «第71号决议（2018年，迪拜，修订版）»; resolution 70,71,72,73,74,75,76 - «第70»; resolution 77 - «77号决议»
        zh|ITU_PP|第5号决定（2018年，迪拜，修订版）和ITU-T A.1建议书|decision 5 ITU_PP rev 迪拜 2018 «第5号决定（2018年，迪拜，修订版）»; recommendation A.1 ITU_T «ITU-T A.1建议书»
        zh|ITU_PP|《组织法》第8条第47款和《公约》第13条|constitution art 8 no 47 «《组织法》第8条第47款»; convention art 13 «《公约》第13条»
        """)
    void formsKept(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text.replace("\\t", "\t"))).isEqualTo(expected);
    }

    /** Forms the survey found missed or misread, now read (tables first, the rules they need after). */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        fr|ITU_PP|l'Avis 1 (Genève, 2013) et les Avis 2 et 3|opinion 1 - Genève 2013 «Avis 1 (Genève, 2013)»; opinion 2 - «Avis 2»; opinion 3 - «3»
        fr|ITU_PP|les Recommandations UIT‑T A.1 et UIT-T A.2|recommendation A.1 ITU_T «Recommandations UIT‑T A.1»; recommendation A.2 ITU_T «UIT-T A.2»
        en|ITU_PP|Recommendations ITU‑T A.1 and ITU-T A.2|recommendation A.1 ITU_T «Recommendations ITU‑T A.1»; recommendation A.2 ITU_T «ITU-T A.2»
        en|ITU_PP|Opinions 1 and 2|opinion 1 - «Opinions 1»; opinion 2 - «2»
        es|ITU_PP|las Opiniones 1 y 2|opinion 1 - «Opiniones 1»; opinion 2 - «2»
        ru|ITU_PP|Рекомендация МСЭ-T A.1 и Рекомендации МСЭ-Т A.1 и МСЭ‑Т A.2|recommendation A.1 ITU_T «Рекомендация МСЭ-T A.1»; recommendation A.1 ITU_T «Рекомендации МСЭ-Т A.1»; recommendation A.2 ITU_T «МСЭ‑Т A.2»
        ru|ITU_PP|пп. 191A и 191B Конвенции; пунктом 235 Конвенции|convention no 191A «пп. 191A»; convention no 191B «191B Конвенции»; convention no 235 «пунктом 235 Конвенции»
        ru|ITU_PP|Мнения 1 (Женева, 2013 г.) и Приложения 2 к настоящей Резолюции|opinion 1 - Женева 2013 «Мнения 1 (Женева, 2013 г.)»; annex 2 «Приложения 2 к настоящей Резолюции»
        ar|ITU_PP|الرأي 1 (جنيف، 2013) والتوصيتان ITU-T A.1 وITU-T A.2|opinion 1 - جنيف 2013 «الرأي 1 (جنيف، 2013)»; recommendation A.1 ITU_T «التوصيتان ITU-T A.1»; recommendation A.2 ITU_T «ITU-T A.2»
        ar|ITU_PP|المادة 17 من دستور الاتحاد والمادتان 17 و18 من الدستور|constitution art 17 «المادة 17 من دستور الاتحاد»; constitution art 17 «المادتان 17»; constitution art 18 «18 من الدستور»
        ar|ITU_PP|المواد 17 و18 و19 من دستور الاتحاد الدولي للاتصالات|constitution art 17 «المواد 17»; constitution art 18 «18»; constitution art 19 «19 من دستور الاتحاد الدولي للاتصالات»
        ar|ITU_PP|المادة 13 من اتفاقية الاتحاد والأرقام 191A و191B من الاتفاقية|convention art 13 «المادة 13 من اتفاقية الاتحاد»; convention no 191A «الأرقام 191A»; convention no 191B «191B من الاتفاقية»
        ar|ITU_PP|الملحق 2 بالقرار 71 (المراجَع في دبي، 2018) والملحق 1 بهذا القرار|resolution 71 ITU_PP rev دبي 2018 «القرار 71 (المراجَع في دبي، 2018)»; annex 1 «الملحق 1 بهذا القرار»
        zh|ITU_PP|第1号意见（2013年，日内瓦）和ITU-T A.1号建议书|opinion 1 - 日内瓦 2013 «第1号意见（2013年，日内瓦）»; recommendation A.1 ITU_T «ITU-T A.1号建议书»
        zh|ITU_PP|《组织法》第17、18和20条以及《组织法》第17条和第18条|constitution art 17 «《组织法》第17»; constitution art 18 «18»; constitution art 20 «20条»; constitution art 17 «《组织法》第17条»; constitution art 18 «第18条»
        zh|ITU_PP|《国际电联公约》第191A和191B款；《公约》第235款|convention no 191A «《国际电联公约》第191A»; convention no 191B «191B款»; convention no 235 «《公约》第235款»
        zh|ITU_PP|第71号决议（2018年，迪拜，修订版）附件2和本决议附件1|resolution 71 ITU_PP rev 迪拜 2018 «第71号决议（2018年，迪拜，修订版）»; annex 1 «本决议附件1»
        zh|ITU_PP|ITU-R M.1036建议书和ITU-R第71号决议|recommendation M.1036 ITU_R «ITU-R M.1036建议书»; resolution 71 ITU_RA «ITU-R第71号决议»
        """)
    void formsAdded(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text)).isEqualTo(expected);
    }

    /**
     * The caller's context: in a UN body's text a bare Constitution or Convention is another
     * treaty's, never the ITU's; named as the ITU's it is the ITU's everywhere.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en|UN_HRC|article 19 of the Convention and Article 17 of the Constitution|''
        en|UN_HRC|Article 17 of the ITU Constitution|constitution art 17 «Article 17 of the ITU Constitution»
        en|ITU_PP|article 19 of the Convention|convention art 19 «article 19 of the Convention»
        fr|UN_HRC|l'article 19 de la Convention et l'article 17 de la Constitution de l'UIT|constitution art 17 «article 17 de la Constitution de l'UIT»
        es|UN_HRC|el artículo 19 del Convenio y el artículo 13 del Convenio de la UIT|convention art 13 «artículo 13 del Convenio de la UIT»
        ru|UN_HRC|статьи 19 Конвенции и статьи 13 Конвенции МСЭ|convention art 13 «статьи 13 Конвенции МСЭ»
        ar|UN_HRC|المادة 19 من الاتفاقية والمادة 13 من اتفاقية الاتحاد|convention art 13 «المادة 13 من اتفاقية الاتحاد»
        zh|UN_HRC|《公约》第19条和《国际电联公约》第13条|convention art 13 «《国际电联公约》第13条»
        zh|ITU_PP|《公约》第19条|convention art 19 «《公约》第19条»
        """)
    void bareInstrumentsAreTheItusInItuContextOnly(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text)).isEqualTo(expected == null ? "" : expected);
    }
}
