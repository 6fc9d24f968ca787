package uz.muhokama.problems;

/**
 * A refused Open311 call, answered as {@code [{"code": status, "description": ...}]} with the same HTTP status.
 */
public class Open311Exception extends RuntimeException {

    private final int status;

    public Open311Exception(int status, String description) {
        super(description);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
