package uz.muhokama.files;

/**
 * An upload that is not accepted. {@link #messageKey()} names the translated message for the person; the arguments
 * fill its placeholders. Nothing of a rejected upload is kept.
 */
public class FileRejectedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public FileRejectedException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
