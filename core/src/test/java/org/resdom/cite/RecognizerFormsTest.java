package org.resdom.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.resdom.internal.DataTable;
import org.resdom.model.Body;
import org.resdom.model.Citation;
import org.resdom.model.Inline;
import org.resdom.model.InstrumentCitation;
import org.resdom.model.Language;
import org.resdom.model.NamedInstrumentCitation;
import org.resdom.model.ProvisionCitation;
import org.resdom.model.Text;
import org.resdom.model.UnDocumentCitation;
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
            return (u.document() == org.resdom.model.DocumentKind.DECISION ? "un-decision " : "un ") + u.number() + " "
                    + u.body();
        } else if (c instanceof NamedInstrumentCitation n) {
            return "named " + n.instrument();
        } else if (c instanceof InstrumentCitation i) {
            return "res " + String.join(",", i.numbers()) + " "
                    + i.body().map(Enum::name).orElse("-");
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
        fr|UN_HRC|la Déclaration et le Programme d’action de Durban, au paragraphe 218 de la Déclaration et du Programme d’action de Durban|named durban; named durban
        es|UN_HRC|la Declaración y el Programa de Acción de Durban|named durban
        en|UN_HRC|the Arusha Peace and Reconciliation Agreement for Burundi and the Arusha Agreement|named arusha-burundi; named arusha-burundi
        fr|UN_HRC|l’Accord d’Arusha pour la paix et la réconciliation au Burundi|named arusha-burundi
        ru|UN_HRC|Арушского соглашения о мире и примирении в Бурунди|named arusha-burundi
        zh|UN_HRC|《阿鲁沙布隆迪和平与和解协定》|named arusha-burundi
        en|UN_HRC|in accordance with the Paris Principles (the principles relating to the status of national institutions for the promotion and protection of human rights)|named paris-principles; named paris-principles
        fr|UN_HRC|conformément aux Principes de Paris|named paris-principles
        es|UN_HRC|de conformidad con los Principios de París|named paris-principles
        ru|UN_HRC|в соответствии с Парижскими принципами|named paris-principles
        ar|UN_HRC|وفقاً لمبادئ باريس|named paris-principles
        zh|UN_HRC|符合《巴黎原则》|named paris-principles
        en|ITU_PP|the Geneva Declaration of Principles and the Tunis Commitment|named wsis-geneva-declaration; named wsis-tunis-commitment
        fr|ITU_PP|la Déclaration de principes de Genève et l'Engagement de Tunis|named wsis-geneva-declaration; named wsis-tunis-commitment
        zh|UN_HRC|对实现《2030年议程》的重要贡献|named agenda-2030
        en|ITU_PP|the Connect 2030 Agenda, contributing to the implementation of the 2030 Agenda for Sustainable Development|named agenda-2030
        en|ITU_PP|the Geneva Plan of Action (2003) and the Tunis Agenda (2005)|named wsis-geneva-plan; named wsis
        en|UN_HRC|Bearing in mind the Declaration on the Right and Responsibility of Individuals, Groups and Organs of Society to Promote and Protect Universally Recognized Human Rights and Fundamental Freedoms, as contained|named hrd-declaration
        fr|UN_HRC|Tenant compte de la Déclaration sur le droit et la responsabilité des individus, groupes et organes de la société de promouvoir et protéger les droits de l’homme et les libertés fondamentales universellement reconnus, telle|named hrd-declaration
        es|UN_HRC|Conocedor de la Declaración sobre el Derecho y el Deber de los Individuos, los Grupos y las Instituciones de Promover y Proteger los Derechos Humanos y las Libertades Fundamentales Universalmente Reconocidos, que|named hrd-declaration
        ru|UN_HRC|учитывая Декларацию о праве и обязанности отдельных лиц, групп и органов общества поощрять и защищать общепризнанные права человека и основные свободы, принятую|named hrd-declaration
        ar|UN_HRC|وإذ يضع في اعتباره الإعلان المتعلق بحق ومسؤولية الأفراد والجماعات وهيئات المجتمع في تعزيز وحماية حقوق الإنسان والحريات الأساسية المعترف بها عالمياً، الوارد|named hrd-declaration
        zh|UN_HRC|认识到《个人、群体和社会机构在促进和保护普遍公认的人权和基本自由方面的权利和义务宣言》，|named hrd-declaration
        """)
    void namedInstruments(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text)).isEqualTo(expected);
    }

    /** Instruments named by reference to the one before ("thereto"), in the six languages. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en|UN_HRC|the Convention on the Rights of the Child and the Optional Protocols thereto on the involvement of children, the Convention relating to the Status of Refugees and the Protocol thereto,|named crc; named crc-optional-protocols; named refugees; named refugees-protocol
        fr|UN_HRC|à la Convention relative aux droits de l’enfant et à ses Protocoles facultatifs concernant l’implication d’enfants, à la Convention relative au statut des réfugiés et au Protocole y relatif,|named crc; named crc-optional-protocols; named refugees; named refugees-protocol
        es|UN_HRC|la Convención sobre los Derechos del Niño y los Protocolos Facultativos de esta relativos a la participación de niños, la Convención sobre el Estatuto de los Refugiados y su Protocolo,|named crc; named crc-optional-protocols; named refugees; named refugees-protocol
        ru|UN_HRC|Конвенции о правах ребенка и Факультативных протоколов к ней, касающихся участия детей, Конвенции о статусе беженцев и Протокола к ней,|named crc; named crc-optional-protocols; named refugees; named refugees-protocol
        ar|UN_HRC|واتفاقية حقوق الطفل والبروتوكولين الاختياريين الملحقين بها والمتعلقين بإشراك الأطفال، والاتفاقية الخاصة بوضع اللاجئين والبروتوكول الملحق بها،|named crc; named crc-optional-protocols; named refugees; named refugees-protocol
        zh|UN_HRC|《儿童权利公约》、《关于难民地位的公约》及其议定书；|named crc; named refugees; named refugees-protocol
        en|UN_HRC|the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment and the Optional Protocol thereto,|named cat; named cat-optional-protocol
        en|UN_HRC|Recalling the Optional Protocol thereto,|''
        en|UN_HRC|the Convention on the Rights of the Child, resolution 60/251 and the Protocol thereto|named crc; un 60/251 OTHER
        en|UN_HRC|the Convention on the Rights of the Child; the Protocol thereto|named crc
        es|UN_HRC|los Convenios de Ginebra de 12 de agosto de 1949 y sus Protocolos Adicionales de 8 de junio de 1977,|named geneva-conventions; named geneva-protocols
        ru|UN_HRC|Конвенцией о защите культурных ценностей в случае вооруженного конфликта и двумя факультативными протоколами к ней|named ~конвенцией-о-защите-культурных-ценностей-в-случае-вооруженного-конфликта; named ~конвенцией-о-защите-культурных-ценностей-в-случае-вооруженного-конфликта-optional-protocols
        """)
    void instrumentsByReference(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en|UN_HRC|Recalling its resolution 5/1 on institution-building of the Human Rights Council and resolution 5/2 on the Code of Conduct,|un 5/1 UN_HRC; un 5/2 UN_HRC
        ru|UN_HRC|ссылаясь на резолюцию 5/1 об институциональном строительстве Совета по правам человека и резолюцию 5/2 о Кодексе поведения,|un 5/1 UN_HRC; un 5/2 UN_HRC
        ar|UN_HRC|وإذ يشير إلى القرار 5/1 بشأن بناء مؤسسات مجلس حقوق الإنسان، والقرار5/2 بشأن مدونة قواعد السلوك،|un 5/1 UN_HRC; un 5/2 UN_HRC
        ru|UN_HRC|ссылаясь на резолюцию 60/251 Генеральной Ассамблеи, резолюцию 5/1 об институциональном строительстве Совета по правам человека|un 60/251 UN_GA; un 5/1 UN_HRC
        en|UN_HRC|Recalling the General Assembly and resolution 5/1,|un 5/1 OTHER
        en|UN_HRC|Recalling resolution 5/1 and resolution 7/2 of the Human Rights Council,|un 5/1 OTHER; un 7/2 UN_HRC
        en|UN_HRC|Recalling resolution 5/1,|un 5/1 OTHER
        fr|UN_HRC|Rappelant la résolution 5/1,|un 5/1 OTHER
        en|UN_GA|Recalling resolution 60/251,|un 60/251 OTHER
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

    /** Special and emergency special sessions keep their prefix, in every script. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        zh|UN_HRC|重申人权理事会2021年11月5日S-32/1号决议和2023年5月11日S-36/1号决议，|un S-32/1 UN_HRC; un S-36/1 UN_HRC
        zh|UN_HRC|理事会第S-31/1号决议和大会第ES-10/15号决议|un S-31/1 UN_HRC; un ES-10/15 UN_GA
        es|UN_HRC|la resolución ES‑10/15 de la Asamblea General|un ES-10/15 UN_GA
        es|UN_HRC|y a sus resoluciones S-31/1, de 24 de agosto de 2021, y 48/1|un S-31/1 UN_HRC; un 48/1 UN_HRC
        ar|UN_HRC|وإلى قراريه دإ-31/1 المؤرخ 24 آب/أغسطس 2021، و48/1 المؤرخ 7 تشرين الأول/أكتوبر 2021|un S-31/1 UN_HRC; un 48/1 UN_HRC
        ar|UN_HRC|وإذ يؤكد مجدداً قراري مجلس حقوق الإنسان دإ-32/1 المؤرخ 5 تشرين الثاني/نوفمبر 2021 ودإ-36/1|un S-32/1 UN_HRC; un S-36/1 UN_HRC
        ar|UN_HRC|وإلى قرار الجمعية العامة دإط-10/15|un ES-10/15 UN_GA
        """)
    void specialSessions(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text)).isEqualTo(expected);
    }

    /** Old numbering keeps its session (and part) as the UN's symbol writes it, whatever the language. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        ar|UN_HRC|وتمارسها بحرية وفقاً لقرار الجمعية العامة 1803(د-17) المؤرخ 14 كانون الأول/ديسمبر 1962|un 1803 (XVII) UN_GA
        ar|UN_HRC|وإذ يشير إلى قرار لجنة حقوق الإنسان 20(د-36) المؤرخ 29 شباط/فبراير 1980|un 20 (XXXVI) UN_CHR
        ar|UN_HRC|التي اعتمدتها الجمعية العامة في قرارها 2200 ألف (د-21) المؤرخ 16 كانون الأول/ديسمبر 1966|un 2200 A (XXI) UN_GA
        zh|UN_HRC|特别是大会1965年12月21日第2106(XX)号决议通过的|un 2106 (XX) UN_GA
        zh|UN_HRC|回顾人权委员会1980年2月29日第20 (XXXVI)号决议，|un 20 (XXXVI) UN_CHR
        en|UN_HRC|General Assembly resolution 3201 (S-VI) of 1 May 1974|un 3201 (S-VI) UN_GA
        es|UN_HRC|las resoluciones de la Asamblea General 59/113 A, de 10 de diciembre de 2004, y 60/251|un 59/113A UN_GA; un 60/251 UN_GA
        zh|UN_HRC|回顾大会在2004年12月10日第59/113A号决议中宣布了|un 59/113A UN_GA
        ar|UN_HRC|على النحو الذي حددته الجمعية العامة في قرارها 75/257 باء المؤرخ 7 تموز/يوليه 2021|un 75/257B UN_GA
        """)
    void oldNumberingAndParts(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text)).isEqualTo(expected);
    }

    /** Arabic duals, a topic between the kind word and the numbers, a Chinese "in …" clause that keeps its subject. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        ar|UN_HRC|وإذ يشير أيضاً إلى قرارات مجلس حقوق الإنسان بشأن حقوق الإنسان لكبار السن، 21/23 المؤرخ 28 أيلول/سبتمبر 2012، و24/20 المؤرخ 27 أيلول/سبتمبر 2013|un 21/23 UN_HRC; un 24/20 UN_HRC
        ar|UN_HRC|ولا سيما قراري اللجنة 2002/68 المؤرخ 25 نيسان/أبريل 2002 و2003/30 المؤرخ 23 نيسان/أبريل 2003|un 2002/68 UN_CHR; un 2003/30 UN_CHR
        ar|UN_HRC|ولا سيما قرارا مجلس حقوق الإنسان 7/12 المؤرخ 27 آذار/مارس 2008 و16/16|un 7/12 UN_HRC; un 16/16 UN_HRC
        ar|UN_HRC|بما فيها القراران 39/18 المؤرخ 28 أيلول/سبتمبر 2018، و44/7 المؤرخ 16 تموز/يوليه 2020،|un 39/18 OTHER; un 44/7 OTHER
        ar|UN_HRC|وقررت اللجنة في قرارها 2003/30 المؤرخ 23 نيسان/أبريل 2003|un 2003/30 UN_CHR
        zh|UN_HRC|回顾大会在2004年12月10日第59/113A号决议中宣布了《世界人权教育方案》，并在2006年3月15日第60/251号决议中决定|un 59/113A UN_GA; un 60/251 UN_GA
        zh|UN_HRC|大会在第60/251号决议中决定，理事会在第5/1号决议中|un 60/251 UN_GA; un 5/1 UN_HRC
        en|UN_HRC|including the most recent resolution of the Assembly, 77/191 of 15 December 2022,|un 77/191 UN_GA
        fr|UN_HRC|y compris la plus récente résolution de l’Assemblée, 77/191 du 15 décembre 2022,|un 77/191 UN_GA
        """)
    void dualsTopicsAndClauses(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text)).isEqualTo(expected);
    }

    /** Enumerations whose items stand far apart: dates, topics, relative clauses, parentheses, instruments between. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en|UN_HRC|its resolutions S-31/1 of 24 August 2021, 48/1 of 7 October 2021, in which the Council appointed a special rapporteur to monitor the situation of human rights in Afghanistan, 50/14 of 8 July 2022 and 51/20 of 7 October 2022,|un S-31/1 UN_HRC; un 48/1 UN_HRC; un 50/14 UN_HRC; un 51/20 UN_HRC
        en|UN_HRC|General Assembly resolutions 48/141 of 20 December 1993, in which the Assembly established the Office, 52/136 of 12 December 1997, in which the Assembly affirmed that the inclusion of the Declaration on the Right to Development in the International Bill of Human Rights would be an appropriate means of celebrating the fiftieth anniversary of the Universal Declaration of Human Rights, and 60/251 of 15 March 2006,|un 48/141 UN_GA; un 52/136 UN_GA; named rtd; named udhr; un 60/251 UN_GA
        es|UN_HRC|las resoluciones de la Comisión de Derechos Humanos 2005/70, de 20 de abril de 2005, sobre los derechos humanos y la justicia de transición, 2005/81, de 21 de abril de 2005, sobre la impunidad, y 2005/66, de 20 de abril de 2005,|un 2005/70 UN_CHR; un 2005/81 UN_CHR; un 2005/66 UN_CHR
        es|UN_HRC|las resoluciones de la Asamblea General 59/113 A, de 10 de diciembre de 2004, en la que se proclamó el Programa Mundial para la Educación en Derechos Humanos, y 60/251, de 15 de marzo de 2006, en la que se decidió|un 59/113A UN_GA; un 60/251 UN_GA
        fr|UN_HRC|les résolutions de la Commission des droits de l’homme sur la justice transitionnelle (2005/70 du 20 avril 2005), l’impunité (2005/81 du 21 avril 2005) et le droit à la vérité (2005/66 du 20 avril 2005), ainsi que ses propres résolutions sur la justice transitionnelle (9/10 du 24 septembre 2008 et 12/11 du 1er octobre 2009)|un 2005/70 UN_CHR; un 2005/81 UN_CHR; un 2005/66 UN_CHR; un 9/10 UN_HRC; un 12/11 UN_HRC
        fr|UN_HRC|ses décisions sur le droit à la vérité (2/105 du 27 novembre 2006) et la justice transitionnelle (4/102 du 23 mars 2007), ainsi que la résolution de l’Assemblée générale sur le droit à la vérité (68/165 du 18 décembre 2013),|un-decision 2/105 UN_HRC; un-decision 4/102 UN_HRC; un 68/165 UN_GA
        en|UN_HRC|Recalling its resolution 5/1, and noting that 2/3 of the States|un 5/1 UN_HRC
        """)
    void enumerationsFarApart(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text)).isEqualTo(expected);
    }

    /** Another organization's resolution, a State's decree: no UN resolution. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        fr|UN_HRC|la résolution 563 de la Commission africaine des droits de l’homme et des peuples|
        es|UN_HRC|la resolución 563 de la Comisión Africana de Derechos Humanos y de los Pueblos|
        en|UN_HRC|resolution 563 of the African Commission on Human and Peoples’ Rights|
        fr|UN_HRC|la résolution 563 de la Commission interaméricaine|
        ar|UN_HRC|بالتوقيع في 20 تشرين الأول/أكتوبر 2022 على المرسوم رقم 22/36 بشأن تنظيم وسير عمل المجلس الوطني للطفل|
        ar|UN_HRC|القرار رقم 22/36 الصادر عن وزارة العدل|
        en|UN_HRC|the signing, on 20 October 2022, of Decree No. 22/36 on the organization|
        fr|UN_HRC|la signature, le 20 octobre 2022, du décret n°22/36 portant organisation|
        es|UN_HRC|la firma, el 20 de octubre de 2022, del Decreto núm. 22/36 relativo a|
        fr|UN_HRC|la résolution 2003/30 de la Commission|un 2003/30 UN_CHR
        """)
    void notUnResolutions(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text)).isEqualTo(expected == null ? "" : expected);
    }

    /** A link the UN made to a resolution, on words that name a decree, is a link to that document, not a resolution. */
    @Test
    void aLinkOnADecreeIsNoResolution() {
        String href = "http://undocs.org/ar/A/HRC/RES/22/36";
        UnResolutionCitation link =
                (UnResolutionCitation) Links.citation(href, "22/36").orElseThrow();
        List<Inline> got = Recognizer.of(Language.ARABIC, Body.UN_HRC)
                .recognize(
                        List.of(Text.of("بالتوقيع على المرسوم رقم "), link, Text.of(" بشأن تنظيم المجلس الوطني للطفل")),
                        Optional.empty());
        assertThat(got).filteredOn(UnResolutionCitation.class::isInstance).isEmpty();
        assertThat(got)
                .contains(new UnDocumentCitation("A/HRC/RES/22/36", Optional.of(href), "22/36", Optional.empty()));
    }

    /** The Security Council's numbers are the Council's, whatever pronoun or bare "Council" cites them. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        ar|UN_HRC|بموجب قرار مجلس الأمن 2626(2022) المؤرخ 17 آذار/مارس 2022 وقراره 2678(2023) المؤرخ 16 آذار/مارس 2023|un 2626 (2022) UN_SC; un 2678 (2023) UN_SC
        ru|UN_HRC|резолюцию 2626 (2022) Совета Безопасности от 17 марта 2022 года и его резолюцию 2678 (2023)|un 2626 (2022) UN_SC; un 2678 (2023) UN_SC
        en|UN_HRC|in line with Security Council resolution 1325 (2000) and subsequent Council resolution 2250 on youth|un 1325 (2000) UN_SC; un 2250 UN_SC
        en|UN_HRC|Security Council resolutions 1820 (2008) and 1888 (2009)|un 1820 (2008) UN_SC; un 1888 (2009) UN_SC
        fr|UN_HRC|les résolutions du Conseil de sécurité 1820 (2008) et 1888 (2009)|un 1820 (2008) UN_SC; un 1888 (2009) UN_SC
        es|UN_HRC|las resoluciones del Consejo de Seguridad 1820 (2008) y 1888 (2009)|un 1820 (2008) UN_SC; un 1888 (2009) UN_SC
        zh|UN_HRC|安全理事会第1820(2008)号和第1888(2009)号决议|un 1820 (2008) UN_SC; un 1888 (2009) UN_SC
        zh|UN_HRC|理事会第10/11号决议和安全理事会第1820(2008)号决议|un 10/11 UN_HRC; un 1820 (2008) UN_SC
        en|UN_HRC|its resolution 2250|
        """)
    void securityCouncil(String lang, String body, String text, String expected) {
        assertThat(found(lang, body, text)).isEqualTo(expected == null ? "" : expected);
    }

    /** Identifiers in normal form (any dash, space, full-width or Arabic-Indic digit); the text exactly as written. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en|UN_HRC|its resolution S\u201131/1,|S-31/1|resolution S\u201131/1
        en|UN_HRC|its resolution S\u201331/1,|S-31/1|resolution S\u201331/1
        en|UN_HRC|Security Council resolution 2626\u00a0(2022),|2626 (2022)|resolution 2626\u00a0(2022)
        en|UN_HRC|see A/HRC/RES/S\u201136/1.|S-36/1|A/HRC/RES/S\u201136/1
        en|UN_HRC|see A/HRC/55\u00ad/2.|A/HRC/55/2|A/HRC/55\u00ad/2
        zh|UN_HRC|大会第\uff16\uff15/\uff11\uff18\uff12号决议|65/182|第\uff16\uff15/\uff11\uff18\uff12号决议
        ar|UN_HRC|قرار الجمعية العامة \u0666\u0665/\u0661\u0668\u0662|65/182|قرار الجمعية العامة \u0666\u0665/\u0661\u0668\u0662
        en|ITU_PP|Recommendation ITU\u2011T X.509|X.509|Recommendation ITU\u2011T X.509
        """)
    void identifiersAreNormal(String lang, String body, String escaped, String id, String escapedText) {
        String text = unescape(escaped);
        List<CitationMatch> got = Recognizer.of(Language.fromCode(lang).orElseThrow(), Body.valueOf(body))
                .find(text);
        assertThat(got).hasSize(1);
        Citation c = got.get(0).citation();
        String number = c instanceof UnResolutionCitation u
                ? u.number()
                : c instanceof UnDocumentCitation d ? d.symbol() : String.join(",", ((InstrumentCitation) c).numbers());
        assertThat(number).isEqualTo(id);
        assertThat(c.text())
                .isEqualTo(unescape(escapedText))
                .isEqualTo(text.substring(got.get(0).start(), got.get(0).end()));
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i)) {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }

    /**
     * Ranges: two citations, one per end, each with its own text; the second end's match gives the
     * range, expanded when the series is unambiguous.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en|UN_HRC|Recalling its resolutions 5/1 to 5/3,|un 5/1 UN_HRC; un 5/3 UN_HRC|5/1,5/2,5/3
        fr|UN_HRC|Rappelant ses résolutions 5/1 à 5/3,|un 5/1 UN_HRC; un 5/3 UN_HRC|5/1,5/2,5/3
        es|UN_HRC|Recordando sus resoluciones 5/1 a 5/3,|un 5/1 UN_HRC; un 5/3 UN_HRC|5/1,5/2,5/3
        zh|UN_HRC|回顾理事会第5/1至5/3号决议，|un 5/1 UN_HRC; un 5/3 UN_HRC|5/1,5/2,5/3
        en|ITU_PP|considering Resolutions 70 to 77|res 70,71,72,73,74,75,76 -; res 77 -|70,71,72,73,74,75,76,77
        en|UN_HRC|its resolutions 5/1 to 6/3,|un 5/1 UN_HRC; un 6/3 UN_HRC|5/1,6/3
        en|ITU_PP|Recommendations ITU-T A.1 to A.9|res A.1 ITU_T; res A.9 ITU_T|A.1,A.9
        ru|UN_HRC|ссылаясь на свои резолюции 5/1–5/3,|un 5/1 UN_HRC; un 5/3 UN_HRC|5/1,5/2,5/3
        ar|UN_HRC|وإذ يشير إلى قراراته 5/1 إلى 5/3،|un 5/1 UN_HRC; un 5/3 UN_HRC|5/1,5/2,5/3
        ru|ITU_PP|Резолюции 70–77|res 70,71,72,73,74,75,76 -; res 77 -|70,71,72,73,74,75,76,77
        en|UN_HRC|its resolutions 5/1 and 5/3,|un 5/1 UN_HRC; un 5/3 UN_HRC|
        en|UN_HRC|its resolutions 5/1 – 5/3,|un 5/1 UN_HRC|
        """)
    void ranges(String lang, String body, String text, String expected, String range) {
        List<CitationMatch> got = Recognizer.of(Language.fromCode(lang).orElseThrow(), Body.valueOf(body))
                .find(text);
        assertThat(got.stream().map(m -> brief(m.citation())).collect(Collectors.joining("; ")))
                .isEqualTo(expected);
        assertThat(got.get(0).rangeFrom()).isEmpty();
        assertThat(String.join(",", got.get(got.size() - 1).range())).isEqualTo(range == null ? "" : range);
        if (range != null) {
            assertThat(got.get(1).rangeFrom()).contains(got.get(0).citation());
        }
    }

    /**
     * ITU citations in the six languages, with their conference, place and year (with no body
     * named, the conference that met at that place in that year: {@code conferences.tsv}).
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en|ITU_PP|Resolution 71 (Rev. Dubai, 2018) of the Plenipotentiary Conference|71 ITU_PP rev Dubai 2018
        fr|ITU_PP|la Résolution 71 (Rév. Dubaï, 2018) de la Conférence de plénipotentiaires|71 ITU_PP rev Dubaï 2018
        es|ITU_PP|la Resolución 71 (Rev. Dubái, 2018) de la Conferencia de Plenipotenciarios|71 ITU_PP rev Dubái 2018
        ru|ITU_PP|Резолюция 71 (Пересм. Дубай, 2018 г.) Полномочной конференции|71 ITU_PP rev Дубай 2018
        ar|ITU_PP|القرار 71 (المراجَع في دبي، 2018) لمؤتمر المندوبين المفوضين|71 ITU_PP rev دبي 2018
        zh|ITU_PP|全权代表大会第71号决议（2018年，迪拜，修订版）|71 ITU_PP rev 迪拜 2018
        zh|ITU_PP|全权代表大会第71号决议（2014年，釜山）|71 ITU_PP 釜山 2014
        fr|ITU_PP|Résolution 71 (Rév. Dubaï, 2018)|71 ITU_PP rev Dubaï 2018
        ru|ITU_PP|Резолюции 71 (Пересм. Дубай, 2018 г.) и 77 (Пересм. Дубай, 2018 г.)|71 ITU_PP rev Дубай 2018; 77 ITU_PP rev Дубай 2018
        en|ITU_PP|Resolution 71 (Rev. Bucharest, 2022) of this conference|71 ITU_PP rev Bucharest 2022
        fr|ITU_PP|la résolution 71 (Rév. Bucarest, 2022)|71 ITU_PP rev Bucarest 2022
        es|ITU_PP|la Resolución 71 (Rev. Bucarest, 2022)|71 ITU_PP rev Bucarest 2022
        ru|ITU_PP|Резолюция 71 (Пересм. Бухарест, 2022 г.)|71 ITU_PP rev Бухарест 2022
        ar|ITU_PP|القرار 71 (المراجَع في بوخارست، 2022)|71 ITU_PP rev بوخارست 2022
        zh|ITU_PP|第71号决议（2022年，布加勒斯特，修订版）|71 ITU_PP rev 布加勒斯特 2022
        en|ITU_PP|Resolution ITU-R 71|71 ITU_RA
        en|ITU_PP|Resolution ITU-R 1-8 and Resolutions ITU-R 71 and ITU-R 72|1 ITU_RA; 71 ITU_RA; 72 ITU_RA
        fr|ITU_PP|la Résolution UIT-R 71|71 ITU_RA
        es|ITU_PP|la Resolución UIT-R 71|71 ITU_RA
        ru|ITU_PP|Резолюция МСЭ-R 71|71 ITU_RA
        en|ITU_PP|ITU-T Recommendation X.509 and ITU-R Recommendations M.1036 and M.2012|X.509 ITU_T; M.1036 ITU_R; M.2012 ITU_R
        fr|ITU_PP|la Recommandation UIT-T D.50 et la Recommandation ITU-R M.1036|D.50 ITU_T; M.1036 ITU_R
        es|ITU_PP|la Recomendación UIT-T D.50 y la Recomendación ITU-T X.509|D.50 ITU_T; X.509 ITU_T
        ru|ITU_PP|Рекомендация МСЭ-Т D.50 и Рекомендация ITU-T X.509|D.50 ITU_T; X.509 ITU_T
        ar|ITU_PP|التوصية ITU-T D.50 والتوصية ITU-R M.1036|D.50 ITU_T; M.1036 ITU_R
        zh|ITU_PP|ITU-T D.50建议书和ITU-R M.1036建议书|D.50 ITU_T; M.1036 ITU_R
        zh|ITU_PP|ITU-T A.1、A.2和ITU-T A.3建议书|A.1 ITU_T; A.2 ITU_T; A.3 ITU_T
        """)
    void ituInEveryLanguage(String lang, String body, String text, String expected) {
        Recognizer r = Recognizer.of(Language.fromCode(lang).orElseThrow(), Body.valueOf(body));
        String got = r.find(text).stream()
                .map(m -> (InstrumentCitation) m.citation())
                .map(c -> c.numbers().get(0) + " " + c.body().map(Enum::name).orElse("-")
                        + c.revision()
                                .map(v -> (v.revised() ? " rev " : " ") + v.place() + " " + v.year())
                                .orElse(""))
                .collect(Collectors.joining("; "));
        assertThat(got).isEqualTo(expected);
    }

    /** Hostile input: long enumerations and runs read in linear time, and still read right. */
    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void longEnumerationsAreLinear() {
        Recognizer zh = Recognizer.of(Language.CHINESE, Body.ITU_PP);
        int n = 100_000;
        assertThat(zh.find("第70号、".repeat(n))).isEmpty();
        assertThat(zh.find("第70号、".repeat(n) + "第71号决议")).hasSize(n + 1);
        Recognizer zhUn = Recognizer.of(Language.CHINESE, Body.UN_HRC);
        assertThat(zhUn.find("第5/1号、".repeat(n))).isEmpty();
        assertThat(zhUn.find("第5/1号、第70号、".repeat(n / 2))).isEmpty();
        Recognizer en = Recognizer.of(Language.ENGLISH, Body.UN_HRC);
        assertThat(en.find("resolutions " + "5/1 of 18 June 2007, ".repeat(n / 4)))
                .hasSize(n / 4);
        assertThat(en.find("resolution 5/1 " + "on the rights of persons, ".repeat(n / 4)))
                .hasSize(1);
        assertThat(en.find("A/".repeat(n))).isEmpty();
        assertThat(en.find("S-1/".repeat(n))).isEmpty();
        Recognizer ar = Recognizer.of(Language.ARABIC, Body.UN_HRC);
        assertThat(ar.find("القرارات " + "5/1 المؤرخ 18 حزيران/يونيه 2007، و".repeat(n / 4) + "5/2"))
                .hasSize(n / 4 + 1);
        assertThat(ar.find("ودإ-".repeat(n))).isEmpty();
    }

    /** Hostile input: many links in one paragraph are matched to the words around them in linear time. */
    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void manyLinksAreLinear() {
        List<Inline> content = new ArrayList<>();
        int n = 50_000;
        for (int i = 0; i < n; i++) {
            content.add(Text.of(i == 0 ? "its resolutions " : ", "));
            content.add(Links.citation("http://undocs.org/en/A/HRC/RES/5/" + (i + 1), "5/" + (i + 1))
                    .orElseThrow());
        }
        List<Inline> got = Recognizer.of(Language.ENGLISH, Body.UN_HRC).recognize(content, Optional.empty());
        assertThat(got)
                .filteredOn(UnResolutionCitation.class::isInstance)
                .hasSize(n)
                .allSatisfy(c -> assertThat(((UnResolutionCitation) c).body()).isEqualTo(Body.UN_HRC));
    }

    /** The Charter in each language, and a conjunction: what a related instrument's name is tested after. */
    private static final java.util.Map<String, String> CHARTER = java.util.Map.of(
            "en", "the Charter of the United Nations and the",
            "fr", "la Charte des Nations Unies et",
            "es", "la Carta de las Naciones Unidas y",
            "ru", "Устав Организации Объединенных Наций и",
            "ar", "ميثاق الأمم المتحدة و",
            "zh", "《联合国宪章》及");

    /**
     * Every name in the instrument table, in a sentence of its language, is found as that
     * instrument; a name that refers to the instrument before is found after the Charter as the
     * Charter's, and alone not at all.
     */
    @Test
    void everyInstrumentNameIsFound() {
        List<String> wrong = new java.util.ArrayList<>();
        for (DataTable.Row row : DataTable.read(Vocabulary.class, "instruments.tsv", 3)) {
            String name = row.get(2);
            if (row.get(2).contains("*")) {
                continue; // stems: checked by the sentences above
            }
            String expected = row.get(0).equals(Vocabulary.NOT_AN_INSTRUMENT) ? "" : "named " + row.get(0);
            String prefix = "Recalling ";
            if (row.get(0).startsWith(Vocabulary.RELATED)) {
                // a reference to the instrument before: cited as its part, and not at all alone
                assertThat(found(row.get(1), "UN_HRC", prefix + name + ", "))
                        .as(name)
                        .isEmpty();
                prefix = "Recalling " + CHARTER.get(row.get(1)) + " ";
                expected = "named un-charter; named un-charter-" + row.get(0).substring(1);
            }
            String got = found(row.get(1), "UN_HRC", prefix + name + ", ");
            if (!got.equals(expected)) {
                wrong.add(row.get(1) + " " + name + " → " + got);
            }
        }
        assertThat(wrong).isEmpty();
    }
}
