package uz.muhokama.drafts;

/** How many of a draft's proposals have a disposition, of how many. */
public record AnswerProgress(int answered, int total) {

    public int missing() {
        return total - answered;
    }

    public boolean complete() {
        return answered == total;
    }
}
