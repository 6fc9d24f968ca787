package uz.muhokama.drafts.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.ToLongFunction;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a list and where the next one is.
 *
 * @param items the rows of this page
 * @param cursor the cursor to pass for the next page, or null on the last page
 * @param next the address of the next page (same filters and limit), or null on the last page
 */
record ApiPage<T>(List<T> items,
                  @Schema(description = "Opaque; pass as ?cursor= for the next page") String cursor,
                  @Schema(description = "The next page's address, null on the last page") String next) {

    /**
     * A page from {@code limit + 1} fetched rows: the extra row only tells that there is a next page.
     *
     * @param here the address of this page, whose cursor parameter is replaced
     */
    static <R, T> ApiPage<T> of(List<R> fetched, int limit, ToLongFunction<R> id,
                                java.util.function.Function<R, T> item, UriComponentsBuilder here) {
        boolean more = fetched.size() > limit;
        List<R> rows = more ? fetched.subList(0, limit) : fetched;
        List<T> items = rows.stream().map(item).toList();
        if (!more) {
            return new ApiPage<>(items, null, null);
        }
        String cursor = Cursor.encode(id.applyAsLong(rows.getLast()));
        String next = here.replaceQueryParam("cursor", cursor).replaceQueryParam("limit", limit).build()
                .toUriString();
        return new ApiPage<>(items, cursor, next);
    }
}
