package uz.muhokama.shared;

/** What the layout may know about the person signed in; the accounts module's principal implements it. */
public interface SignedInPerson {

    /** The name to greet the person with in the header. */
    String displayName();
}
