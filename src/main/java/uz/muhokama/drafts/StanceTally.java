package uz.muhokama.drafts;

/** How many people support and oppose a draft. */
public record StanceTally(int support, int oppose) {
}
