package uz.muhokama.accounts.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import uz.muhokama.accounts.AccountException;

/** Server-side checks of what people type into account forms, shared by sign-up, profile and administration. */
@Component
public class AccountInput {

    public static final int MAX_EMAIL = 254;
    public static final int MAX_DISPLAY_NAME = 100;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final PasswordPolicy passwords;

    AccountInput(PasswordPolicy passwords) {
        this.passwords = passwords;
    }

    /** Addresses are kept lower case, so that sign-in ignores case. */
    public static String normalizeEmail(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    public String email(String raw) {
        String email = normalizeEmail(raw);
        if (email.isEmpty()) {
            throw new AccountException("accounts.email.required", AccountException.EMAIL);
        }
        if (email.length() > MAX_EMAIL) {
            throw new AccountException("accounts.email.tooLong", AccountException.EMAIL, MAX_EMAIL);
        }
        if (!EMAIL.matcher(email).matches()) {
            throw new AccountException("accounts.email.invalid", AccountException.EMAIL);
        }
        return email;
    }

    public String displayName(String raw) {
        String name = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw new AccountException("accounts.displayName.required", AccountException.DISPLAY_NAME);
        }
        if (name.codePointCount(0, name.length()) > MAX_DISPLAY_NAME || name.length() > MAX_DISPLAY_NAME) {
            throw new AccountException("accounts.displayName.tooLong", AccountException.DISPLAY_NAME,
                    MAX_DISPLAY_NAME);
        }
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            throw new AccountException("accounts.displayName.invalid", AccountException.DISPLAY_NAME);
        }
        return name;
    }

    /** Checks a new password and its repetition. */
    public void newPassword(String password, String repeat, String email) {
        List<String> broken = passwords.violations(password, email);
        if (!broken.isEmpty()) {
            throw new AccountException(broken.getFirst(), AccountException.PASSWORD, PasswordPolicy.MIN_LENGTH,
                    PasswordPolicy.MAX_LENGTH);
        }
        if (!password.equals(repeat)) {
            throw new AccountException("accounts.password.mismatch", AccountException.PASSWORD_REPEAT);
        }
    }
}
