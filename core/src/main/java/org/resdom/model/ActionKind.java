package org.resdom.model;

/**
 * The class of an operative action, whatever the language: <i>décide</i>, <i>resolves</i>
 * and <i>resuelve</i> are all {@link #RESOLVES}.
 *
 * <p>ITU texts render English <i>resolves</i> as French <i>décide</i> and Spanish
 * <i>resuelve</i>; the tables therefore classify ITU French <i>décide</i> as {@link #RESOLVES},
 * and English <i>decides</i> and Spanish <i>decide</i> as {@link #DECIDES}. In United Nations
 * texts French <i>Décide</i> is <i>Decides</i>, {@link #DECIDES}: such entries are scoped to a
 * body convention ({@link org.resdom.lang.PhraseBook.Convention}). A class is a concept that
 * holds across languages.
 *
 * <p>In United Nations texts some classes are one, as the UN's translators render them by the
 * same words: {@link #INVITES}, {@link #ENCOURAGES}, {@link #URGES} and {@link #CALLS_UPON} are
 * {@link #REQUESTS} (asking an addressee to act: Chinese 请 is both <i>requests</i> and
 * <i>invites</i>, Arabic يدعو both <i>invites</i> and <i>calls upon</i>, French <i>Demande</i>
 * both <i>calls upon</i> and <i>requests</i>, Russian призывает <i>calls upon</i>,
 * <i>encourages</i> and <i>urges</i>), {@link #COMMENDS} is {@link #WELCOMES}, {@link #AFFIRMS}
 * is {@link #REAFFIRMS}, {@link #ACKNOWLEDGES} is {@link #RECOGNIZES}; <i>notes with
 * appreciation</i> is {@link #WELCOMES}, <i>notes with concern</i> {@link #EXPRESSES_CONCERN}.
 * ITU texts keep every class. The phrase text, with the strength of the appeal, is always kept
 * in {@link OperativePhrase#text()}. See {@code docs/languages.md}.
 */
public enum ActionKind {
    /** resolves, décide, resuelve. */
    RESOLVES,
    /** decides, decide. */
    DECIDES,
    /** instructs, charge, encarga. */
    INSTRUCTS,
    /** invites, invite, invita. */
    INVITES,
    /** requests, prie, pide; in UN texts also invites, encourages, urges, calls upon. */
    REQUESTS,
    /** encourages, encourage, alienta. */
    ENCOURAGES,
    /** urges, exhorte, insta. */
    URGES,
    /** calls upon, lance un appel, hace un llamamiento. */
    CALLS_UPON,
    /** recommends, recommande, recomienda. */
    RECOMMENDS,
    /** welcomes, se félicite, acoge con beneplácito. */
    WELCOMES,
    /** approves, approuve, aprueba. */
    APPROVES,
    /** adopts, adopte, adopta. */
    ADOPTS,
    /** endorses, entérine, respalda. */
    ENDORSES,
    /** reaffirms, réaffirme, reafirma. */
    REAFFIRMS,
    /** affirms, affirme, afirma. */
    AFFIRMS,
    /** expresses, exprime, expresa. */
    EXPRESSES,
    /** emphasizes, stresses, souligne, subraya. */
    EMPHASIZES,
    /** notes, takes note, prend note, toma nota. */
    NOTES,
    /** authorizes, autorise, autoriza. */
    AUTHORIZES,
    /** commends, félicite, encomia. */
    COMMENDS,
    /** acknowledges, reconnaît, reconoce. */
    ACKNOWLEDGES,
    /** condemns, condamne, condena. */
    CONDEMNS,
    /** deplores, regrets, déplore, deplora. */
    DEPLORES,
    /** demands, exige, exige. */
    DEMANDS,
    /** recognizes, acknowledges, reconnaît, reconoce. */
    RECOGNIZES,
    /** recalls, rappelle, recuerda. */
    RECALLS,
    /** expresses concern, remains concerned, se déclare préoccupé, expresa preocupación. */
    EXPRESSES_CONCERN,
    /** supports, appuie, apoya. */
    SUPPORTS,
    /** considers, estime, considera. */
    CONSIDERS,
    /** rejects, rejette, rechaza. */
    REJECTS,
    /** An action no table knows; the raw phrase is kept in {@link OperativePhrase#text()}. */
    OTHER;

    /** @return the lowerCamelCase name used as an Akoma Ntoso {@code name}, such as {@code callsUpon} */
    public String camelName() {
        return Camel.of(name());
    }
}
