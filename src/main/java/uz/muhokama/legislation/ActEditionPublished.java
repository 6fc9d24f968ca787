package uz.muhokama.legislation;

/**
 * An edition of an act was saved: its text is now part of the legislation base (the search index listens).
 *
 * @param actId the act
 * @param editionId the new edition
 */
public record ActEditionPublished(long actId, long editionId) {
}
