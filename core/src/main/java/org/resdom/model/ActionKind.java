package org.resdom.model;

/**
 * The class of an operative action, whatever the language: <i>décide</i>, <i>resolves</i>
 * and <i>resuelve</i> are all {@link #RESOLVES}.
 *
 * <p>ITU texts render English <i>resolves</i> as French <i>décide</i> and Spanish
 * <i>resuelve</i>; the tables therefore classify French <i>décide</i> as {@link #RESOLVES},
 * and English <i>decides</i> and Spanish <i>decide</i> as {@link #DECIDES}.
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
    /** requests, prie, pide. */
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
    /** An action no table knows; the raw phrase is kept in {@link OperativePhrase#text()}. */
    OTHER;

    /** @return the lowerCamelCase name used as an Akoma Ntoso {@code name}, such as {@code callsUpon} */
    public String camelName() {
        return Camel.of(name());
    }
}
