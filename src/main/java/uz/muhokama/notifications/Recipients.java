package uz.muhokama.notifications;

import java.util.Collection;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The people notices go to. Implemented by the accounts module, which owns addresses and languages (the dependency
 * runs from accounts to notifications, since accounts sends its own e-mails).
 */
public interface Recipients {

    /** The known, active people among these account ids; unknown ids are left out. */
    Map<Long, Recipient> find(Collection<Long> userIds);

    /** The account id of the person signed in to the current request, if any. */
    OptionalLong signedIn();
}
