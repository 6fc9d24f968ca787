package uz.muhokama.accounts;

import java.io.Serial;
import java.util.Optional;

/**
 * Refusal of a request about an account, carrying what to tell the person: a message key of the accounts bundle,
 * its arguments, and the form field it is about (if any). Thrown before anything is written, or it rolls back.
 */
public class AccountException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Field names as used by {@link #field()}. */
    public static final String EMAIL = "email";
    public static final String DISPLAY_NAME = "displayName";
    public static final String PASSWORD = "password";
    public static final String PASSWORD_REPEAT = "passwordRepeat";
    public static final String CURRENT_PASSWORD = "currentPassword";
    public static final String CONSENT = "consent";

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public AccountException(String messageKey, String field, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments.clone();
    }

    public AccountException(String messageKey) {
        this(messageKey, null);
    }

    public String messageKey() {
        return messageKey;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
