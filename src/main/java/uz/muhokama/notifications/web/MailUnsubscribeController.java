package uz.muhokama.notifications.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uz.muhokama.notifications.NoticeKind;
import uz.muhokama.notifications.NoticeService;

/**
 * The address in each notice mail's {@code List-Unsubscribe} header. A mail program's "unsubscribe" button POSTs
 * here (RFC 8058 one-click) and the kind of mail stops at once; a GET, which link scanners also send, changes nothing
 * and leads to the page where a person confirms.
 */
@RestController
@RequestMapping("/mail/unsubscribe/{token}")
class MailUnsubscribeController {

    private final NoticeService notices;

    MailUnsubscribeController(NoticeService notices) {
        this.notices = notices;
    }

    @PostMapping(produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> oneClick(@PathVariable String token, @RequestParam(required = false) String kind) {
        return notices.stopMail(token, kind(kind))
                ? ResponseEntity.ok("unsubscribed")
                : ResponseEntity.status(HttpStatus.NOT_FOUND).body("unknown link");
    }

    @GetMapping
    ResponseEntity<Void> page(@PathVariable String token, @RequestParam(required = false) String kind) {
        String query = kind(kind) == null ? "" : "?kind=" + kind;
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create("/notices/stop/" + URLEncoder.encode(token, StandardCharsets.UTF_8) + query))
                .build();
    }

    /** The named kind, or null (every kind) for none or an unknown name. */
    static NoticeKind kind(String name) {
        return Arrays.stream(NoticeKind.values()).filter(k -> k.name().equals(name)).findFirst().orElse(null);
    }
}
