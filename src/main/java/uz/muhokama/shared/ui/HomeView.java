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
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import uz.muhokama.shared.HomeHighlights;
import uz.muhokama.shared.SupportedLocale;

/** The front page: what Muhokama is, and a door to each of its three parts. */
@Route("")
@AnonymousAllowed
public class HomeView extends Main implements LocaleChangeObserver, HasDynamicTitle {

    private static final int ITEMS = 5;

    private final transient List<HomeHighlights> highlights;

    HomeView(ObjectProvider<HomeHighlights> highlights) {
        this.highlights = highlights.orderedStream()
                .sorted(Comparator.comparingInt(HomeHighlights::order))
                .toList();
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
        SupportedLocale language = SupportedLocale.closestTo(getLocale());
        Div sections = new Div();
        sections.addClassName("home-highlights");
        for (HomeHighlights part : highlights) {
            List<HomeHighlights.Item> items = part.items(language, ITEMS);
            if (!items.isEmpty()) {
                sections.add(section(part, items));
            }
        }
        add(sections);
    }

    private Section section(HomeHighlights part, List<HomeHighlights.Item> items) {
        UnorderedList list = new UnorderedList();
        for (HomeHighlights.Item item : items) {
            Span title = new Span(item.title());
            title.addClassName("highlight-title");
            Span detail = new Span(item.detail());
            detail.addClassName("highlight-detail");
            Anchor link = new Anchor(item.route(), "");
            link.add(title, detail);
            list.add(new ListItem(link));
        }
        Anchor more = new Anchor(part.moreRoute(), getTranslation("home.more"));
        more.addClassName("highlight-more");
        Section section = new Section(new H2(getTranslation(part.headingKey())), list, more);
        section.addClassName("home-highlight");
        return section;
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
