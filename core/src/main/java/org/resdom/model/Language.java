package org.resdom.model;

import java.util.Locale;
import java.util.Optional;

/** The six languages of the ITU and the UN, plus "undetermined". */
public enum Language {
    /** Arabic. */
    ARABIC("ar", "ara"),
    /** Chinese. */
    CHINESE("zh", "zho"),
    /** English. */
    ENGLISH("en", "eng"),
    /** French. */
    FRENCH("fr", "fra"),
    /** Russian. */
    RUSSIAN("ru", "rus"),
    /** Spanish. */
    SPANISH("es", "spa"),
    /** Not known. */
    UNDETERMINED("und", "und");

    private final String iso1;
    private final String iso3;

    Language(String iso1, String iso3) {
        this.iso1 = iso1;
        this.iso3 = iso3;
    }

    /** @return the ISO 639-1 code ({@code fr}), or {@code und} */
    public String code() {
        return iso1;
    }

    /** @return the ISO 639-2/T code ({@code fra}), as Akoma Ntoso uses */
    public String iso3() {
        return iso3;
    }

    /** @return the six official languages, without {@link #UNDETERMINED} */
    public static Language[] official() {
        return new Language[] {ARABIC, CHINESE, ENGLISH, FRENCH, RUSSIAN, SPANISH};
    }

    /**
     * Finds a language by ISO 639-1 or 639-2 code, ignoring case.
     *
     * @param code {@code fr}, {@code fra}, {@code FR} …
     * @return the language, or empty
     */
    public static Optional<Language> fromCode(String code) {
        String c = code.toLowerCase(Locale.ROOT);
        if (c.equals("fre")) {
            return Optional.of(FRENCH);
        }
        if (c.equals("chi")) {
            return Optional.of(CHINESE);
        }
        for (Language l : values()) {
            if (l.iso1.equals(c) || l.iso3.equals(c)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
