package uz.muhokama.legislation;

/**
 * An act's status changed (it lost force): what lists and the search index show of it is out of date.
 *
 * @param actId the act
 */
public record ActStatusChanged(long actId) {
}
