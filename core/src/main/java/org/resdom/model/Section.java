package org.resdom.model;

import java.util.List;
import java.util.Optional;

/**
 * A preamble or operative section: a heading phrase and the paragraphs it introduces.
 * In ITU style the phrase stands on a line of its own ({@code considérant}); in UN style the
 * phrase opens the paragraph's own line ({@code Recalling the outcome …}), which
 * {@link #runIn()} records: the first paragraph then continues the heading's line.
 */
public sealed interface Section extends Node permits PreambleSection, OperativeSection {

    /** @return the paragraphs, in order */
    List<Paragraph> paragraphs();

    /** @return whether the first paragraph continues the heading's line */
    boolean runIn();

    /** @return the heading as written, if the section has one (an operative section may not) */
    Optional<String> headingText();
}
