package uz.muhokama.problems.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import uz.muhokama.problems.CategorySetup;
import uz.muhokama.problems.ProblemSetupService;
import uz.muhokama.shared.Roles;

/**
 * The categories of problem reports for administrators: each one's code, names, group, answer deadline and questions,
 * and whether people may report in it. A tap on a row opens the form.
 */
@Route("admin/problem-categories")
@RolesAllowed(Roles.ADMIN)
class CategoriesView extends Main implements LocaleChangeObserver, HasDynamicTitle {

    private static final int NARROW_PX = 700;

    private final transient ProblemSetupService setup;
    private final H1 title = new H1();
    private final Paragraph lead = new Paragraph();
    private final Button create = new Button(VaadinIcon.PLUS.create());
    private final Grid<CategorySetup> grid = new Grid<>();
    private final Grid.Column<CategorySetup> codeColumn;
    private final Grid.Column<CategorySetup> nameColumn;
    private final Grid.Column<CategorySetup> groupColumn;
    private final Grid.Column<CategorySetup> deadlineColumn;
    private final Grid.Column<CategorySetup> questionsColumn;
    private final Grid.Column<CategorySetup> reportsColumn;
    private final Grid.Column<CategorySetup> stateColumn;

    CategoriesView(ProblemSetupService setup) {
        this.setup = setup;
        addClassNames("page", "admin-page", "problems-admin-page");
        lead.addClassName("lead");
        create.setId("problem-category-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> new CategoryDialog(setup, null, this::refresh).open());
        Div toolbar = new Div(create);
        toolbar.addClassName("admin-toolbar");

        grid.setId("problem-categories-grid");
        grid.addClassName("admin-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        codeColumn = grid.addColumn(c -> c.category().code()).setAutoWidth(true).setFlexGrow(0);
        nameColumn = grid.addComponentColumn(this::name).setFlexGrow(3);
        groupColumn = grid.addColumn(c -> getTranslation("problems.group." + c.category().group().code()))
                .setFlexGrow(1);
        deadlineColumn = grid.addColumn(c -> getTranslation("problems.admin.category.days",
                c.category().deadlineDays())).setAutoWidth(true).setFlexGrow(0);
        questionsColumn = grid.addColumn(c -> c.category().questions().size()).setAutoWidth(true).setFlexGrow(0);
        reportsColumn = grid.addColumn(CategorySetup::reportCount).setAutoWidth(true).setFlexGrow(0);
        stateColumn = grid.addComponentColumn(this::state).setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> new CategoryDialog(setup, e.getItem(), this::refresh).open());

        add(title, new ProblemAdminTabs(), lead, toolbar, grid);
        addAttachListener(attach -> {
            ExtendedClientDetails details = attach.getUI().getPage().getExtendedClientDetails();
            if (details != null) {
                fit(details.getWindowInnerWidth());
            }
            Registration resize = attach.getUI().getPage().addBrowserWindowResizeListener(e -> fit(e.getWidth()));
            addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
        refresh();
    }

    private Component name(CategorySetup c) {
        Span name = new Span(c.category().name(getLocale()));
        name.setId("problem-category-row-" + c.category().code());
        return name;
    }

    private Component state(CategorySetup c) {
        Span badge = new Span(getTranslation(c.active() ? "problems.admin.category.active"
                : "problems.admin.category.inactive"));
        badge.getElement().getThemeList().add(c.active() ? "badge success pill" : "badge contrast pill");
        return badge;
    }

    private void refresh() {
        grid.setItems(setup.categoriesForSetup());
    }

    /** On a phone the grid keeps the name, the deadline and the state; the rest is in the form. */
    private void fit(int width) {
        boolean narrow = width > 0 && width < NARROW_PX;
        codeColumn.setVisible(!narrow);
        groupColumn.setVisible(!narrow);
        questionsColumn.setVisible(!narrow);
        reportsColumn.setVisible(!narrow);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("problems.admin.categories.title"));
        lead.setText(getTranslation("problems.admin.categories.lead"));
        create.setText(getTranslation("problems.admin.categories.new"));
        codeColumn.setHeader(getTranslation("problems.admin.category.code"));
        nameColumn.setHeader(getTranslation("problems.admin.category.name"));
        groupColumn.setHeader(getTranslation("problems.admin.category.group"));
        deadlineColumn.setHeader(getTranslation("problems.admin.category.deadline"));
        questionsColumn.setHeader(getTranslation("problems.admin.category.questions"));
        reportsColumn.setHeader(getTranslation("problems.admin.category.reports"));
        stateColumn.setHeader(getTranslation("problems.admin.category.state"));
        grid.setEmptyStateText(getTranslation("problems.admin.categories.empty"));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("problems.admin.categories.title") + " · " + getTranslation("app.name");
    }
}
