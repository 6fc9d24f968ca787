package uz.muhokama.search;

import java.util.Map;

/**
 * One hit.
 *
 * @param id the document's id
 * @param url where it opens
 * @param title its title
 * @param snippet a passage of its text around the matched words, HTML-escaped, with matches in {@code <mark>}
 * @param stored the values its module stored for display
 */
public record SearchHit(String id, String url, String title, String snippet, Map<String, String> stored) {
}
