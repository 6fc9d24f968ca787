package uz.muhokama.drafts.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uz.muhokama.shared.ui.SectionOverview;

/** The entry page of the drafts part. */
@Route("drafts")
@AnonymousAllowed
class DraftsView extends SectionOverview {

    DraftsView() {
        super("drafts", VaadinIcon.COMMENTS_O, 4);
    }
}
