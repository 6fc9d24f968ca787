package uz.muhokama.notifications;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uz.muhokama.notifications.internal.MailDelivery;

/**
 * Sends e-mail. Inside a transaction the mail leaves only after the commit, so that a rolled-back change never
 * announces itself; outside a transaction it leaves at once. Every mail is also written to the log, so that a
 * developer without an SMTP server still sees confirmation links.
 */
@Service
public class MailService {

    private final MailDelivery delivery;

    MailService(MailDelivery delivery) {
        this.delivery = delivery;
    }

    /** Sends the mail now, or after the surrounding transaction commits (and never if it rolls back). */
    public void send(OutgoingMail mail) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    delivery.deliver(mail);
                }
            });
        } else {
            delivery.deliver(mail);
        }
    }
}
