package uz.muhokama.drafts.api;

import uz.muhokama.drafts.DraftProvision;

/** A provision of a version of a draft, with the eId comments refer to. */
record ApiProvision(String eId, String stableKey, String kind, String number, String heading, String text) {

    static ApiProvision of(DraftProvision p) {
        return new ApiProvision(p.eId(), p.stableKey(), p.kind().name(), p.number(), p.heading(), p.text());
    }
}
