package uz.muhokama.problems;

/**
 * An action the person may not take on a report (staff of another organisation, someone else's report); the message
 * key says why, in the person's language.
 */
public class ProblemForbiddenException extends ProblemException {

    public ProblemForbiddenException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
