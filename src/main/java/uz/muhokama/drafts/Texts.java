package uz.muhokama.drafts;

import java.util.Locale;

/** Chooses between a draft's Uzbek and Russian wording for a reader. */
public final class Texts {

    private Texts() {
    }

    /** Russian for a Russian reader; Uzbek for Uzbek (both scripts) and English readers; either if one is blank. */
    public static String pick(Locale locale, String uz, String ru) {
        boolean russian = locale != null && "ru".equals(locale.getLanguage());
        String first = russian ? ru : uz;
        String second = russian ? uz : ru;
        return first == null || first.isBlank() ? second : first;
    }
}
