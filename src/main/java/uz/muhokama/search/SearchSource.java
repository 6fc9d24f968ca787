package uz.muhokama.search;

import java.util.function.Consumer;

/**
 * A module whose data is searchable implements this, so that the index can be rebuilt from the database (the index is
 * derived data: rebuilt at start when missing or unreadable).
 */
public interface SearchSource {

    /** Hands every current document of this source to the consumer. */
    void all(Consumer<SearchDocument> consumer);
}
