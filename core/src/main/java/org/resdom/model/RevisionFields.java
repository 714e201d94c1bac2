package org.resdom.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What {@link Revisions#compare} cannot mark inline (identity fields, annex numbers, headings
 * and titles, the number of annexes), kept in the marked document's metadata:
 * {@code revision.before.FIELD} holds the older value of a field that changed,
 * {@code revision.before.absent} names (space-separated) the changed fields the older version
 * did not have, {@code revision.before.history.count} and {@code revision.before.history.K} the
 * older history, {@code revision.before.annexes} and {@code revision.after.annexes} the number
 * of annexes of each version when it changed. {@link Revisions#rejected} puts the older values
 * back, {@link Revisions#accepted} drops them; a value that cannot be read back (metadata
 * edited by hand) is ignored, never thrown.
 */
final class RevisionFields {

    static final String PREFIX = "revision.";
    static final String BEFORE = "revision.before.";
    static final String AFTER = "revision.after.";
    static final String ABSENT = BEFORE + "absent";
    private static final List<String> IDENTITY = List.of("title", "heading", "number", "body", "kind", "language");

    private RevisionFields() {}

    /** The identity and annex fields of a version, by field name (empty for an absent value). */
    private static Map<String, Optional<String>> fields(Resolution r, int annexes) {
        Map<String, Optional<String>> out = new LinkedHashMap<>();
        Identity id = r.identity();
        out.put("title", id.title());
        out.put("heading", id.heading());
        out.put("number", id.number());
        out.put("body", Optional.of(id.body().name()));
        out.put("kind", Optional.of(id.kind().name()));
        out.put("language", Optional.of(id.language().name()));
        for (int k = 1; k <= annexes && k <= r.annexes().size(); k++) {
            Annex a = r.annexes().get(k - 1);
            out.put("annex." + k + ".number", a.number());
            out.put("annex." + k + ".heading", Optional.of(a.heading()));
            out.put("annex." + k + ".title", a.title());
        }
        return out;
    }

    /**
     * @param older the earlier version
     * @param newer the later version
     * @param merged the marked document built from them
     * @return the marked document with the older version's fields that differ in its metadata
     */
    static Resolution keep(Resolution older, Resolution newer, Resolution merged) {
        Map<String, String> meta = new TreeMap<>();
        merged.metadata().forEach((k, v) -> {
            if (!k.startsWith(PREFIX)) {
                meta.put(k, v);
            }
        });
        int common = Math.min(older.annexes().size(), newer.annexes().size());
        Map<String, Optional<String>> a = fields(older, common);
        Map<String, Optional<String>> b = fields(newer, common);
        List<String> absent = new ArrayList<>();
        a.forEach((field, value) -> {
            if (!value.equals(b.get(field))) {
                if (value.isPresent()) {
                    meta.put(BEFORE + field, value.get());
                } else {
                    absent.add(field);
                }
            }
        });
        if (!absent.isEmpty()) {
            meta.put(ABSENT, String.join(" ", absent));
        }
        List<Revision> history = older.identity().history();
        if (!history.equals(newer.identity().history())) {
            meta.put(BEFORE + "history.count", String.valueOf(history.size()));
            for (int k = 0; k < history.size(); k++) {
                meta.put(BEFORE + "history." + (k + 1), history.get(k).toString());
            }
        }
        if (older.annexes().size() != newer.annexes().size()) {
            meta.put(BEFORE + "annexes", String.valueOf(older.annexes().size()));
            meta.put(AFTER + "annexes", String.valueOf(newer.annexes().size()));
        }
        return new Resolution(
                merged.identity(),
                merged.formula(),
                merged.preamble(),
                merged.operative(),
                merged.annexes(),
                meta,
                merged.hints(),
                merged.span());
    }

    private static boolean has(Resolution r) {
        for (String k : r.metadata().keySet()) {
            if (k.startsWith(PREFIX)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> without(Map<String, String> metadata) {
        Map<String, String> out = new TreeMap<>();
        metadata.forEach((k, v) -> {
            if (!k.startsWith(PREFIX)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /**
     * @param r a version taken out of a marked document
     * @param before whether it is the older one (its fields are put back) or the newer
     * @return the version with its own fields and number of annexes, the revision metadata dropped
     */
    static Resolution version(Resolution r, boolean before) {
        if (!has(r)) {
            return r;
        }
        Map<String, String> meta = r.metadata();
        List<Annex> annexes = new ArrayList<>(r.annexes());
        int count = count(meta.get((before ? BEFORE : AFTER) + "annexes"));
        if (count >= 0 && count < annexes.size()) {
            annexes = new ArrayList<>(annexes.subList(0, count));
        }
        Identity id = r.identity();
        if (before) {
            List<String> absent = Arrays.asList(meta.getOrDefault(ABSENT, "").split(" "));
            id = new Identity(
                    enumValue(Body.class, value(meta, absent, "body"), id.body()),
                    enumValue(DocumentKind.class, value(meta, absent, "kind"), id.kind()),
                    value(meta, absent, "number").orElse(id.number()),
                    value(meta, absent, "heading").orElse(id.heading()),
                    value(meta, absent, "title").orElse(id.title()),
                    enumValue(Language.class, value(meta, absent, "language"), id.language()),
                    history(meta).orElse(id.history()));
            for (int k = 1; k <= annexes.size(); k++) {
                Annex x = annexes.get(k - 1);
                String f = "annex." + k + ".";
                Optional<String> heading =
                        value(meta, absent, f + "heading").flatMap(o -> o).filter(h -> !h.isBlank());
                annexes.set(
                        k - 1,
                        new Annex(
                                value(meta, absent, f + "number").orElse(x.number()),
                                heading.orElse(x.heading()),
                                value(meta, absent, f + "title").orElse(x.title()),
                                x.paragraphs(),
                                x.span()));
            }
        }
        return new Resolution(
                id, r.formula(), r.preamble(), r.operative(), annexes, without(meta), r.hints(), r.span());
    }

    /** Empty when the field did not change; else its older value (itself empty when absent). */
    private static Optional<Optional<String>> value(Map<String, String> meta, List<String> absent, String field) {
        String v = meta.get(BEFORE + field);
        if (v != null) {
            return Optional.of(Optional.of(v));
        }
        return absent.contains(field) ? Optional.of(Optional.empty()) : Optional.empty();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, Optional<Optional<String>> v, E fallback) {
        if (v.isEmpty() || v.get().isEmpty()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, v.get().get());
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static int count(String s) {
        if (s == null) {
            return -1;
        }
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Optional<List<Revision>> history(Map<String, String> meta) {
        int n = count(meta.get(BEFORE + "history.count"));
        if (n < 0) {
            return Optional.empty();
        }
        List<Revision> out = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            String s = meta.get(BEFORE + "history." + k);
            if (s == null) {
                return Optional.empty();
            }
            Revision r = revision(s);
            if (r == null) {
                return Optional.empty();
            }
            out.add(r);
        }
        return Optional.of(out);
    }

    /** {@link Revision#toString} read back. */
    private static Revision revision(String s) {
        boolean revised = s.startsWith("Rev. ");
        String rest = revised ? s.substring(5) : s;
        int comma = rest.lastIndexOf(", ");
        if (comma <= 0) {
            return null;
        }
        try {
            return new Revision(revised, rest.substring(0, comma), Integer.parseInt(rest.substring(comma + 2)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * @param marked a document made by {@link Revisions#compare}
     * @return the changes kept in its metadata, in field order
     */
    static List<UnmarkedChange> changes(Resolution marked) {
        if (!has(marked)) {
            return List.of();
        }
        Resolution older = version(marked, true);
        Resolution newer = version(marked, false);
        List<UnmarkedChange> out = new ArrayList<>();
        int common = Math.min(older.annexes().size(), newer.annexes().size());
        Map<String, Optional<String>> a = fields(older, common);
        Map<String, Optional<String>> b = fields(newer, common);
        for (String field : IDENTITY) {
            add(out, field, a.get(field), b.get(field));
        }
        List<Revision> h = older.identity().history();
        if (!h.equals(newer.identity().history())) {
            out.add(UnmarkedChange.of(
                    "history", joined(h), joined(newer.identity().history())));
        }
        if (older.annexes().size() != newer.annexes().size()) {
            out.add(UnmarkedChange.of(
                    "annexes",
                    Optional.of(String.valueOf(older.annexes().size())),
                    Optional.of(String.valueOf(newer.annexes().size()))));
        }
        a.forEach((field, value) -> {
            if (field.startsWith("annex.")) {
                add(out, field, value, b.get(field));
            }
        });
        return out;
    }

    private static void add(List<UnmarkedChange> out, String field, Optional<String> a, Optional<String> b) {
        if (!a.equals(b)) {
            out.add(UnmarkedChange.of(field, a, b));
        }
    }

    private static Optional<String> joined(List<Revision> h) {
        if (h.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        for (Revision r : h) {
            sb.append(sb.length() == 0 ? "" : "; ").append(r);
        }
        return Optional.of(sb.toString());
    }
}
