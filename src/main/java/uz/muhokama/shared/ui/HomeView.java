package uz.muhokama.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The front page: what Muhokama is, and a door to each of its three parts. */
@Route("")
@AnonymousAllowed
public class HomeView extends Main implements LocaleChangeObserver, HasDynamicTitle {

    HomeView() {
        addClassNames("page", "home");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        Section hero = new Section(new H1(getTranslation("home.title")), new Paragraph(getTranslation("home.lead")));
        hero.addClassName("hero");
        Div parts = new Div(
                part("drafts", VaadinIcon.COMMENTS_O),
                part("legislation", VaadinIcon.BOOK),
                part("problems", VaadinIcon.WRENCH));
        parts.addClassName("parts");
        add(hero, parts);
    }

    private Anchor part(String route, VaadinIcon icon) {
        Icon mark = icon.create();
        mark.addClassName("part-icon");
        Div text = new Div(new H2(getTranslation(route + ".title")), new Paragraph(getTranslation("home." + route)));
        Anchor card = new Anchor(route, "");
        card.add(mark, text);
        card.addClassName("part-card");
        card.setId("part-" + route);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name") + " · " + getTranslation("home.title");
    }
}
