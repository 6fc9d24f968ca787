package uz.muhokama.legislation.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteParameters;
import java.util.Optional;
import uz.muhokama.legislation.ActDetails;
import uz.muhokama.legislation.ActService;

/** The act an address names ({@code act/uz/:type/:year/:number/…}); an unknown act shows the 404 page. */
final class ActRoute {

    private ActRoute() {
    }

    static Optional<ActDetails> find(BeforeEnterEvent event, ActService acts) {
        RouteParameters params = event.getRouteParameters();
        String uri = "/act/uz/" + params.get("type").orElse("") + "/" + params.get("year").orElse("") + "/"
                + params.get("number").orElse("");
        Optional<ActDetails> act = acts.byUri(uri);
        if (act.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
        }
        return act;
    }
}
