package org.resdom.validation.internal;

import java.text.Normalizer;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.resdom.internal.DataTable;
import org.resdom.model.Body;

/**
 * The table of conferences (body, year, place in several spellings), read once from
 * {@code conferences.tsv} next to this class. Immutable and thread-safe.
 */
public final class Conferences {

    /** The year the ITU was founded: no earlier year is plausible in a citation. */
    public static final int FIRST_YEAR = 1865;

    private static final Conferences STANDARD = load();

    /** Body → year → normalized places. */
    private final Map<Body, Map<Integer, Set<String>>> table;
    /** Normalized place → years (over all bodies). */
    private final Map<String, Set<Integer>> yearsByPlace;

    private final int lastYear;

    private Conferences(Map<Body, Map<Integer, Set<String>>> table) {
        this.table = table;
        Map<String, Set<Integer>> byPlace = new HashMap<>();
        int last = FIRST_YEAR;
        for (Map<Integer, Set<String>> years : table.values()) {
            for (Map.Entry<Integer, Set<String>> e : years.entrySet()) {
                last = Math.max(last, e.getKey());
                for (String p : e.getValue()) {
                    byPlace.computeIfAbsent(p, k -> new HashSet<>()).add(e.getKey());
                }
            }
        }
        this.yearsByPlace = byPlace;
        this.lastYear = last;
    }

    /** @return the table shipped with resdom */
    public static Conferences standard() {
        return STANDARD;
    }

    /** @return whether the table lists conferences of this body */
    boolean knows(Body body) {
        return table.containsKey(body);
    }

    /** @return the years of the body's conferences, in order (empty for a body the table lacks) */
    Set<Integer> years(Body body) {
        return table.getOrDefault(body, Map.of()).keySet();
    }

    /** @return whether the place, in any spelling, appears anywhere in the table */
    boolean knowsPlace(String place) {
        return yearsByPlace.containsKey(normalize(place));
    }

    /** @return whether the body met at that place in that year */
    boolean matches(Body body, int year, String place) {
        return table.getOrDefault(body, Map.of()).getOrDefault(year, Set.of()).contains(normalize(place));
    }

    /** @return the years in which any body of the table met at that place */
    Set<Integer> yearsOf(String place) {
        return yearsByPlace.getOrDefault(normalize(place), Set.of());
    }

    /** @return the year in which the body met at that place, if the table knows one */
    Optional<Integer> yearAt(Body body, String place) {
        String n = normalize(place);
        for (Map.Entry<Integer, Set<String>> e :
                table.getOrDefault(body, Map.of()).entrySet()) {
            if (e.getValue().contains(n)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** @return the latest year plausible in a citation: ten years after the table's last conference */
    int lastPlausibleYear() {
        return lastYear + 10;
    }

    /**
     * Folds a place name for comparison: no accents, lower case (locale-independent), hyphens
     * and runs of spaces as one space.
     *
     * @param place a place as written
     * @return its folded form
     */
    static String normalize(String place) {
        String d = Normalizer.normalize(place, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        boolean space = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == '-' || c == '\u2011' || c == '\u2010' || Character.isWhitespace(c) || c == '\u00a0') {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static Conferences load() {
        Map<Body, Map<Integer, Set<String>>> table = new EnumMap<>(Body.class);
        for (DataTable.Row row : DataTable.read(Conferences.class, "conferences.tsv", 3)) {
            Body body = Body.fromCode(row.get(0))
                    .orElseThrow(() -> new IllegalStateException(
                            "conferences.tsv:" + row.line() + ": unknown body " + row.get(0)));
            int year = Integer.parseInt(row.get(1));
            Set<String> places =
                    table.computeIfAbsent(body, k -> new TreeMap<>()).computeIfAbsent(year, k -> new HashSet<>());
            for (String p : row.get(2).split("\\|")) {
                if (!p.isBlank()) {
                    places.add(normalize(p.strip()));
                }
            }
        }
        Map<Body, Map<Integer, Set<String>>> frozen = new EnumMap<>(Body.class);
        table.forEach((b, years) -> {
            Map<Integer, Set<String>> y = new TreeMap<>();
            years.forEach((k, v) -> y.put(k, Set.copyOf(v)));
            frozen.put(b, Collections.unmodifiableMap(y));
        });
        return new Conferences(Collections.unmodifiableMap(frozen));
    }

    /** @return the bodies the table covers */
    List<Body> bodies() {
        return List.copyOf(table.keySet());
    }
}
