package uz.muhokama.notifications.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Set;
import uz.muhokama.notifications.Notice;
import uz.muhokama.notifications.NoticeKind;
import uz.muhokama.notifications.NoticeService;

/**
 * The signed-in person's notices, newest first; opening one marks it read. Above them, which kinds also come by
 * e-mail.
 */
@Route("notices")
@PermitAll
class NoticesView extends Main implements LocaleChangeObserver, HasDynamicTitle {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final int PAGE = 30;

    private final transient NoticeService notices;
    private final Div list = new Div();
    private int shown;

    NoticesView(NoticeService notices) {
        this.notices = notices;
        addClassNames("page", "notices-page");
        list.setId("notices-list");
        list.addClassName("notices-list");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        H1 title = new H1(getTranslation("notifications.title"));
        Button markAll = new Button(getTranslation("notifications.markAllRead"), VaadinIcon.CHECK.create(), e -> {
            notices.markAllRead();
            UI.getCurrent().getPage().reload();
        });
        markAll.setId("notices-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div header = new Div(title, markAll);
        header.addClassName("page-header");
        add(header, mailSettings(), list);
        list.removeAll();
        shown = 0;
        more();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title");
    }

    private Details mailSettings() {
        Set<NoticeKind> off = notices.mailOptOuts();
        Div boxes = new Div();
        boxes.addClassName("notice-mail-settings");
        for (NoticeKind kind : NoticeKind.values()) {
            Checkbox box = new Checkbox(getTranslation("notifications.mailKind." + kind.name()), !off.contains(kind));
            box.setId("notice-mail-" + kind.name());
            box.addValueChangeListener(e -> notices.setMail(kind, e.getValue()));
            boxes.add(box);
        }
        Details details = new Details(getTranslation("notifications.mailSettings"), boxes);
        details.setId("notice-mail-settings");
        details.setOpened(!off.isEmpty());
        return details;
    }

    private void more() {
        list.getChildren().filter(c -> c.getId().filter("notices-more"::equals).isPresent()).toList()
                .forEach(list::remove);
        List<Notice> page = notices.mine(shown, PAGE);
        if (shown == 0 && page.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("notifications.empty"));
            empty.addClassName("notices-empty");
            empty.setId("notices-empty");
            list.add(empty);
            return;
        }
        page.forEach(n -> list.add(item(n)));
        shown += page.size();
        if (page.size() == PAGE) {
            Button more = new Button(getTranslation("notifications.more"), e -> more());
            more.setId("notices-more");
            list.add(more);
        }
    }

    private Anchor item(Notice notice) {
        Anchor item = new Anchor(notice.link().substring(1), "");
        item.addClassName("notice");
        item.setId("notice-" + notice.id());
        if (!notice.read()) {
            item.addClassName("notice-unread");
        }
        Span icon = new Span(VaadinIcon.BELL_O.create());
        icon.addClassName("notice-icon");
        Span text = new Span(getTranslation(notice.messageKey(), notice.subject(getLocale())));
        text.addClassName("notice-text");
        Span when = new Span(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).format(notice.createdAt().atZone(TASHKENT)));
        when.addClassName("notice-time");
        Div body = new Div(text, when);
        body.addClassName("notice-body");
        item.add(icon, body);
        if (!notice.read()) {
            Span badge = new Span(getTranslation("notifications.unread"));
            badge.getElement().getThemeList().add("badge primary small pill");
            item.add(badge);
        }
        item.getElement().addEventListener("click", e -> notices.markRead(notice.id()));
        return item;
    }
}
