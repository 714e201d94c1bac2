package org.resdom.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.resdom.lang.PhraseBook.Convention;
import org.resdom.model.ActionKind;
import org.resdom.model.Language;
import org.resdom.model.PreambleKind;

/** The six phrase tables: every entry matches itself, the citation vocabulary is complete, glue is found. */
class PhraseBookTablesTest {

    /** Word keys the text reader relies on in every language. */
    static final List<String> REQUIRED_WORDS = List.of(
            "RESOLUTION",
            "DECISION",
            "RECOMMENDATION",
            "REV",
            "AND",
            "CONSTITUTION",
            "CONVENTION",
            "ARTICLE",
            "ANNEX",
            "APPENDIX",
            "THIS_DOCUMENT",
            "DOC_HEADING",
            "ANNEX_HEADING",
            "BODY_ITU_PP",
            "BODY_ITU_WTSA",
            "BODY_ITU_WTDC",
            "BODY_ITU_WRC",
            "BODY_ITU_RA",
            "BODY_UN_HRC",
            "BODY_ITU_COUNCIL",
            "THIS_CONFERENCE",
            "SECTOR_ITU_T",
            "SECTOR_ITU_R",
            "SECTOR_ITU_D");

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "UNDETERMINED", mode = EnumSource.Mode.EXCLUDE)
    void everyPhraseMatchesItselfWholly(Language language) {
        PhraseBook book = PhraseBook.of(language);
        book.describe().forEach((key, phrases) -> {
            int at = key.indexOf('@');
            PhraseBook.Convention c = at < 0
                    ? PhraseBook.Convention.ITU
                    : PhraseBook.Convention.valueOf(key.substring(at + 1).toUpperCase(Locale.ROOT));
            String kind = (at < 0 ? key : key.substring(0, at)).substring(key.indexOf('.') + 1);
            for (String phrase : phrases) {
                var m = key.startsWith("preamble.") ? book.matchPreamble(phrase, c) : book.matchAction(phrase, c);
                assertThat(m).as("%s %s", language, phrase).isPresent();
                assertThat(m.get().end()).as("%s %s", language, phrase).isEqualTo(phrase.length());
                if (at >= 0 || !overridden(book, key, phrase)) {
                    String expected = key.startsWith("preamble.")
                            ? PhraseBook.concept(PreambleKind.valueOf(kind), c).name()
                            : PhraseBook.concept(ActionKind.valueOf(kind), c).name();
                    assertThat(m.get().kind().name())
                            .as("%s %s", language, phrase)
                            .isEqualTo(expected);
                }
            }
        });
        assertThat(book.phrases(PreambleKind.CONSIDERING)).isNotEmpty();
        assertThat(book.phrases(ActionKind.RESOLVES)).isNotEmpty();
        assertThat(book.phrases(ActionKind.INSTRUCTS)).isNotEmpty();
    }

    /** Whether a general entry's phrase is also listed with another class (for the ITU convention, or twice). */
    private static boolean overridden(PhraseBook book, String key, String phrase) {
        String section = key.substring(0, key.indexOf('.') + 1);
        return book.describe().entrySet().stream()
                .anyMatch(e -> !e.getKey().equals(key)
                        && e.getKey().startsWith(section)
                        && !e.getKey().endsWith("@un")
                        && e.getValue().contains(phrase));
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "UNDETERMINED", mode = EnumSource.Mode.EXCLUDE)
    void citationVocabularyIsComplete(Language language) {
        PhraseBook book = PhraseBook.of(language);
        for (String key : REQUIRED_WORDS) {
            assertThat(book.words(key)).as("%s %s", language, key).isNotEmpty();
        }
        assertThat(book.words("RESOLUTION")).isSortedAccordingTo((a, b) -> b.length() - a.length());
    }

    @Test
    void multiWordPhrasesQualifiersAndAddressees() {
        PhraseBook fr = PhraseBook.of(Language.FRENCH);
        var m = fr.matchPreamble("considérant en outre");
        assertThat(m.get().kind()).isEqualTo(PreambleKind.CONSIDERING);
        assertThat(m.get().qualifier()).contains("en outre");
        assertThat(fr.matchAction("charge le Secrétaire général et les Directeurs des Bureaux")
                        .get()
                        .end())
                .isEqualTo("charge".length());
        assertThat(fr.matchAction("invite les États Membres").get().kind()).isEqualTo(ActionKind.INVITES);
        assertThat(fr.matchPreamble("considérant\u00A0en\u00A0outre").get().qualifier())
                .isPresent();
        assertThat(PhraseBook.of(Language.ENGLISH)
                        .matchAction("also resolves")
                        .get()
                        .qualifier())
                .contains("also");
        assertThat(PhraseBook.of(Language.ENGLISH).matchPreamble("consideringly"))
                .isEmpty();
    }

    @Test
    void gluedPhrasesAreFoundOnlyByThePrefixMatch() {
        PhraseBook fr = PhraseBook.of(Language.FRENCH);
        String glued = "se félicitantconsidérant en outre";
        assertThat(fr.matchPreamble(glued)).isEmpty();
        var first = fr.matchPreamblePrefix(glued).get();
        assertThat(first.kind()).isEqualTo(PreambleKind.WELCOMING);
        assertThat(first.end()).isEqualTo("se félicitant".length());
        assertThat(fr.matchPreamble(glued.substring(first.end())).get().kind()).isEqualTo(PreambleKind.CONSIDERING);
        assertThat(fr.matchActionPrefix("chargeinvite").get().kind()).isEqualTo(ActionKind.INSTRUCTS);
    }

    /** Chinese 对……表示关切: the phrase closes the clause that 对 opens; the object is not searched for phrases. */
    @Test
    void framedChinesePhrasesCloseTheirClause() {
        PhraseBook zh = PhraseBook.of(Language.CHINESE);
        String text = "又对拉斯阿诺德及周边地区持续发生的冲突表示关切，并回顾安全理事会的新闻声明";
        var m = zh.matchAction(text, Convention.UN).orElseThrow();
        assertThat(m.kind()).isEqualTo(ActionKind.EXPRESSES_CONCERN);
        assertThat(text.substring(0, m.end())).isEqualTo("又对拉斯阿诺德及周边地区持续发生的冲突表示关切");
        assertThat(m.qualifier()).contains("又");
        // a table word inside the object (支持, 回顾) is not the phrase; the one before the comma is
        assertThat(zh.matchAction("对各国支持和回顾这些工作表示赞赏，").orElseThrow().kind()).isEqualTo(ActionKind.COMMENDS);
        assertThat(zh.matchPreamble("对援助团报告中的结论表示震惊，被拘留者").orElseThrow().kind()).isEqualTo(PreambleKind.ALARMED);
        // no phrase closing the clause: no match
        assertThat(zh.matchAction("对各国的努力，表示")).isEmpty();
        // a clause that runs past the characters looked at is not guessed at
        assertThat(zh.matchAction("对" + "各国".repeat(120) + "表示关切，")).isEmpty();
        assertThat(zh.matchAction("对" + "各国".repeat(20) + "表示关切")).isPresent();
        // only Chinese has frames
        assertThat(PhraseBook.of(Language.ENGLISH).matchAction("对各国表示关切，")).isEmpty();
    }

    /** UN conventions read from the UN's parallel texts: the same words, another class in ITU texts. */
    @Test
    void unConventionsApplyToUnBodiesOnly() {
        PhraseBook en = PhraseBook.of(Language.ENGLISH);
        assertThat(en.matchPreamble("Considering that", Convention.UN)
                        .orElseThrow()
                        .kind())
                .isEqualTo(PreambleKind.RECOGNIZING);
        assertThat(en.matchPreamble("Bearing in mind", Convention.UN)
                        .orElseThrow()
                        .kind())
                .isEqualTo(PreambleKind.RECOGNIZING);
        assertThat(en.matchPreamble("Bearing in mind", Convention.ITU)
                        .orElseThrow()
                        .kind())
                .isEqualTo(PreambleKind.BEARING_IN_MIND);
        assertThat(en.matchPreamble("considering that", Convention.ITU)
                        .orElseThrow()
                        .kind())
                .isEqualTo(PreambleKind.CONSIDERING);
        assertThat(en.matchPreamble("Aware of", Convention.UN).orElseThrow().kind())
                .isEqualTo(PreambleKind.RECOGNIZING);
        assertThat(en.matchPreamble("aware of", Convention.ITU).orElseThrow().kind())
                .isEqualTo(PreambleKind.AWARE);
        assertThat(en.matchAction("Reiterates its call upon States")
                        .orElseThrow()
                        .kind())
                .isEqualTo(ActionKind.CALLS_UPON);
        assertThat(PhraseBook.of(Language.FRENCH)
                        .matchAction("Réitère son appel en faveur")
                        .orElseThrow()
                        .kind())
                .isEqualTo(ActionKind.CALLS_UPON);
        assertThat(PhraseBook.of(Language.ARABIC)
                        .matchAction("يكرر أيضاً دعوته إلى عملية")
                        .orElseThrow()
                        .kind())
                .isEqualTo(ActionKind.CALLS_UPON);
        assertThat(PhraseBook.of(Language.ARABIC)
                        .matchAction("يكرر تأكيد الحاجة")
                        .orElseThrow()
                        .kind())
                .isEqualTo(ActionKind.REAFFIRMS);
        assertThat(en.matchAction("Expresses its appreciation to").orElseThrow().kind())
                .isEqualTo(ActionKind.COMMENDS);
        assertThat(en.matchAction("Expresses its solidarity with").orElseThrow().kind())
                .isEqualTo(ActionKind.EXPRESSES);
        PhraseBook fr = PhraseBook.of(Language.FRENCH);
        assertThat(fr.matchAction("Se déclare également préoccupé par", Convention.UN)
                        .orElseThrow()
                        .kind())
                .isEqualTo(ActionKind.EXPRESSES_CONCERN);
        assertThat(fr.matchAction("Considère que", Convention.UN).orElseThrow().kind())
                .isEqualTo(ActionKind.RECOGNIZES);
        assertThat(fr.matchAction("considère que", Convention.ITU).orElseThrow().kind())
                .isEqualTo(ActionKind.CONSIDERS);
        assertThat(PhraseBook.of(Language.RUSSIAN)
                        .matchAction("поручает Специальному докладчику", Convention.UN)
                        .orElseThrow()
                        .kind())
                .isEqualTo(ActionKind.REQUESTS);
    }

    /**
     * UN merges (kinds.tsv): in UN texts asking someone to act is one class in every language,
     * whatever the verb's strength; ITU texts keep the verbs apart.
     */
    @Test
    void unMergesHoldInEveryLanguage() {
        String[][] asks = {
            {"en", "Invites", "Encourages", "Urges", "Calls upon", "Requests"},
            {"fr", "Invite", "Engage", "Exhorte", "Demande", "Prie"},
            {"es", "Invita", "Alienta", "Insta", "Exhorta", "Solicita"},
            {"ru", "предлагает", "рекомендует", "настоятельно призывает", "призывает", "просит"},
            {"ar", "يدعو", "يشجع", "يحث", "يهيب", "يطلب"},
            {"zh", "邀请", "鼓励", "促请", "吁请", "请"}
        };
        for (String[] row : asks) {
            PhraseBook b = PhraseBook.of(Language.fromCode(row[0]).orElseThrow());
            for (int i = 1; i < row.length; i++) {
                assertThat(b.matchAction(row[i] + " ", Convention.UN)
                                .orElseThrow()
                                .kind())
                        .as("%s %s", row[0], row[i])
                        .isEqualTo(ActionKind.REQUESTS);
            }
        }
        PhraseBook en = PhraseBook.of(Language.ENGLISH);
        assertThat(en.matchAction("Invites States", Convention.ITU)
                        .orElseThrow()
                        .kind())
                .isEqualTo(ActionKind.INVITES);
        assertThat(en.matchAction("Urges States", Convention.ITU).orElseThrow().kind())
                .isEqualTo(ActionKind.URGES);
        assertThat(PhraseBook.concept(ActionKind.CALLS_UPON, Convention.UN)).isEqualTo(ActionKind.REQUESTS);
        assertThat(PhraseBook.concept(ActionKind.CALLS_UPON, Convention.ITU)).isEqualTo(ActionKind.CALLS_UPON);
        assertThat(PhraseBook.concept(PreambleKind.MINDFUL, Convention.UN)).isEqualTo(PreambleKind.RECOGNIZING);
        assertThat(en.matchAction("Commends the work", Convention.UN)
                        .orElseThrow()
                        .kind())
                .isEqualTo(ActionKind.WELCOMES);
        assertThat(en.matchAction("Reaffirms", Convention.UN).orElseThrow().kind())
                .isEqualTo(ActionKind.REAFFIRMS);
        assertThat(en.matchAction("Affirms", Convention.UN).orElseThrow().kind())
                .isEqualTo(ActionKind.REAFFIRMS);
        assertThat(en.matchAction("Affirms", Convention.ITU).orElseThrow().kind())
                .isEqualTo(ActionKind.AFFIRMS);
        // noting is a fact the body takes cognizance of, as recognizing and acknowledging are
        String[][] cognizance = {
            {"en", "Noting", "Recognizing", "Acknowledging", "Taking note"},
            {"fr", "Notant", "Constatant", "Prenant acte", "Prenant note"},
            {"es", "Observando", "Reconociendo", "Tomando nota", "Teniendo presente"},
            {"ru", "отмечая", "признавая", "констатируя", "принимая к сведению"},
            {"ar", "وإذ يلاحظ", "وإذ يسلم", "وإذ يقر", "وإذ يحيط علماً"},
            {"zh", "注意到", "认识到", "承认", "确认"}
        };
        for (String[] row : cognizance) {
            PhraseBook b = PhraseBook.of(Language.fromCode(row[0]).orElseThrow());
            for (int i = 1; i < row.length; i++) {
                assertThat(b.matchPreamble(row[i] + " ", Convention.UN)
                                .orElseThrow()
                                .kind())
                        .as("%s %s", row[0], row[i])
                        .isEqualTo(PreambleKind.RECOGNIZING);
            }
        }
        assertThat(en.matchPreamble("Noting that", Convention.ITU).orElseThrow().kind())
                .isEqualTo(PreambleKind.NOTING);
        for (String[] act : new String[][] {
            {"en", "Takes note of"}, {"en", "Acknowledges"}, {"fr", "Prend acte"}, {"fr", "Prend note"},
            {"ru", "отмечает"}, {"zh", "注意到"}, {"ar", "يحيط علماً"}, {"es", "Toma nota"}
        }) {
            assertThat(PhraseBook.of(Language.fromCode(act[0]).orElseThrow())
                            .matchAction(act[1] + " ", Convention.UN)
                            .orElseThrow()
                            .kind())
                    .as("%s %s", act[0], act[1])
                    .isEqualTo(ActionKind.RECOGNIZES);
        }
        assertThat(en.matchAction("Takes note of", Convention.ITU).orElseThrow().kind())
                .isEqualTo(ActionKind.NOTES);
        // recommending asks an addressee to act (ru рекомендует: Encourages and Recommends)
        assertThat(en.matchAction("Recommends that", Convention.UN)
                        .orElseThrow()
                        .kind())
                .isEqualTo(ActionKind.REQUESTS);
        assertThat(en.matchAction("Recommends that", Convention.ITU)
                        .orElseThrow()
                        .kind())
                .isEqualTo(ActionKind.RECOMMENDS);
        // believing is a conviction, weaker (fr Convaincu for Believing and Convinced)
        assertThat(en.matchPreamble("Believing that", Convention.UN)
                        .orElseThrow()
                        .kind())
                .isEqualTo(PreambleKind.CONVINCED);
        assertThat(en.matchPreamble("Believing that", Convention.ITU)
                        .orElseThrow()
                        .kind())
                .isEqualTo(PreambleKind.BELIEVING);
    }

    /** A phrase interrupted by a clause between commas is the longer phrase, its text running over the clause. */
    @Test
    void phrasesInterruptedByAnInsertedClause() {
        PhraseBook ar = PhraseBook.of(Language.ARABIC);
        String text = "يعرب، وهو يعيد تأكيد الحق في حرية التعبير، عن استيائه إزاء استمرار استخدام المنصات";
        var m = ar.matchAction(text, Convention.UN).orElseThrow();
        assertThat(m.kind()).isEqualTo(ActionKind.DEPLORES);
        assertThat(text.substring(0, m.end())).isEqualTo("يعرب، وهو يعيد تأكيد الحق في حرية التعبير، عن استيائه");
        PhraseBook en = PhraseBook.of(Language.ENGLISH);
        assertThat(en.matchAction("Expresses, in this regard, its deep concern at the reports", Convention.UN)
                        .orElseThrow()
                        .kind())
                .isEqualTo(ActionKind.EXPRESSES_CONCERN);
        // without a longer phrase after the inserted clause, the phrase is the short one
        var requests = en.matchAction("Requests, in this regard, the Secretary-General to report", Convention.UN)
                .orElseThrow();
        assertThat(requests.kind()).isEqualTo(ActionKind.REQUESTS);
        assertThat(requests.end()).isEqualTo("Requests".length());
        // a clause end inside, or no closing comma within the text looked at: no continuation
        assertThat(en.matchAction("Expresses, in this regard; its deep concern at", Convention.UN)
                        .orElseThrow()
                        .kind())
                .isEqualTo(ActionKind.EXPRESSES);
        assertThat(en.matchAction("Expresses, " + "in this regard ".repeat(20) + ", its deep concern at", Convention.UN)
                        .orElseThrow()
                        .kind())
                .isEqualTo(ActionKind.EXPRESSES);
    }

    /** UN: the stance modifier decides: noting with appreciation is welcoming, with concern is concern. */
    @Test
    void unStanceModifiersDecideTheClass() {
        String[][] welcoming = {
            {"en", "Noting with appreciation"},
            {"fr", "Prenant note avec satisfaction"},
            {"es", "Observando con aprecio"},
            {"ru", "с удовлетворением отмечая"},
            {"ar", "وإذ يلاحظ مع التقدير"},
            {"zh", "赞赏地注意到"}
        };
        String[][] concerned = {
            {"en", "Noting with deep concern"},
            {"fr", "Notant avec une profonde inquiétude"},
            {"es", "Observando con profunda preocupación"},
            {"ru", "с глубокой обеспокоенностью отмечая"},
            {"ar", "وإذ يلاحظ بقلق بالغ"},
            {"zh", "深为关切地注意到"}
        };
        for (String[] w : welcoming) {
            PhraseBook b = PhraseBook.of(Language.fromCode(w[0]).orElseThrow());
            assertThat(b.matchPreamble(w[1], Convention.UN).orElseThrow().kind())
                    .as(w[1])
                    .isEqualTo(PreambleKind.WELCOMING);
            assertThat(b.matchPreamble(w[1], Convention.ITU).orElseThrow().kind())
                    .as(w[1])
                    .isEqualTo(PreambleKind.NOTING);
        }
        for (String[] c : concerned) {
            PhraseBook b = PhraseBook.of(Language.fromCode(c[0]).orElseThrow());
            assertThat(b.matchPreamble(c[1], Convention.UN).orElseThrow().kind())
                    .as(c[1])
                    .isEqualTo(PreambleKind.CONCERNED);
        }
        assertThat(PhraseBook.of(Language.ENGLISH)
                        .matchAction("Notes with appreciation", Convention.UN)
                        .orElseThrow()
                        .kind())
                .isEqualTo(ActionKind.WELCOMES);
    }

    @Test
    void turkishLocaleDoesNotChangeMatching() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(new Locale("tr", "TR"));
            PhraseBook en = PhraseBook.of(Language.ENGLISH);
            assertThat(en.matchAction("INVITES the Council").get().kind()).isEqualTo(ActionKind.INVITES);
            assertThat(en.matchPreamble("RECOGNIZING further").get().qualifier())
                    .contains("further");
            assertThat(PhraseBook.normalize("İNVİTE")).hasSize("İNVİTE".length());
        } finally {
            Locale.setDefault(saved);
        }
    }

    /**
     * Every key of the word tables that names one body is in the table of body keys (one owner:
     * the recogniser and the text readers take the bodies from it), and every key there has words.
     */
    @Test
    void everyBodyKeyHasItsBody() {
        java.util.Set<String> inTables = new java.util.TreeSet<>();
        for (PhraseBook b : PhraseBook.all()) {
            for (String key : b.wordKeys()) {
                if (key.startsWith("BODY_") || key.equals("UNGA")) {
                    inTables.add(key);
                }
            }
        }
        // words that name a body only in context ("the Council", "the Commission", "the Assembly")
        inTables.removeAll(List.of("BODY_COUNCIL", "BODY_COMMISSION", "BODY_ASSEMBLY"));
        assertThat(PhraseBook.bodyKeys()).containsExactlyInAnyOrderElementsOf(inTables);
        assertThat(PhraseBook.bodyKeys()).containsAll(PhraseBook.adoptingBodyKeys());
        assertThat(PhraseBook.bodyOfKey("UNGA")).contains(org.resdom.model.Body.UN_GA);
        assertThat(PhraseBook.bodyOfKey("BODY_ITU_COUNCIL")).contains(org.resdom.model.Body.ITU_COUNCIL);
        assertThat(PhraseBook.bodyOfKey("BODY_COUNCIL")).isEmpty();
        assertThat(PhraseBook.adoptingBodyKeys()).doesNotContain("BODY_OTHER", "BODY_UN_SC");
    }
}
