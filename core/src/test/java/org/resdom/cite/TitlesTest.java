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
        en|UN_HRC|Recalling the Doha Agreement signed by the Government, to implement the Lusaka Agreement in order to begin|named ~doha-agreement; named ~lusaka-agreement
        en|UN_HRC|welcoming the Juba Peace Agreement and the Peace Agreement,|named ~juba-peace-agreement
        en|ITU_PP|the Optional Protocol, the Internet Protocol and the theme "ICT for a Disability-Inclusive Development Framework"|''
        es|UN_HRC|Recordando el Acuerdo de Doha, firmado por el Gobierno,|named ~acuerdo-de-doha
        fr|UN_HRC|d’appliquer immédiatement l’Accord de Lusaka afin d’entamer des négociations|named ~accord-de-lusaka
        fr|UN_HRC|la Déclaration d’engagement de Djedda visant à protéger les civils du Soudan|named ~déclaration-d'engagement-de-djedda
        fr|UN_HRC|la Charte de l’Organisation des États américains,|named ~charte-de-l'organisation-des-états-américains
        ru|UN_HRC|ссылаясь на Лусакское соглашение, подписанное правительством,|named ~лусакское-соглашение
        ru|UN_HRC|Факультативный протокол и Дохинское соглашение|named ~дохинское-соглашение
        ru|UN_HRC|в контексте применения Декларации в отношении коренных народов,|''
        ru|UN_HRC|вклад Декларации в прогрессивное развитие международного права|''
        ar|UN_HRC|قرارات الجمعية العامة المتعلقة بإعلان السنة الدولية للأسرة والأعمال التحضيرية للاحتفال بذكراها،|''
        ar|UN_HRC|إعلان العقد الدولي للمنحدرين من أصل أفريقي|''
        zh|UN_HRC|回顾也门政府和南方过渡委员会签署的《卢萨卡协议》；|named ~卢萨卡协议
        en|UN_HRC|the United Nations Strategy and Plan of Action on Hate Speech,|named ~united-nations-strategy-and-plan-of-action-on-hate-speech
        en|UN_HRC|the Additional Protocol to the American Convention on Human Rights in the Area of Economic, Social and Cultural Rights,|named ~additional-protocol-to-the-american-convention-on-human-rights-in-the-area-of-economic,-social-and-cultural-rights
        es|UN_HRC|el Protocolo Adicional a la Convención Americana sobre Derechos Humanos en Materia de Derechos Económicos, Sociales y Culturales,|named ~protocolo-adicional-a-la-convención-americana-sobre-derechos-humanos-en-materia-de-derechos-económicos,-sociales-y-culturales
        en|UN_HRC|the Rio Declaration on Environment and Development, Human Rights Council resolution 7/23 and|named ~rio-declaration-on-environment-and-development; un 7/23 UN_HRC
        en|UN_HRC|the Rio Declaration on Environment and Development, Agenda 21 and the Plan|named ~rio-declaration-on-environment-and-development
        fr|UN_HRC|la Déclaration sur les droits des paysans, notamment et surtout|named ~déclaration-sur-les-droits-des-paysans
        """)
    void titles(String lang, String body, String text, String expected) {
        assertThat(RecognizerFormsTest.found(lang, body, text)).isEqualTo(expected);
    }
}
