package uz.muhokama.legislation;

/** A refused legislation action; {@link #messageKey()} names the translated message for the person. */
public class LegislationException extends RuntimeException {

    private final String messageKey;

    public LegislationException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
