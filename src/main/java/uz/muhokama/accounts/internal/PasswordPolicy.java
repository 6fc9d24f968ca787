package uz.muhokama.accounts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The rules a new password must meet. Each broken rule is reported as a message key of the accounts bundle, in the
 * order a person can best fix them.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    /** The most used passwords of at least ten characters in public breach lists, and local favourites. */
    private static final Set<String> COMMON = Set.of(
            "1234567890", "0123456789", "1q2w3e4r5t", "1qaz2wsx3edc", "qwertyuiop", "qwerty1234", "qwerty12345",
            "password1", "password12", "password123", "password1234", "passw0rd123", "iloveyou12", "abc1234567",
            "abcd123456", "a123456789", "123456789a", "1234567890a", "admin12345", "administrator1",
            "welcome123", "letmein123", "football123", "princess123", "sunshine123", "qwerty123456",
            "parol12345", "parol123456", "parol1234", "toshkent123", "tashkent123", "uzbekistan1", "uzbekistan123",
            "muhokama123", "muhokama2024", "muhokama2025", "muhokama2026", "12345qwert", "qwert12345",
            "zaq12wsx34", "asdfghjkl1", "1234qwerasdf", "q1w2e3r4t5", "11111111aa", "aa11111111");

    /** The message keys of the rules the password breaks; empty when it is acceptable. */
    public List<String> violations(String password, String email) {
        List<String> broken = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            broken.add("accounts.password.required");
            return broken;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            broken.add("accounts.password.tooShort");
        }
        if (length > MAX_LENGTH) {
            broken.add("accounts.password.tooLong");
        }
        if (password.codePoints().noneMatch(Character::isLetter) || password.codePoints().noneMatch(Character::isDigit)) {
            broken.add("accounts.password.lettersAndDigits");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String localPart = localPart(email);
        if (localPart.length() >= 3 && lower.contains(localPart)) {
            broken.add("accounts.password.containsEmail");
        }
        if (COMMON.contains(lower)) {
            broken.add("accounts.password.common");
        }
        return broken;
    }

    private static String localPart(String email) {
        if (email == null) {
            return "";
        }
        int at = email.indexOf('@');
        return (at < 0 ? email : email.substring(0, at)).trim().toLowerCase(Locale.ROOT);
    }
}
