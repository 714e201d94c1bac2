package org.resdom.model;

import java.util.List;
import java.util.Optional;

/**
 * What an insertion and a deletion have in common: the marked content, and who made the
 * change, when, and in which move. Writers map both kinds of mark through this one view; the
 * kind itself is the node's type ({@link Inserted} or {@link Deleted}).
 */
public sealed interface RevisionMark permits Inserted, Deleted {

    /** @return the content the change inserted or deleted */
    List<Inline> content();

    /** @return who made the change, if known */
    Optional<String> author();

    /** @return when, as the source wrote it, if known */
    Optional<String> date();

    /** @return the name of the move this mark is part of, if any */
    Optional<String> move();
}
