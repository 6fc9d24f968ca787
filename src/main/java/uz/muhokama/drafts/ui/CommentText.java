package uz.muhokama.drafts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A comment's plain text as readers see it: text nodes only, so nothing a person typed is ever markup, with web
 * addresses (http and https, nothing else) made into links that search engines do not count and that cannot reach
 * back into this page.
 */
final class CommentText {

    static final String REL = "nofollow ugc noopener";

    private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>\"'`]+", Pattern.CASE_INSENSITIVE);
    private static final String TRAILING = ".,;:!?)]}»\"'";

    private CommentText() {
    }

    static Div of(String text) {
        Div body = new Div();
        body.addClassName("comment-body");
        parts(text).forEach(body::add);
        return body;
    }

    static List<Component> parts(String text) {
        List<Component> parts = new ArrayList<>();
        Matcher m = ADDRESS.matcher(text == null ? "" : text);
        int position = 0;
        while (m.find()) {
            String address = m.group();
            while (!address.isEmpty() && TRAILING.indexOf(address.charAt(address.length() - 1)) >= 0) {
                address = address.substring(0, address.length() - 1);
            }
            if (!isWebAddress(address)) {
                continue;
            }
            if (m.start() > position) {
                parts.add(new Text(text.substring(position, m.start())));
            }
            Anchor link = new Anchor(address, address);
            link.setTarget(AnchorTarget.BLANK);
            link.setRouterIgnore(true);
            link.getElement().setAttribute("rel", REL);
            parts.add(link);
            position = m.start() + address.length();
        }
        if (position < (text == null ? 0 : text.length())) {
            parts.add(new Text(text.substring(position)));
        }
        return parts;
    }

    private static boolean isWebAddress(String address) {
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme();
            return uri.getHost() != null && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
