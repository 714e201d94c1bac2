package org.resdom.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.resdom.internal.DataTable;
import org.resdom.model.Body;
import org.resdom.model.Citation;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.Language;
import org.resdom.model.NamedInstrumentCitation;
import org.resdom.model.ProvisionCitation;
import org.resdom.model.UnResolutionCitation;

/**
 * Citation forms, one case per form and language, from sentences as the UN and the ITU write them
 * (the HRC 54 and PP-18 texts of the dev corpus): named instruments, the citing body of UN
 * resolutions, Chinese enumerations, ITU provisions. Each case gives every citation found, in order.
 */
class RecognizerFormsTest {

    /** A citation in short: {@code un 5/1 UN_HRC}, {@code named udhr}, {@code res 44 ITU_WTDC}, {@code prov CONSTITUTION art 8 no 47}. */
    static String brief(Citation c) {
        if (c instanceof UnResolutionCitation u) {
            return "un " + u.number() + " " + u.body();
        } else if (c instanceof NamedInstrumentCitation n) {
            return "named " + n.instrument();
        } else if (c instanceof InstrumentCitation i) {
            return "res " + String.join(",", i.numbers()) + " " + i.body().map(Enum::name).orElse("-");
        } else if (c instanceof ProvisionCitation p) {
            return "prov " + p.instrument() + p.article().map(a -> " art " + a).orElse("")
                    + p.number().map(a -> " no " + a).orElse("");
        }
        return c.kind().code() + " " + c.text();
    }

    static String found(String lang, String body, String text) {
        Recognizer r = Recognizer.of(Language.fromCode(lang).orElseThrow(), Body.valueOf(body));
        return r.find(text).stream().map(m -> brief(m.citation())).collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en|UN_HRC|Reaffirming the African Charter on Human and Peoplesʼ Rights,|named african-charter
        fr|UN_HRC|Réaffirmant la Charte africaine des droits de l’homme et des peuples,|named african-charter
        es|UN_HRC|Reafirmando la Carta Africana de Derechos Humanos y de los Pueblos,|named african-charter
        ru|UN_HRC|руководствуясь Африканской хартией прав человека и народов,|named african-charter
        ar|UN_HRC|وإذ يسترشد بالميثاق الأفريقي لحقوق الإنسان والشعوب،|named african-charter
        zh|UN_HRC|遵循《非洲人权和民族权宪章》，|named african-charter
        en|UN_HRC|the Geneva Conventions of 12 August 1949 and the Additional Protocols thereto of 8 June 1977|named geneva-conventions; named geneva-protocols
        fr|UN_HRC|les Conventions de Genève du 12 août 1949 et les Protocoles additionnels du 8 juin 1977|named geneva-conventions; named geneva-protocols
        es|UN_HRC|los Convenios de Ginebra de 12 de agosto de 1949 y los Protocolos Adicionales de 8 de junio de 1977|named geneva-conventions; named geneva-protocols
        ru|UN_HRC|Женевские конвенции от 12 августа 1949 года и Дополнительные протоколы к ним от 8 июня 1977 года|named geneva-conventions; named geneva-protocols
        ar|UN_HRC|واتفاقيات جنيف المؤرخة 12 آب/أغسطس 1949 وبروتوكوليها الإضافيين المؤرخين 8 حزيران/يونيه 1977|named geneva-conventions; named geneva-protocols
        zh|UN_HRC|1949年8月12日日内瓦四公约及其1977年6月8日附加议定书以及其他|named geneva-conventions; named geneva-protocols
        en|UN_HRC|the Convention against Discrimination in Education and the Declaration of Principles on Tolerance|named unesco-cade; named tolerance
        fr|UN_HRC|la Convention concernant la lutte contre la discrimination dans le domaine de l’enseignement, la Déclaration de principes sur la tolérance|named unesco-cade; named tolerance
        es|UN_HRC|la Convención relativa a la Lucha contra las Discriminaciones en la Esfera de la Enseñanza, la Declaración de Principios sobre la Tolerancia|named unesco-cade; named tolerance
        ru|UN_HRC|Конвенцию о борьбе с дискриминацией в области образования, Декларацию принципов терпимости|named unesco-cade; named tolerance
        ar|UN_HRC|واتفاقية مكافحة التمييز في مجال التعليم، وإعلان المبادئ بشأن التسامح|named unesco-cade; named tolerance
        zh|UN_HRC|《取缔教育歧视公约》、《宽容原则宣言》|named unesco-cade; named tolerance
        en|UN_HRC|the United Nations Principles for Older Persons, the Political Declaration and Madrid International Plan of Action on Ageing, 2002|named older-persons-principles; named madrid-ageing
        fr|UN_HRC|les Principes des Nations Unies pour les personnes âgées, la Déclaration politique et le Plan d’action international de Madrid de 2002 sur le vieillissement|named older-persons-principles; named madrid-ageing
        es|UN_HRC|los Principios de las Naciones Unidas en favor de las Personas de Edad, la Declaración Política y el Plan de Acción Internacional de Madrid sobre el Envejecimiento|named older-persons-principles; named madrid-ageing
        ru|UN_HRC|Принципы Организации Объединенных Наций в отношении пожилых людей, Политическую декларацию и Мадридский международный план действий по проблемам старения|named older-persons-principles; named madrid-ageing
        ar|UN_HRC|مبادئ الأمم المتحدة المتعلقة بكبار السن، والإعلان السياسي وخطة عمل مدريد الدولية للشيخوخة|named older-persons-principles; named madrid-ageing
        zh|UN_HRC|铭记《联合国老年人原则》、2002年《政治宣言》和《马德里老龄问题国际行动计划》|named older-persons-principles; named madrid-ageing
        fr|UN_HRC|Réaffirmant la Déclaration et le Programme d’action de Vienne,|named vdpa
        zh|UN_HRC|对实现《2030年议程》的重要贡献|named agenda-2030
        en|ITU_PP|the Connect 2030 Agenda, contributing to the implementation of the 2030 Agenda for Sustainable Development|named agenda-2030
        en|ITU_PP|the Geneva Plan of Action (2003) and the Tunis Agenda (2005)|named wsis-geneva-plan; named wsis
        """)
    void namedInstruments(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en|UN_HRC|Recalling its resolution 5/1 on institution-building of the Human Rights Council and resolution 5/2 on the Code of Conduct,|un 5/1 UN_HRC; un 5/2 UN_HRC
        ru|UN_HRC|ссылаясь на резолюцию 5/1 об институциональном строительстве Совета по правам человека и резолюцию 5/2 о Кодексе поведения,|un 5/1 UN_HRC; un 5/2 UN_HRC
        ar|UN_HRC|وإذ يشير إلى القرار 5/1 بشأن بناء مؤسسات مجلس حقوق الإنسان، والقرار5/2 بشأن مدونة قواعد السلوك،|un 5/1 UN_HRC; un 5/2 UN_HRC
        zh|UN_HRC|回顾理事会2007年6月18日关于人权理事会体制建设的第5/1号决议和2007年6月18日关于行为守则的第5/2号决议，|un 5/1 UN_HRC; un 5/2 UN_HRC
        es|UN_HRC|todas las resoluciones pertinentes de la Asamblea General, en particular las resoluciones 65/182, de 21 de diciembre de 2010, y 66/127, de 19 de diciembre de 2011,|un 65/182 UN_GA; un 66/127 UN_GA
        ru|UN_HRC|все соответствующие резолюции Генеральной Ассамблеи, включая резолюции 65/182 от 21 декабря 2010 года и 66/127 от 19 декабря 2011 года,|un 65/182 UN_GA; un 66/127 UN_GA
        ar|UN_HRC|وجميع قرارات الجمعية العامة ذات الصلة، بما فيها القرارات 65/182 المؤرخ 21 كانون الأول/ديسمبر 2010، و66/127 المؤرخ 19 كانون الأول/ديسمبر 2011،|un 65/182 UN_GA; un 66/127 UN_GA
        zh|UN_HRC|以及大会所有相关决议，包括2010年12月21日第65/182号、2011年12月19日第66/127号和2022年12月15日第77/190号决议，|un 65/182 UN_GA; un 66/127 UN_GA; un 77/190 UN_GA
        zh|UN_HRC|包括大会2009年12月18日第64/151号决议和理事会2009年3月26日第10/11号决议、2010年9月30日第15/12号决议，|un 64/151 UN_GA; un 10/11 UN_HRC; un 15/12 UN_HRC
        fr|UN_HRC|adoptées par la Commission des droits de l’homme, notamment la résolution 64/151 de l’Assemblée, et ses propres résolutions 10/11 et 15/12,|un 64/151 UN_GA; un 10/11 UN_HRC; un 15/12 UN_HRC
        en|UN_HRC|as established by the Commission on Human Rights in its resolution 1998/72 and the Human Rights Council in its resolution 4/4,|un 1998/72 UN_CHR; un 4/4 UN_HRC
        en|UN_HRC|in particular Commission resolutions 2002/68 of 25 April 2002 and 2003/30 of 23 April 2003,|un 2002/68 UN_CHR; un 2003/30 UN_CHR
        en|UN_HRC|the guidelines contained in Council resolutions 1989/64 of 24 May 1989,|un 1989/64 UN_ECOSOC
        en|UN_HRC|as adopted by the World Health Assembly in resolution 72/1,|un 72/1 OTHER
        en|ITU_PP|Recalling resolution 1998/33,|un 1998/33 OTHER
        en|ITU_PP|United Nations General Assembly (UNGA) Resolution 70/1, on transforming our world|un 70/1 UN_GA
        en|ITU_PP|the 2030 Agenda for Sustainable Development, adopted in UNGA Resolution 70/125;|named agenda-2030; un 70/125 UN_GA
        en|ITU_PP|Resolution 44 (Istanbul, 2002) of WTDC, converting the task force|res 44 ITU_WTDC
        en|ITU_PP|Resolution 8 (Rev. Buenos Aires, 2017) of the World Telecommunication Conference (WTDC), on collection|res 8 ITU_WTDC
        """)
    void citingBodies(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en|ITU_PP|a) No. 47 in Article 8 of the ITU Constitution;|prov CONSTITUTION art 8 no 47
        en|ITU_PP|b) Nos. 90 and 91 in Article 13 of the Constitution;|prov CONSTITUTION art 13 no 90; prov CONSTITUTION art 13 no 91
        en|ITU_PP|a) the Preamble (No. 1) of the ITU Constitution;|prov CONSTITUTION no 1
        en|ITU_PP|in accordance with No. 196 of the ITU Convention,|prov CONVENTION no 196
        en|ITU_PP|Articles 17, 18, 19, 20 of the ITU Constitution|prov CONSTITUTION art 17; prov CONSTITUTION art 18; prov CONSTITUTION art 19; prov CONSTITUTION art 20
        en|ITU_PP|Article 8 of the Constitution|prov CONSTITUTION art 8
        en|ITU_PP|the procedure (No. 5) of the Bureau|
        """)
    void provisions(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text)).isEqualTo(expected == null ? "" : expected);
    }

    /** Every name in the instrument table, in a sentence of its language, is found as that instrument. */
    @Test
    void everyInstrumentNameIsFound() {
        List<String> wrong = new java.util.ArrayList<>();
        for (DataTable.Row row : DataTable.read(Vocabulary.class, "instruments.tsv", 3)) {
            String name = row.get(2);
            if (row.get(2).contains("*")) {
                continue; // stems: checked by the sentences above
            }
            String expected = row.get(0).equals(Vocabulary.NOT_AN_INSTRUMENT) ? "" : "named " + row.get(0);
            String got = found(row.get(1), "UN_HRC", "Recalling " + name + ", ");
            if (!got.equals(expected)) {
                wrong.add(row.get(1) + " " + name + " → " + got);
            }
        }
        assertThat(wrong).isEmpty();
    }
}
