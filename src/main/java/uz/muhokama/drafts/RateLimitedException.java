package uz.muhokama.drafts;

/**
 * A comment or vote refused because the person or their network address sent too many in a short time
 * ({@code drafts.limits.tooMany}); the HTTP API answers it with 429 and a {@code Retry-After} of
 * {@link #retryAfterSeconds()}.
 */
public class RateLimitedException extends DraftException {

    private final long retryAfterSeconds;

    public RateLimitedException(long retryAfterSeconds) {
        super("drafts.limits.tooMany");
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Whole minutes to wait, at least one: the message says "try again in {0} minutes". */
    public long retryAfterMinutes() {
        return (retryAfterSeconds + 59) / 60;
    }

    @Override
    public Object[] messageArguments() {
        return new Object[] {retryAfterMinutes()};
    }
}
