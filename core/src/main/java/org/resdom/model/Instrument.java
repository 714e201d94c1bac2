package org.resdom.model;

/** The basic instruments of the ITU. */
public enum Instrument {
    /** The Constitution of the ITU. */
    CONSTITUTION,
    /** The Convention of the ITU. */
    CONVENTION
}
