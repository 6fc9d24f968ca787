package uz.muhokama.problems.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uz.muhokama.shared.ui.SectionOverview;

/** The entry page of the problems part. */
@Route("problems")
@AnonymousAllowed
class ProblemsView extends SectionOverview {

    ProblemsView() {
        super("problems", VaadinIcon.WRENCH, 4);
    }
}
