package uz.muhokama.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;

/** A friendly, translated error page: the status, what happened in plain words, and a way home. Never a stack trace. */
abstract class ErrorPage extends Main implements HasDynamicTitle {

    private String titleKey = "error.notFound.title";

    ErrorPage() {
        addClassNames("page", "error-page");
    }

    protected int show(int status, String key) {
        titleKey = "error." + key + ".title";
        removeAll();
        Span code = new Span(String.valueOf(status));
        code.addClassName("error-code");
        Anchor home = new Anchor("", getTranslation("error.home"));
        home.addClassName("error-home");
        add(code, new H1(getTranslation(titleKey)), new Paragraph(getTranslation("error." + key + ".text")), home);
        setId("error-" + status);
        return status;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.name");
    }
}
