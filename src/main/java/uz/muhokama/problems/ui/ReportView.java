package uz.muhokama.problems.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.problems.Category;
import uz.muhokama.problems.ProblemException;
import uz.muhokama.problems.ProblemService;
import uz.muhokama.problems.ProblemStaffService;
import uz.muhokama.problems.ProblemStatus;
import uz.muhokama.problems.ReportDetails;
import uz.muhokama.problems.ReportId;
import uz.muhokama.problems.ReportUpdate;
import uz.muhokama.shared.ui.SignInLinks;

/**
 * A report's page: what, where, who answers and by when, the photos and the public history; for a signed-in person
 * following and "me too", for the reporter confirming or disputing a fix, for the organisation's staff their actions.
 */
@Route("problems/:id([0-9]{1,18})")
@AnonymousAllowed
class ReportView extends Main implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final transient ProblemService problems;
    private final transient ProblemStaffService staff;
    private final transient OrganisationService organisations;
    private ReportId id;
    private transient ReportDetails report;

    ReportView(ProblemService problems, ProblemStaffService staff, OrganisationService organisations) {
        this.problems = problems;
        this.staff = staff;
        this.organisations = organisations;
        addClassNames("page", "problem-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = new ReportId(event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new));
        report = problems.find(id).orElse(null);
        if (report == null) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    void render() {
        removeAll();
        if (report == null) {
            return;
        }
        Category category = problems.category(report.categoryCode()).orElse(null);
        H1 title = new H1(report.title());
        title.setId("problem-title");
        Span status = ProblemTexts.badge(this, report.status());
        status.setId("problem-status");
        Div badges = new Div(status);
        badges.addClassName("problem-badges");
        if (report.overdue()) {
            Span overdue = ProblemTexts.overdue(this);
            overdue.setId("problem-overdue");
            badges.add(overdue);
        }
        RouterLink back = new RouterLink(getTranslation("problems.report.back"), ProblemsView.class);
        back.addClassName("problem-back");
        add(back, title, badges, facts(category));
        Paragraph description = new Paragraph(report.description());
        description.setId("problem-description");
        description.addClassName("problem-description");
        add(description);
        if (!report.answers().isEmpty() && category != null) {
            category.questions().stream().filter(q -> report.answers().containsKey(q.code())).forEach(q -> {
                String value = report.answers().get(q.code());
                String shown = q.values().stream().filter(v -> v.key().equals(value)).map(v -> v.name()).findFirst()
                        .orElse(value);
                add(fact(q.question().in(getLocale()), shown));
            });
        }
        if (!report.photoIds().isEmpty()) {
            add(leadPhoto(report.photoIds().getFirst()));
            if (report.photoIds().size() > 1) {
                add(photos(report.photoIds().subList(1, report.photoIds().size()), "problem-photos"));
            }
        }
        add(actions());
        add(history());
    }

    private Div facts(Category category) {
        Div facts = new Div();
        facts.addClassName("problem-facts");
        facts.add(fact(getTranslation("problems.field.category"), category == null ? report.categoryCode()
                : category.name(getLocale())));
        String place = (report.address() == null ? "" : report.address() + " · ")
                + (report.district() == null ? "" : report.district() + " · ")
                + String.format(java.util.Locale.ROOT, "%.5f, %.5f", report.latitude(), report.longitude());
        facts.add(fact(getTranslation("problems.field.place"), place));
        String organisation = report.organisation() == null ? getTranslation("problems.triage")
                : organisations.find(report.organisation()).map(o -> o.names().in(getLocale())).orElse("");
        Div receiver = fact(getTranslation("problems.field.organisation"), organisation);
        receiver.setId("problem-organisation");
        facts.add(receiver);
        facts.add(fact(getTranslation("problems.field.reporter"), report.reporterName() == null
                ? getTranslation("problems.resident") : report.reporterName()));
        facts.add(fact(getTranslation("problems.field.created"), ProblemTexts.dateTime(report.createdAt())));
        Div deadline = fact(getTranslation("problems.field.deadline"), ProblemTexts.date(report.deadline())
                + (report.extended() ? " · " + getTranslation("problems.report.extended", report.extensionReason())
                : ""));
        deadline.setId("problem-deadline");
        facts.add(deadline);
        if (report.supporters() > 0) {
            facts.add(fact(getTranslation("problems.field.supporters"), String.valueOf(report.supporters())));
        }
        if (report.mergedInto() != null) {
            RouterLink merged = new RouterLink(getTranslation("problems.report.mergedInto", report.mergedInto().value()),
                    ReportView.class, new RouteParameters("id", String.valueOf(report.mergedInto().value())));
            merged.setId("problem-merged-into");
            facts.add(merged);
        }
        if (report.reporterEmail() != null) {
            facts.add(fact(getTranslation("problems.field.reporterEmail"), report.reporterEmail()));
        }
        return facts;
    }

    private static Div fact(String label, String value) {
        Span name = new Span(label);
        name.addClassName("problem-fact-label");
        Span text = new Span(value);
        Div row = new Div(name, text);
        row.addClassName("problem-fact");
        return row;
    }

    /**
     * The report's first photo across the page: the browser picks the size for the screen (a phone the medium size,
     * a wide screen of high density the image itself); it opens the image on its own.
     */
    private Anchor leadPhoto(long photo) {
        String path = "/problem-photos/" + photo;
        Image image = new Image(path + "/medium", getTranslation("problems.report.photoAlt", photo));
        image.getElement().setAttribute("srcset",
                path + "/thumbnail 400w, " + path + "/medium 1024w, " + path + " 2048w");
        image.getElement().setAttribute("sizes", "(max-width: 44rem) 100vw, 40rem");
        image.getElement().setAttribute("decoding", "async");
        Anchor open = new Anchor(path, image);
        open.setTarget("_blank");
        open.setId("problem-photo-" + photo);
        open.addClassName("problem-photo-lead");
        return open;
    }

    private Div photos(List<Long> ids, String cssClass) {
        Div photos = new Div();
        photos.addClassName(cssClass);
        photos.addClassName("problem-photo-strip");
        for (long photo : ids) {
            Image thumbnail = new Image("/problem-photos/" + photo + "/thumbnail",
                    getTranslation("problems.report.photoAlt", photo));
            thumbnail.getElement().setAttribute("loading", "lazy");
            Anchor full = new Anchor("/problem-photos/" + photo, thumbnail);
            full.setTarget("_blank");
            full.setId("problem-photo-" + photo);
            photos.add(full);
        }
        return photos;
    }

    private Div actions() {
        Div actions = new Div();
        actions.setId("problem-actions");
        actions.addClassName("problem-actions");
        ProblemService.Involvement involvement = problems.involvement(id);
        boolean signedIn = problems.isSignedIn();
        actions.add(SubscriptionLinks.button(this, "problem-subscribe", report::categoryCode, report::district));
        if (!signedIn) {
            Anchor signIn = new Anchor(SignInLinks.to("/problems/" + id.value()),
                    getTranslation("problems.report.signInToAct"));
            signIn.setId("problem-sign-in");
            actions.add(signIn);
            return actions;
        }
        Button follow = new Button(getTranslation(involvement.following() ? "problems.report.unfollow"
                : "problems.report.follow"), VaadinIcon.BELL.create(), e -> act(() -> {
            if (involvement.following()) {
                problems.unfollow(id);
            } else {
                problems.follow(id);
            }
        }, involvement.following() ? "problems.report.unfollowed" : "problems.report.followed"));
        follow.setId("problem-follow");
        actions.add(follow);
        if (report.status().isOpen() && !involvement.reporter() && !involvement.supporter() && !involvement.staff()) {
            Button meToo = new Button(getTranslation("problems.meToo"), VaadinIcon.HAND.create(),
                    e -> act(() -> problems.meToo(id), "problems.meToo.done"));
            meToo.setId("problem-metoo");
            meToo.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            actions.add(meToo);
        }
        if (involvement.reporter()) {
            actions.add(reporterActions());
        }
        if (involvement.staff()) {
            actions.add(new StaffPanel(id, report, staff, organisations, this::reload));
        }
        if (staff.mayModerate()) {
            boolean hidden = report.hidden();
            Button hide = new Button(getTranslation(hidden ? "problems.report.show" : "problems.report.hide"),
                    (hidden ? VaadinIcon.EYE : VaadinIcon.EYE_SLASH).create(),
                    e -> act(() -> staff.setHidden(id, !hidden), hidden ? "problems.report.shown"
                            : "problems.report.hidden"));
            hide.setId(hidden ? "problem-show" : "problem-hide");
            hide.addThemeVariants(hidden ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_ERROR,
                    ButtonVariant.LUMO_TERTIARY);
            actions.add(hide);
        }
        return actions;
    }

    private Div reporterActions() {
        Div box = new Div();
        box.addClassName("problem-reporter-actions");
        if (report.status() == ProblemStatus.FIXED) {
            Button confirm = new Button(getTranslation("problems.report.confirm"), VaadinIcon.CHECK.create(),
                    e -> act(() -> problems.confirmFixed(id), "problems.report.confirmed"));
            confirm.setId("problem-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            box.add(confirm);
        }
        if (report.status() == ProblemStatus.FIXED || report.status() == ProblemStatus.CLOSED) {
            TextArea note = new TextArea(getTranslation("problems.report.disputeNote"));
            note.setId("problem-dispute-note");
            note.setMaxLength(2000);
            Button dispute = new Button(getTranslation("problems.report.dispute"), VaadinIcon.REFRESH.create(),
                    e -> act(() -> problems.dispute(id, note.getValue()), "problems.report.disputed"));
            dispute.setId("problem-dispute");
            dispute.addThemeVariants(ButtonVariant.LUMO_ERROR);
            box.add(note, dispute);
        }
        return box;
    }

    private Div history() {
        Div history = new Div(new H2(getTranslation("problems.report.history")));
        history.setId("problem-history");
        history.addClassName("problem-history");
        for (ReportUpdate update : report.history()) {
            Div entry = new Div();
            entry.addClassName("problem-history-entry");
            Span when = new Span(ProblemTexts.dateTime(update.createdAt()));
            when.addClassName("problem-history-when");
            Span who = new Span(getTranslation("problems.author." + update.authorKind().name()));
            who.addClassName("problem-history-who");
            entry.add(when, who);
            if (update.status() != null) {
                entry.add(ProblemTexts.badge(this, update.status()));
            }
            if (update.note() != null) {
                Paragraph note = new Paragraph(update.note());
                note.addClassName("problem-history-note");
                entry.add(note);
            }
            if (!update.photoIds().isEmpty()) {
                entry.add(photos(update.photoIds(), "problem-history-photos"));
            }
            history.add(entry);
        }
        return history;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            ProblemTexts.done(this, doneKey);
            reload();
        } catch (ProblemException e) {
            ProblemTexts.error(this, e);
        }
    }

    private void reload() {
        report = problems.find(id).orElse(null);
        render();
    }

    @Override
    public String getPageTitle() {
        return (report == null ? "" : report.title() + " · ") + getTranslation("app.name");
    }
}
