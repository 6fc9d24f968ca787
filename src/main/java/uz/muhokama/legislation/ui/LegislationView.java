package uz.muhokama.legislation.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uz.muhokama.shared.ui.SectionOverview;

/** The entry page of the legislation part. */
@Route("legislation")
@AnonymousAllowed
class LegislationView extends SectionOverview {

    LegislationView() {
        super("legislation", VaadinIcon.BOOK, 4);
    }
}
