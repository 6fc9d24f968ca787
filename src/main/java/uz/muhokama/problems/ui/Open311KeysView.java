package uz.muhokama.problems.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uz.muhokama.problems.ApiKey;
import uz.muhokama.problems.ApiKeyService;
import uz.muhokama.problems.ProblemException;
import uz.muhokama.shared.Roles;

/** Administrators issue and revoke the keys Open311 clients need to post requests; a new key is shown once. */
@Route("problems/open311-keys")
@RolesAllowed(Roles.ADMIN)
class Open311KeysView extends Main implements LocaleChangeObserver, HasDynamicTitle {

    private final transient ApiKeyService keys;
    private final Grid<ApiKey> grid = new Grid<>();
    private final Paragraph issued = new Paragraph();

    Open311KeysView(ApiKeyService keys) {
        this.keys = keys;
        addClassNames("page", "problem-keys-page");
        grid.setId("open311-keys-grid");
        issued.setId("open311-key-issued");
        issued.addClassName("problem-key-issued");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        TextField client = new TextField(getTranslation("problems.keys.client"));
        client.setId("open311-key-client");
        client.setMaxLength(200);
        Button issue = new Button(getTranslation("problems.keys.issue"), e -> {
            try {
                ApiKey key = keys.issue(client.getValue());
                issued.setText(getTranslation("problems.keys.issued", key.key()));
                client.clear();
                refresh();
            } catch (ProblemException ex) {
                ProblemTexts.error(this, ex);
            }
        });
        issue.setId("open311-key-issue");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.removeAllColumns();
        grid.addColumn(ApiKey::clientName).setHeader(getTranslation("problems.keys.client"));
        grid.addColumn(k -> k.prefix() + "…").setHeader(getTranslation("problems.keys.prefix"));
        grid.addColumn(k -> ProblemTexts.date(k.createdAt())).setHeader(getTranslation("problems.keys.created"));
        grid.addColumn(new ComponentRenderer<>(k -> {
            if (k.revoked()) {
                return new Paragraph(getTranslation("problems.keys.revoked"));
            }
            Button revoke = new Button(getTranslation("problems.keys.revoke"), e -> {
                keys.revoke(k.id());
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return revoke;
        }));
        Div form = new Div(client, issue);
        form.addClassName("problems-filters");
        add(new H1(getTranslation("problems.keys.title")), form, issued, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(keys.keys());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("problems.keys.title") + " · " + getTranslation("app.name");
    }
}
