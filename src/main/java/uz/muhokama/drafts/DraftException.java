package uz.muhokama.drafts;

/**
 * A refused change to a draft. {@link #messageKey()} names the translated message for the person, {@link #field()}
 * the form field it concerns (or null); nothing of the refused change is kept.
 */
public class DraftException extends RuntimeException {

    private final String messageKey;
    private final String field;

    public DraftException(String messageKey) {
        this(messageKey, null);
    }

    public DraftException(String messageKey, String field) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }

    /** The values for the message's placeholders ({@code {0}}, ...); none unless a subclass has some. */
    public Object[] messageArguments() {
        return new Object[0];
    }
}
