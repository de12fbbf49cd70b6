package com.savweb.core.error;

import java.util.List;

/**
 * A request that cannot be carried out, with a code for programs and a message key (and its
 * arguments) that is turned into a sentence in the caller's language at the HTTP boundary.
 *
 * <p>{@code details} may list the fields at fault, e.g. {@code ["subject"]}.
 */
public class SavException extends RuntimeException {

    private final ErrorCode code;
    private final String messageKey;
    private final List<String> details;
    private final transient Object[] arguments;

    /** A failure whose message is the default one for its code. */
    public SavException(ErrorCode code) {
        this(code, "error." + code.wireName(), List.of());
    }

    /** A failure with a specific message key, the fields at fault, and message arguments. */
    public SavException(ErrorCode code, String messageKey, List<String> details,
            Object... arguments) {
        super(code.wireName() + ": " + messageKey);
        this.code = code;
        this.messageKey = messageKey;
        this.details = List.copyOf(details);
        this.arguments = arguments.clone();
    }

    /** A failure with a specific message key and arguments. */
    public static SavException of(ErrorCode code, String messageKey, Object... arguments) {
        return new SavException(code, messageKey, List.of(), arguments);
    }

    /** What went wrong, for programs. */
    public ErrorCode code() {
        return code;
    }

    /** The key of the human sentence in the message bundles. */
    public String messageKey() {
        return messageKey;
    }

    /** The fields at fault, possibly empty. */
    public List<String> details() {
        return details;
    }

    /** The arguments of the human sentence. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
