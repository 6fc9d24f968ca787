package uz.muhokama.shared;

import java.util.List;

/**
 * A part of the platform's contribution to the front page: a short list of what is open or new there (drafts open for
 * discussion, the latest acts). The front page shows every contribution that has items, in {@link #order()}.
 */
public interface HomeHighlights {

    /** The message key of the section's heading. */
    String headingKey();

    /** Where "see all" leads, a route such as {@code drafts}. */
    String moreRoute();

    /** Sections are shown by ascending order. */
    int order();

    /** At most {@code max} items, in the reader's language where the part has texts in it. */
    List<Item> items(SupportedLocale language, int max);

    /**
     * One line of a section.
     *
     * @param title what it is
     * @param detail one translated line about it (the period, the number and date)
     * @param route where it opens, a route without the leading slash
     */
    record Item(String title, String detail, String route) {
    }
}
