package uz.muhokama.problems;

/**
 * A refused action on problem reports. {@link #messageKey()} names the translated message for the person (a key
 * under {@code problems.error.} or {@code problems.photo.}); the arguments fill its placeholders. Nothing of a refused
 * action is kept.
 */
public class ProblemException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public ProblemException(String messageKey, Object... arguments) {
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
