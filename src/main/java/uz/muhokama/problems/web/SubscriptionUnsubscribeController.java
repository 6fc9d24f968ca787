package uz.muhokama.problems.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import uz.muhokama.problems.ProblemSubscriptionService;

/**
 * The one-click unsubscribe address of a subscription's mails (RFC 8058): a mail program POSTs
 * {@code List-Unsubscribe=One-Click} to it without a session or CSRF token, and the subscription stops. A GET (a
 * person opening the address, or a link scanner) only leads to the page that asks first, so a scanner following links
 * never stops anything.
 */
@RestController
class SubscriptionUnsubscribeController {

    static final String PATH = "/problems/subscriptions/unsubscribe/{token}";

    private final ProblemSubscriptionService subscriptions;

    SubscriptionUnsubscribeController(ProblemSubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @PostMapping(PATH)
    ResponseEntity<Void> oneClick(@PathVariable String token) {
        subscriptions.unsubscribe(token);
        // The same answer for an unknown token, so the address reveals nothing about which tokens exist.
        return ResponseEntity.ok().build();
    }

    @GetMapping(PATH)
    ResponseEntity<Void> ask(@PathVariable String token) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create("/problems/subscriptions/stop/" + token.replaceAll("[^A-Za-z0-9_-]", "")))
                .build();
    }
}
