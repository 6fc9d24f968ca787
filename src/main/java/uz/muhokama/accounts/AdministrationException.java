package uz.muhokama.accounts;

import java.io.Serial;

/**
 * An administrator's request that breaks a rule (a taken code, an unknown e-mail, the last administrator). Carries the
 * message key to show, its arguments, and the input field it concerns, if any; nothing was changed.
 */
public class AdministrationException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public AdministrationException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** A rule that concerns no single input field. */
    public static AdministrationException of(String messageKey, Object... arguments) {
        return new AdministrationException(null, messageKey, arguments);
    }

    /** The input it concerns ({@code code}, {@code type}, {@code parent}, {@code name.<language tag>}, {@code email}), or {@code null}. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
