package org.resdom.model;

/**
 * The class of a preamble phrase, whatever the language: <i>considérant</i>,
 * <i>considering</i> and <i>considerando</i> are all {@link #CONSIDERING}. A class is a concept
 * that holds across the six languages, so synonyms that translators use for one another are
 * one class ({@link #EMPHASIZING} is stressing, emphasizing, underlining, underscoring,
 * highlighting).
 *
 * <p>In United Nations texts (the UN convention of {@code org.resdom.lang.PhraseBook}) some
 * classes are one, as the UN's translators render them by the same phrases:
 * {@link #BEARING_IN_MIND}, {@link #MINDFUL}, {@link #CONSIDERING},
 * {@link #TAKING_INTO_ACCOUNT}, {@link #AWARE} and {@link #ACKNOWLEDGING} are
 * {@link #RECOGNIZING} (a premise the body holds), {@link #AFFIRMING} is {@link #REAFFIRMING},
 * {@link #OBSERVING} is {@link #NOTING}; and a phrase <i>with appreciation</i> is
 * {@link #WELCOMING}, <i>with concern</i> {@link #CONCERNED}. ITU texts keep every class. The
 * phrase text is always kept in {@link PreamblePhrase#text()}. See {@code docs/languages.md}.
 */
public enum PreambleKind {
    /** considering, considérant, considerando. */
    CONSIDERING,
    /** noting, notant, observando. */
    NOTING,
    /**
     * recognizing, reconnaissant, reconociendo; in UN texts also aware, mindful, bearing in mind,
     * considering, taking into account, acknowledging.
     */
    RECOGNIZING,
    /** recalling, rappelant, recordando. */
    RECALLING,
    /** bearing in mind, ayant à l'esprit, teniendo presente (ITU; UN texts: {@link #RECOGNIZING}). */
    BEARING_IN_MIND,
    /** taking into account, tenant compte, teniendo en cuenta. */
    TAKING_INTO_ACCOUNT,
    /** reaffirming, réaffirmant, reafirmando. */
    REAFFIRMING,
    /** emphasizing, stressing, underlining, soulignant. */
    EMPHASIZING,
    /** welcoming, se félicitant, acogiendo con beneplácito. */
    WELCOMING,
    /** aware, consciente. */
    AWARE,
    /** convinced, convaincue. */
    CONVINCED,
    /** concerned, préoccupée. */
    CONCERNED,
    /** having considered, having examined, ayant examiné. */
    HAVING_CONSIDERED,
    /** guided, guidée. */
    GUIDED,
    /** acknowledging, prenant acte. */
    ACKNOWLEDGING,
    /** mindful. */
    MINDFUL,
    /** observing, constatant. */
    OBSERVING,
    /** affirming, affirmant. */
    AFFIRMING,
    /** expressing, exprimant. */
    EXPRESSING,
    /** believing, estimant. */
    BELIEVING,
    /** desiring, désireuse. */
    DESIRING,
    /** determined, déterminée. */
    DETERMINED,
    /** alarmed, alarmée. */
    ALARMED,
    /** condemning, condamnant, condenando. */
    CONDEMNING,
    /** deploring, regretting, déplorant, lamentando. */
    DEPLORING,
    /** urging, exhortant, instando. */
    URGING,
    /** calling upon, calling for, appelant, exhortando. */
    CALLING_UPON,
    /** A phrase no table knows; the raw phrase is kept in {@link PreamblePhrase#text()}. */
    OTHER;

    /** @return the lowerCamelCase name used as an Akoma Ntoso {@code name}, such as {@code bearingInMind} */
    public String camelName() {
        return Camel.of(name());
    }
}
