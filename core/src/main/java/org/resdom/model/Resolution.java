package org.resdom.model;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.resdom.internal.Checks;

/**
 * A resolution (or decision, recommendation, opinion): the root of the model.
 *
 * <h2>Element identifiers</h2>
 * {@link #elements()} gives every node but {@link Text} an identifier in the Akoma Ntoso
 * style, computed from the structure and unique in the document:
 * <ul>
 * <li>the opening formula: {@code preamble__formula_1};</li>
 * <li>preamble section <i>i</i>: {@code preamble__container_i}, its paragraphs
 * {@code preamble__container_i__list_1__item_a} (from the label);</li>
 * <li>operative section <i>j</i>: {@code hcontainer_j}, its paragraphs {@code hcontainer_j__para_3};</li>
 * <li>sub-items: {@code hcontainer_j__para_4__list_1__point_ii};</li>
 * <li>annex <i>k</i>: {@code att_k}, its paragraphs {@code att_k__para_1};</li>
 * <li>inline nodes, numbered per type within their parent: {@code …__ref_2}, {@code …__noteRef_1},
 * {@code …__authorialNote_1}, {@code …__ins_1}, {@code …__del_1}, {@code …__anchor_1},
 * {@code …__bracket_1}, {@code …__unrecognized_1}.</li>
 * </ul>
 * A paragraph's key is its label's value and suffix reduced to {@code [a-z0-9-]}
 * ({@code 1.2} gives {@code 1-2}, {@code b)bis} gives {@code bbis}); unlabelled, dash and bullet
 * paragraphs take their 1-based position; a key already used among the siblings gets
 * {@code _2}, {@code _3} … The resolution itself has the empty identifier.
 *
 * <h2>Equality</h2>
 * Two resolutions are equal when their content is: identity, formula, sections, annexes and
 * metadata. The {@linkplain #hints() source hints} and the spans, which say how and where the
 * document was read rather than what it says, take no part in {@code equals} or
 * {@code hashCode}.
 *
 * <h2>Metadata keys that are hints</h2>
 * A metadata key in a hint namespace ({@link SourceHints#isHintKey(String)}: {@code text.},
 * {@code akn.}, {@code json.}, {@code layout.} … and a plug-in's own) is not metadata: every way
 * of making a resolution (the constructors, {@link #withMetadata(Map)},
 * {@link Builder#metadata(String, String)}) moves it into the hints, where it takes no part in
 * {@code equals}, and {@link #metadata()} never holds it. So
 * {@code r.withMetadata(Map.of("json.source", "x"))} equals {@code r.withMetadata(Map.of())},
 * its {@code metadata()} is empty and {@code hints().get("json.source")} gives {@code "x"}
 * (unless {@code r} already had that hint: the hints already there win). Give content a key
 * outside those namespaces ({@code "source"}) to have it compared.
 *
 * @param identity body, number, title, language and history
 * @param formula the opening formula, if any
 * @param preamble the preamble sections
 * @param operative the operative sections
 * @param annexes the annexes
 * @param metadata further facts as key/value pairs (sorted by key) that the model has no place
 *        for; never a key of a {@linkplain SourceHints#isHintKey(String) hint namespace}
 * @param hints what the reader noted about the source's presentation and its own metadata, for
 *        a writer of the same format; not part of {@code equals}
 * @param span where it came from, if known; not part of {@code equals}
 */
public record Resolution(
        Identity identity,
        Optional<OpeningFormula> formula,
        List<PreambleSection> preamble,
        List<OperativeSection> operative,
        List<Annex> annexes,
        Map<String, String> metadata,
        SourceHints hints,
        Optional<SourceSpan> span)
        implements Node {

    /**
     * Checks for nulls and copies lists and the metadata. A metadata key of a hint namespace
     * ({@code text.newline}, {@code akn.date}) is moved into the hints, the value given in
     * {@code hints} winning where both have the key.
     */
    public Resolution {
        Checks.notNull(identity, "identity");
        Checks.optional(formula, "formula");
        preamble = Checks.list(preamble, "preamble");
        operative = Checks.list(operative, "operative");
        annexes = Checks.list(annexes, "annexes");
        metadata = Checks.map(metadata, "metadata");
        Checks.notNull(hints, "hints");
        Checks.optional(span, "span");
        boolean anyHint = false;
        for (String k : metadata.keySet()) {
            if (SourceHints.isHintKey(k)) {
                anyHint = true;
                break;
            }
        }
        if (anyHint) {
            Map<String, String> facts = new TreeMap<>();
            Map<String, String> moved = new TreeMap<>();
            for (Map.Entry<String, String> e : metadata.entrySet()) {
                (SourceHints.isHintKey(e.getKey()) ? moved : facts).put(e.getKey(), e.getValue());
            }
            metadata = Checks.map(facts, "metadata");
            hints = SourceHints.of(moved).plus(hints);
        }
    }

    /**
     * A resolution with no source hints (but those among the metadata's keys, which are moved
     * into the hints).
     *
     * @param identity body, number, title, language and history
     * @param formula the opening formula, if any
     * @param preamble the preamble sections
     * @param operative the operative sections
     * @param annexes the annexes
     * @param metadata further facts as key/value pairs
     * @param span where it came from, if known
     */
    public Resolution(
            Identity identity,
            Optional<OpeningFormula> formula,
            List<PreambleSection> preamble,
            List<OperativeSection> operative,
            List<Annex> annexes,
            Map<String, String> metadata,
            Optional<SourceSpan> span) {
        this(identity, formula, preamble, operative, annexes, metadata, SourceHints.none(), span);
    }

    /**
     * A resolution with nothing in it but an identity.
     *
     * @param identity the identity
     * @return the resolution
     */
    public static Resolution empty(Identity identity) {
        return new Resolution(
                identity,
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                Map.of(),
                SourceHints.none(),
                Optional.empty());
    }

    /**
     * Starts building a resolution.
     *
     * @param identity the identity
     * @return a builder
     */
    public static Builder builder(Identity identity) {
        return new Builder(identity);
    }

    /**
     * The action of every operative paragraph, in order, classified in the document's language
     * with its body's convention: see {@link OperativeSection#actions(Language, Body)}.
     *
     * @return one phrase per top-level operative paragraph
     */
    public List<OperativePhrase> operativeActions() {
        List<OperativePhrase> out = new java.util.ArrayList<>();
        for (OperativeSection s : operative) {
            out.addAll(s.actions(identity.language(), identity.body()));
        }
        return List.copyOf(out);
    }

    /** @return all sections, preamble first */
    public List<Section> sections() {
        List<Section> all = new ArrayList<>(preamble.size() + operative.size());
        all.addAll(preamble);
        all.addAll(operative);
        return List.copyOf(all);
    }

    /** @return every footnote body, in document order */
    public List<Footnote> footnotes() {
        return find(Footnote.class).toList();
    }

    /** @return every citation, in document order */
    public List<Citation> citations() {
        return find(Citation.class).toList();
    }

    /**
     * Every node but {@link Text}, with its identifier and parent, in document order. Computed
     * in one pass over the document (linear in its size); the last document's list is kept, so
     * that calling again on the same instance (a reader checking identifiers, then a writer, or
     * several writers) does not compute it again.
     *
     * @return the located nodes
     */
    public List<Located<Node>> elements() {
        return ElementIds.of(this);
    }

    /**
     * The nodes of a type with their identifiers, in document order.
     *
     * @param <T> the type
     * @param type the type, such as {@code Citation.class}
     * @return the located nodes
     */
    public <T extends Node> Stream<Located<T>> locate(Class<T> type) {
        Checks.notNull(type, "type");
        return elements().stream().filter(l -> type.isInstance(l.node())).map(l -> {
            @SuppressWarnings("unchecked")
            Located<T> t = (Located<T>) (Located<?>) l;
            return t;
        });
    }

    /**
     * Finds a node by identifier.
     *
     * @param id an identifier such as {@code hcontainer_2__para_1}
     * @return the located node, if any
     */
    public Optional<Located<Node>> byId(String id) {
        Checks.notNull(id, "id");
        return elements().stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /**
     * The identifier of a node of this document, found by identity (the very instance, not an
     * equal one).
     *
     * @param node a node taken from this document
     * @return its identifier, if the node is in this document and is not a {@link Text}
     */
    public Optional<String> idOf(Node node) {
        Checks.notNull(node, "node");
        Map<Node, String> ids = new IdentityHashMap<>();
        for (Located<Node> l : elements()) {
            ids.putIfAbsent(l.node(), l.id());
        }
        return Optional.ofNullable(ids.get(node));
    }

    /**
     * This document with every revision mark applied (insertions kept, deletions dropped): the
     * text after the revision, as an ordinary document. See {@link Revisions}.
     *
     * @return the accepted version; this document itself when it has no mark
     */
    public Resolution accepted() {
        return Revisions.accepted(this);
    }

    /**
     * This document with every revision mark undone (deletions kept, insertions dropped): the
     * text before the revision, as an ordinary document. See {@link Revisions}.
     *
     * @return the rejected version
     */
    public Resolution rejected() {
        return Revisions.rejected(this);
    }

    /**
     * @param value the new identity
     * @return a copy with that identity
     */
    public Resolution withIdentity(Identity value) {
        return new Resolution(value, formula, preamble, operative, annexes, metadata, hints, span);
    }

    /**
     * A copy with other metadata. A key of a hint namespace ({@code json.source},
     * {@code text.newline}) does not stay metadata: it is moved into the hints, so it is left out of
     * {@link #metadata()} and of {@code equals}, and where this resolution already has that hint
     * its value is kept and the one given is dropped (see the class comment).
     *
     * @param value the new metadata
     * @return a copy with that metadata (less the hint keys) and this one's hints, plus the hint
     *         keys of {@code value} it did not have
     */
    public Resolution withMetadata(Map<String, String> value) {
        return new Resolution(identity, formula, preamble, operative, annexes, value, hints, span);
    }

    /**
     * @param value the new source hints
     * @return a copy with those hints (equal to this one: hints are not content)
     */
    public Resolution withHints(SourceHints value) {
        return new Resolution(identity, formula, preamble, operative, annexes, metadata, value, span);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitResolution(this);
    }

    /** @return formula, preamble sections, operative sections and annexes, in that order */
    @Override
    public List<Node> children() {
        List<Node> all = new ArrayList<>();
        formula.ifPresent(all::add);
        all.addAll(preamble);
        all.addAll(operative);
        all.addAll(annexes);
        return all;
    }

    /** Equal when everything but the hints and the spans is equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Resolution o
                && identity.equals(o.identity)
                && formula.equals(o.formula)
                && preamble.equals(o.preamble)
                && operative.equals(o.operative)
                && annexes.equals(o.annexes)
                && metadata.equals(o.metadata);
    }

    @Override
    public int hashCode() {
        return Objects.hash(identity, formula, preamble, operative, annexes, metadata);
    }

    /**
     * Builds a resolution. Sections and paragraphs are built inside lambdas, so no half-built
     * part can escape: each lambda's result is taken when it returns. A builder is not
     * thread-safe; the resolution it builds is.
     *
     * <pre>{@code
     * Resolution r = Resolution.builder(Identity.of(Body.ITU_PP, DocumentKind.RESOLUTION, "71", Language.ENGLISH))
     *     .formula("The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),")
     *     .preamble("considering", s -> s
     *         .item("a)", "the relevant provisions of the Constitution;")
     *         .item("b)", p -> p.text("the results of ").cite(citation).text(",")))
     *     .operative("resolves", s -> s.item("1", "to adopt the strategic plan."))
     *     .build();
     * }</pre>
     */
    public static final class Builder {
        private Identity identity;
        private OpeningFormula formula;
        private final List<PreambleSection> preamble = new ArrayList<>();
        private final List<OperativeSection> operative = new ArrayList<>();
        private final List<Annex> annexes = new ArrayList<>();
        private final Map<String, String> metadata = new LinkedHashMap<>();
        private SourceHints hints = SourceHints.none();

        private Builder(Identity identity) {
            this.identity = Checks.notNull(identity, "identity");
        }

        /**
         * @param value the identity
         * @return this builder
         */
        public Builder identity(Identity value) {
            this.identity = Checks.notNull(value, "value");
            return this;
        }

        /**
         * @param text the opening formula as plain text
         * @return this builder
         */
        public Builder formula(String text) {
            this.formula = OpeningFormula.of(text);
            return this;
        }

        /**
         * @param value the opening formula
         * @return this builder
         */
        public Builder formula(OpeningFormula value) {
            this.formula = Checks.notNull(value, "value");
            return this;
        }

        /**
         * Adds a preamble section.
         *
         * @param phrase the phrase as written, classified by {@link PreamblePhrase#of(String)}
         * @param body fills the section
         * @return this builder
         */
        public Builder preamble(String phrase, Consumer<SectionBuilder> body) {
            return preamble(PreamblePhrase.of(phrase), body);
        }

        /**
         * Adds a preamble section.
         *
         * @param phrase the phrase
         * @param body fills the section
         * @return this builder
         */
        public Builder preamble(PreamblePhrase phrase, Consumer<SectionBuilder> body) {
            SectionBuilder b = new SectionBuilder();
            Checks.notNull(body, "body").accept(b);
            preamble.add(new PreambleSection(phrase, b.runIn, b.build(), Optional.empty()));
            return this;
        }

        /**
         * Adds an operative section.
         *
         * @param heading the heading as written, classified by {@link OperativePhrase#of(String)}
         * @param body fills the section
         * @return this builder
         */
        public Builder operative(String heading, Consumer<SectionBuilder> body) {
            return operative(Optional.of(OperativePhrase.of(heading)), body);
        }

        /**
         * Adds an operative section.
         *
         * @param phrase the heading, or empty for UN-style numbered paragraphs
         * @param body fills the section
         * @return this builder
         */
        public Builder operative(Optional<OperativePhrase> phrase, Consumer<SectionBuilder> body) {
            SectionBuilder b = new SectionBuilder();
            Checks.notNull(body, "body").accept(b);
            operative.add(new OperativeSection(phrase, b.runIn, b.build(), Optional.empty()));
            return this;
        }

        /**
         * Adds an annex.
         *
         * @param number its number, such as {@code 1}
         * @param heading its heading as written
         * @param body fills the annex; {@link SectionBuilder#runIn(String)} is refused, an annex
         *        having no heading line to continue
         * @return this builder
         * @throws IllegalStateException if the body called {@code runIn}
         */
        public Builder annex(String number, String heading, Consumer<SectionBuilder> body) {
            Checks.notNull(number, "number");
            Checks.notNull(heading, "heading");
            SectionBuilder b = new SectionBuilder();
            Checks.notNull(body, "body").accept(b);
            if (b.runIn) {
                // an annex has no phrase whose line a paragraph could continue: refuse rather than drop the flag
                throw new IllegalStateException(
                        "an annex has no heading line to run in: use paragraph(...) instead of runIn(...)");
            }
            annexes.add(new Annex(Optional.of(number), heading, Optional.empty(), b.build(), Optional.empty()));
            return this;
        }

        /**
         * @param value a section built elsewhere
         * @return this builder
         */
        public Builder add(PreambleSection value) {
            preamble.add(Checks.notNull(value, "value"));
            return this;
        }

        /**
         * @param value a section built elsewhere
         * @return this builder
         */
        public Builder add(OperativeSection value) {
            operative.add(Checks.notNull(value, "value"));
            return this;
        }

        /**
         * @param value an annex built elsewhere
         * @return this builder
         */
        public Builder add(Annex value) {
            annexes.add(Checks.notNull(value, "value"));
            return this;
        }

        /**
         * @param key a key; one of a hint namespace ({@code text.newline}, {@code json.source}) sets
         *        a hint instead, outside the metadata and {@code equals} (see {@link Resolution})
         * @param value its value
         * @return this builder
         */
        public Builder metadata(String key, String value) {
            metadata.put(Checks.notNull(key, "key"), Checks.notNull(value, "value"));
            return this;
        }

        /**
         * @param value the source hints
         * @return this builder
         */
        public Builder hints(SourceHints value) {
            this.hints = Checks.notNull(value, "value");
            return this;
        }

        /** @return the resolution */
        public Resolution build() {
            return new Resolution(
                    identity,
                    Optional.ofNullable(formula),
                    preamble,
                    operative,
                    annexes,
                    metadata,
                    hints,
                    Optional.empty());
        }
    }
}
