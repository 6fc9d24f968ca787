package uz.muhokama.support;

import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** Reading the mail tests receive. */
public final class Mails {

    private Mails() {
    }

    /** The plain-text part of a mail, decoded; null when it has none. */
    public static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = text(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
