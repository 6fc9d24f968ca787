package uz.muhokama.accounts.internal;

/** The little an administration screen needs to know about a person. */
public record Person(long id, String email, String displayName) {
}
