package org.resdom.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resdom.cite.RecognizerFormsTest.found;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forms a third review of issue 11 asked about: symbols of treaty and programme series (a series
 * of {@code series.tsv} is a UN document, another organisation's is not cited), and agreements
 * the Human Rights Council cites by name, in the languages of its resolutions.
 */
class RecognizerThirdReviewTest {

    /** {@code UNEP} is a UN series (a programme of the General Assembly); {@code FCCC} is not. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en|UN_HRC|Recalling the resolution contained in UNEP/EA.5/Res.14,|un-document UNEP/EA.5/Res.14
        en|UN_HRC|Recalling the decision contained in FCCC/CP/2015/10/Add.1,|
        """)
    void seriesOfTheTable(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text)).isEqualTo(expected == null ? "" : expected);
    }

    /** The Riyadh and Stockholm Agreements, as the six texts of one HRC resolution write them. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en|UN_HRC|Recalling the Riyadh Agreement signed by the Government|named riyadh-agreement
        fr|UN_HRC|Rappelant l’Accord de Riyad signé par le Gouvernement|named riyadh-agreement
        es|UN_HRC|Recordando el Acuerdo de Riad, firmado por el Gobierno|named riyadh-agreement
        ru|UN_HRC|ссылаясь на Эр-Риядское соглашение, подписанное правительством|named riyadh-agreement
        ar|UN_HRC|وإذ يشير إلى اتفاق الرياض الذي وقعه|named riyadh-agreement
        zh|UN_HRC|回顾也门政府和南方过渡委员会签署的《利雅得协议》；|named riyadh-agreement
        en|UN_HRC|calls upon all parties to immediately implement the Stockholm Agreement in order|named stockholm-agreement
        fr|UN_HRC|d’appliquer immédiatement l’Accord de Stockholm afin|named stockholm-agreement
        es|UN_HRC|que apliquen de inmediato el Acuerdo de Estocolmo a fin|named stockholm-agreement
        ru|UN_HRC|немедленно выполнить Стокгольмское соглашение, с тем|named stockholm-agreement
        ar|UN_HRC|تنفيذ اتفاق ستوكهولم على الفور|named stockholm-agreement
        zh|UN_HRC|吁请各方立即执行《斯德哥尔摩协定》，以便|named stockholm-agreement
        en|ITU_PP|the Buenos Aires Action Plan and the necessary optimization|named wtdc-17-action-plan
        """)
    void agreementsByName(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text)).isEqualTo(expected);
    }
}
