package uz.muhokama.accounts;

/** How a person appears next to what they write in public: their display name or their pseudonym. */
public enum PublicNameChoice {
    NAME,
    PSEUDONYM
}
