package uz.muhokama.drafts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.drafts.DraftStatus;

/** How drafts' dates, periods and statuses read on every page: Tashkent time, in the reader's language. */
final class DraftFormat {

    private DraftFormat() {
    }

    static String date(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(instant.atZone(DraftService.TASHKENT));
    }

    static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** The last day of a period: the day before its end, which is midnight starting the next day. */
    static LocalDate lastDay(Instant end) {
        return end.atZone(DraftService.TASHKENT).toLocalDate().minusDays(1);
    }

    /** Whole days left until the end, counting a day begun as a day. */
    static long daysLeft(Instant end, Instant now) {
        long hours = Duration.between(now, end).toHours();
        return Math.max(1, (hours + 23) / 24);
    }

    /** The period as one line: "1 – 15 December · 9 days left" or "closed on 15 December". */
    static String period(Component c, Locale locale, DraftStatus status, Instant start, Instant end) {
        if (start == null || end == null) {
            return "";
        }
        Instant now = Instant.now();
        String range = c.getTranslation("drafts.period.range", date(start, locale), date(lastDay(end), locale));
        if (status == DraftStatus.OPEN && now.isBefore(end)) {
            return range + " · " + c.getTranslation("drafts.period.daysLeft", daysLeft(end, now));
        }
        return c.getTranslation("drafts.period.closedOn", date(lastDay(end), locale));
    }

    static Span statusBadge(Component c, DraftStatus status) {
        String theme = switch (status) {
            case DRAFT -> "contrast";
            case OPEN -> "success";
            case CLOSED, ANSWERED -> "";
            case ADOPTED -> "success primary";
            case WITHDRAWN -> "error";
        };
        Span badge = new Span(c.getTranslation("drafts.status." + status.name()));
        badge.getElement().getThemeList().add(("badge " + theme).strip());
        badge.addClassName("draft-status");
        return badge;
    }
}
