package uz.muhokama.shared.ui;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sign-in links that bring the person back to the page they were reading ({@code sign-in?continue=/drafts/12}).
 * Only a path of this application is ever followed back, never another site (an open redirect).
 */
public final class SignInLinks {

    /** The query parameter that names the page to return to. */
    public static final String CONTINUE = "continue";

    private static final Pattern LOCAL_PATH = Pattern.compile("/[A-Za-z0-9._~!$&'()*+,;=:@%/?-]{0,500}");

    private SignInLinks() {
    }

    /** The sign-in address that returns to this application path (for example {@code /drafts/12}). */
    public static String to(String path) {
        return safe(path).map(p -> "sign-in?" + CONTINUE + "=" + URLEncoder.encode(p, StandardCharsets.UTF_8))
                .orElse("sign-in");
    }

    /** The query of a navigation to the sign-in page that returns to this location afterwards. */
    public static QueryParameters returningTo(Location location) {
        String path = "/" + location.getPathWithQueryParameters();
        return safe(path).filter(p -> !p.startsWith("/sign-in")).map(p -> QueryParameters.of(CONTINUE, p))
                .orElse(QueryParameters.empty());
    }

    /** The path if it is one of this application's own ({@code /…}, not {@code //host} or {@code /\host}). */
    public static Optional<String> safe(String path) {
        if (path == null || path.startsWith("//") || !LOCAL_PATH.matcher(path).matches()) {
            return Optional.empty();
        }
        return Optional.of(path);
    }
}
