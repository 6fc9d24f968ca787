package uz.muhokama.problems;

/** The identity of a problem report; its number in public and its Open311 {@code service_request_id}. */
public record ReportId(long value) {
}
