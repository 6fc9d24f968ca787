package uz.muhokama.problems;

/**
 * Where a report stands. Every status is public; Open311 sees only whether it is open or closed.
 */
public enum ProblemStatus {
    NEW,
    ACKNOWLEDGED,
    IN_PROGRESS,
    ACTION_SCHEDULED,
    FIXED,
    CLOSED,
    DUPLICATE,
    NOT_RESPONSIBLE,
    REOPENED;

    /** Whether someone still has to act on the report. */
    public boolean isOpen() {
        return switch (this) {
            case NEW, ACKNOWLEDGED, IN_PROGRESS, ACTION_SCHEDULED, REOPENED -> true;
            case FIXED, CLOSED, DUPLICATE, NOT_RESPONSIBLE -> false;
        };
    }

    /** The Open311 status: {@code open} or {@code closed}. */
    public String open311() {
        return isOpen() ? "open" : "closed";
    }

    /** Whether staff may set this status with a note (duplicates are merged, reopening is the reporter's). */
    public boolean settableByStaff() {
        return this != NEW && this != DUPLICATE && this != REOPENED;
    }
}
