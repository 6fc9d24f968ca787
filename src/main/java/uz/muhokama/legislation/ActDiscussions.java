package uz.muhokama.legislation;

import java.util.List;
import java.util.Locale;

/**
 * Where an act was discussed before adoption: implemented by the parts of the platform that hold public discussions
 * (drafts), asked by the act page, so that the legislation base does not depend on them.
 */
public interface ActDiscussions {

    /** A discussion of an act: the text to show (already in the reader's language) and where it is. */
    record Discussion(String label, String href) {
    }

    /** The discussions that led to the act with this stable address, in the reader's language. */
    List<Discussion> of(String actUri, Locale locale);
}
