package uz.muhokama.drafts.internal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import uz.muhokama.drafts.RateLimitedException;

/**
 * Per-account and per-address limits on comments and on votes (on comments and support/oppose on drafts), in memory
 * like the sign-in throttle: one token bucket per account and one per client address, each with a per-minute and a
 * per-day limit, the least recently seen forgotten first. Addresses get higher limits than accounts because an
 * office, a school or a mobile carrier puts many people behind one address. {@code muhokama.limits.enabled=false}
 * switches every limit off (load benchmarks).
 */
@Component
public class ParticipationLimits {

    private static final int MAX_KEYS = 100_000;

    /** What is being limited, with its per-account and per-address allowances. */
    private record Kind(String name, Limit account, Limit address) {
    }

    private record Limit(long perMinute, long perDay) {
    }

    private final boolean enabled;
    private final Kind comments;
    private final Kind votes;
    private final Map<String, Bucket> buckets = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                    return size() > MAX_KEYS;
                }
            });

    ParticipationLimits(@Value("${muhokama.limits.enabled:true}") boolean enabled,
                        @Value("${muhokama.limits.comments.per-minute:10}") long commentsPerMinute,
                        @Value("${muhokama.limits.comments.per-day:100}") long commentsPerDay,
                        @Value("${muhokama.limits.comments.per-address-per-minute:60}") long commentsPerAddressMinute,
                        @Value("${muhokama.limits.comments.per-address-per-day:3000}") long commentsPerAddressDay,
                        @Value("${muhokama.limits.votes.per-minute:60}") long votesPerMinute,
                        @Value("${muhokama.limits.votes.per-day:1000}") long votesPerDay,
                        @Value("${muhokama.limits.votes.per-address-per-minute:600}") long votesPerAddressMinute,
                        @Value("${muhokama.limits.votes.per-address-per-day:30000}") long votesPerAddressDay) {
        this.enabled = enabled;
        this.comments = new Kind("comment", new Limit(commentsPerMinute, commentsPerDay),
                new Limit(commentsPerAddressMinute, commentsPerAddressDay));
        this.votes = new Kind("vote", new Limit(votesPerMinute, votesPerDay),
                new Limit(votesPerAddressMinute, votesPerAddressDay));
    }

    /**
     * Counts a comment by this person (and from the current request's address).
     *
     * @throws RateLimitedException when either limit is used up; nothing is counted then
     */
    public void comment(long accountId) {
        take(comments, accountId);
    }

    /** Counts a vote on a comment or a stance on a draft, as {@link #comment(long)} does for comments. */
    public void vote(long accountId) {
        take(votes, accountId);
    }

    private void take(Kind kind, long accountId) {
        if (!enabled) {
            return;
        }
        Bucket account = bucket(kind.name() + ":account:" + accountId, kind.account());
        String address = clientAddress();
        Bucket byAddress = address == null ? null : bucket(kind.name() + ":address:" + address, kind.address());
        // Look before taking, so that a refusal by one bucket costs the other nothing.
        refuseIfEmpty(account);
        if (byAddress != null) {
            refuseIfEmpty(byAddress);
            byAddress.tryConsume(1);
        }
        account.tryConsume(1);
    }

    private static void refuseIfEmpty(Bucket bucket) {
        var estimate = bucket.estimateAbilityToConsume(1);
        if (!estimate.canBeConsumed()) {
            throw new RateLimitedException(TimeUnit.NANOSECONDS.toSeconds(estimate.getNanosToWaitForRefill()) + 1);
        }
    }

    private Bucket bucket(String key, Limit limit) {
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.perMinute())
                        .refillIntervally(limit.perMinute(), Duration.ofMinutes(1)).build())
                .addLimit(Bandwidth.builder().capacity(limit.perDay())
                        .refillIntervally(limit.perDay(), Duration.ofDays(1)).build())
                .build());
    }

    /** The address of the current web request (behind a proxy, the forwarded one the server was told to trust). */
    private static String clientAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
