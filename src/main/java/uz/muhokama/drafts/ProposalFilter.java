package uz.muhokama.drafts;

/**
 * Which proposals the answering view lists.
 *
 * @param unansweredOnly only those without a disposition
 * @param provisionKey only those on this provision (stable key); null for every provision
 */
public record ProposalFilter(boolean unansweredOnly, String provisionKey) {

    public static ProposalFilter all() {
        return new ProposalFilter(false, null);
    }
}
