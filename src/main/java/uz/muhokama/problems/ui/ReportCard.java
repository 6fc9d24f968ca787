package uz.muhokama.problems.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uz.muhokama.problems.Category;
import uz.muhokama.problems.ReportSummary;

/** A report in a list: thumbnail, title linking to its page, status, category, district, date, overdue mark. */
class ReportCard extends Div {

    ReportCard(ReportSummary report, Map<String, Category> categories) {
        addClassName("problem-card");
        setId("problem-card-" + report.id().value());
        Div picture = new Div();
        picture.addClassName("problem-card-picture");
        if (report.thumbnailPhotoId() != null) {
            Image thumbnail = new Image("/problem-photos/" + report.thumbnailPhotoId() + "/thumbnail", "");
            thumbnail.getElement().setAttribute("loading", "lazy");
            picture.add(thumbnail);
        } else {
            picture.add(VaadinIcon.WRENCH.create());
        }
        RouterLink title = new RouterLink(ReportView.class, new RouteParameters("id",
                String.valueOf(report.id().value())));
        title.setText(report.title());
        title.addClassName("problem-card-title");
        Div badges = new Div(ProblemTexts.badge(this, report.status()));
        if (report.overdue()) {
            badges.add(ProblemTexts.overdue(this));
        }
        badges.addClassName("problem-card-badges");
        Category category = categories.get(report.categoryCode());
        Span meta = new Span(Stream.of(category == null ? report.categoryCode() : category.name(getLocale()),
                        report.district(), ProblemTexts.date(report.createdAt()), "#" + report.id().value())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" · ")));
        meta.addClassName("problem-card-meta");
        Div text = new Div(title, badges, meta);
        text.addClassName("problem-card-text");
        if (report.supporters() > 0) {
            Span supporters = new Span(getTranslation("problems.supporters", report.supporters()));
            supporters.addClassName("problem-card-supporters");
            text.add(supporters);
        }
        add(picture, text);
    }
}
