package org.resdom.cite;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.resdom.internal.DataTable;
import org.resdom.model.Body;
import org.resdom.model.Revision;

/**
 * The ITU conferences by the year and place of their meeting ({@code conferences.tsv}): the body
 * of a citation such as {@code Resolution 7 (Valletta, 1998)} whose words name none.
 */
final class Conferences {

    private static final Map<String, Body> BY_YEAR_AND_PLACE = load();

    private Conferences() {}

    /**
     * @param revision where and when a text was adopted or revised
     * @return the one body that met there that year, if the table knows it
     */
    static Optional<Body> body(Revision revision) {
        return Optional.ofNullable(BY_YEAR_AND_PLACE.get(key(revision.year(), revision.place())));
    }

    private static String key(int year, String place) {
        return year + " " + Vocabulary.normalize(place).toLowerCase(Locale.ROOT);
    }

    private static Map<String, Body> load() {
        Map<String, Body> m = new HashMap<>();
        for (DataTable.Row row : DataTable.read(Conferences.class, "conferences.tsv", 3)) {
            Body b = Body.valueOf(row.get(0));
            int year = Integer.parseInt(row.get(1));
            for (String place : row.get(2).split("\\|")) {
                Body old = m.put(key(year, place.strip()), b);
                if (old != null && old != b) {
                    throw new IllegalStateException(
                            "conferences.tsv:" + row.line() + ": " + place + " " + year + " is two bodies'");
                }
            }
        }
        return Map.copyOf(m);
    }
}
