package org.resdom.cite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Instruments read by their title ({@link Titles}) where the table lacks them, and the names of
 * the table that a title must not swallow.
 */
class TitlesTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en|UN_HRC|which reaffirmed the principles of the Rio Declaration on Environment and Development,|named ~rio-declaration-on-environment-and-development
        en|UN_HRC|Recalling the Declaration,|''
        fr|UN_HRC|rappelant la Convention des Nations Unies contre la corruption,|named ~convention-des-nations-unies-contre-la-corruption
        fr|ITU_PP|les articles et les dispositions de la Constitution de l'UIT et de la Convention de l'UIT relatives aux politiques et plans stratégiques|''
        es|UN_HRC|Recordando la Agenda Conectar 2030,|''
        ar|ITU_PP|أحكام الدستور والاتفاقية المتعلقة بالخطط الاستراتيجية؛|''
        """)
    void titles(String lang, String body, String text, String expected) {
        assertThat(RecognizerFormsTest.found(lang, body, text)).isEqualTo(expected);
    }
}
