package uz.muhokama.problems;

import java.util.Map;

/**
 * What a citizen (or an Open311 client) reports.
 *
 * @param address a description of the place as people say it, optional
 * @param showName whether the public may see the reporter's name; by default the public sees "a resident"
 * @param answers answers to the category's extra questions, by question code
 */
public record NewReport(String categoryCode, double latitude, double longitude, String address, String title,
                        String description, boolean showName, Map<String, String> answers) {
}
