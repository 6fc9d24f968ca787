package uz.muhokama.shared;

/** The signed-in person's unread notices, as the main layout's bell shows them; the notifications module answers. */
public interface PersonalNotices {

    /** How many notices the signed-in person has not read; 0 for anonymous visitors. */
    int unreadCount();

    /** The route of the page that lists them, without the leading slash. */
    String route();
}
