package uz.muhokama.accounts.internal;

import java.time.Duration;

/** What a one-time token sent by e-mail is for, and how long it is valid. */
public enum TokenPurpose {
    CONFIRM_EMAIL(Duration.ofHours(48)),
    RESET_PASSWORD(Duration.ofHours(1));

    private final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}
