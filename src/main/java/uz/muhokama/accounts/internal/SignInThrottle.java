package uz.muhokama.accounts.internal;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Per-address throttling of failed password sign-ins, in memory (one bucket per client address, the least recently
 * seen forgotten first). Only failures are counted: many people share one address (an office, a school, a mobile
 * carrier's NAT), and their successful sign-ins must not lock each other out.
 */
@Component
public class SignInThrottle {

    private static final int MAX_ADDRESSES = 10_000;

    private final int capacity;
    private final Duration window;
    private final Map<String, Bucket> buckets = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                    return size() > MAX_ADDRESSES;
                }
            });

    SignInThrottle(@Value("${muhokama.sign-in.failures-per-address:20}") int capacity,
                   @Value("${muhokama.sign-in.failure-window:5m}") Duration window) {
        this.capacity = capacity;
        this.window = window;
    }

    /** Whether an attempt from this address may go ahead. */
    public boolean allows(String address) {
        return bucket(address).getAvailableTokens() > 0;
    }

    public void recordFailure(String address) {
        bucket(address).tryConsume(1);
    }

    private Bucket bucket(String address) {
        return buckets.computeIfAbsent(address == null ? "" : address, key -> Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window))
                .build());
    }
}
