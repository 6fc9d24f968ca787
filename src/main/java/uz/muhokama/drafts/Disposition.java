package uz.muhokama.drafts;

/** The agency's decision on a proposal, as the consolidated table shows it. */
public enum Disposition {
    ACCEPTED,
    PARTLY_ACCEPTED,
    REJECTED,
    NOTED
}
