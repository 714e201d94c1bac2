package org.resdom.io;

/**
 * A writer refuses content its format has no form for, which would read back changed (in plain
 * text: text holding the mark-up {@code {/}} or {@code {+ +}} itself, a line break in a heading, a
 * label or a phrase). Nothing of the document is changed; the message says what was refused, where,
 * and which formats carry it. A user's error about the document, not a failure of the writer: the
 * command line reports it as such.
 */
public class WriteRefusedException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what is refused, where, and what to write instead
     * @throws NullPointerException if the message is null
     */
    public WriteRefusedException(String message) {
        super(java.util.Objects.requireNonNull(message, "message must not be null"));
    }
}
