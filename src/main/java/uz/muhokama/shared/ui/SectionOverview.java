package uz.muhokama.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The page of a part of the platform whose features are still being built: it says honestly what the part is for and
 * what it will offer, from the part's messages {@code <prefix>.title}, {@code .lead}, {@code .feature.1..n}.
 */
public abstract class SectionOverview extends Main implements LocaleChangeObserver, HasDynamicTitle {

    private final String prefix;
    private final VaadinIcon icon;
    private final int features;

    protected SectionOverview(String prefix, VaadinIcon icon, int features) {
        this.prefix = prefix;
        this.icon = icon;
        this.features = features;
        addClassNames("page", "section-overview");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        Icon mark = icon.create();
        mark.addClassName("section-icon");
        H1 title = new H1(getTranslation(prefix + ".title"));
        Div heading = new Div(mark, title);
        heading.addClassName("section-heading");
        Paragraph lead = new Paragraph(getTranslation(prefix + ".lead"));
        lead.addClassName("lead");
        UnorderedList list = new UnorderedList();
        for (int i = 1; i <= features; i++) {
            list.add(new ListItem(getTranslation(prefix + ".feature." + i)));
        }
        Div status = new Div(VaadinIcon.TOOLS.create(), new Paragraph(getTranslation("section.status")));
        status.addClassName("section-status");
        add(heading, lead, new H2(getTranslation("section.whatWillBeHere")), list, status);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(prefix + ".title") + " · " + getTranslation("app.name");
    }
}
