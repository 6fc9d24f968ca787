package uz.muhokama.drafts.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uz.muhokama.drafts.DraftService;

/** Closes drafts at their deadline, every minute. */
@Component
class DraftClosingJob {

    private static final Logger log = LoggerFactory.getLogger(DraftClosingJob.class);

    private final DraftService drafts;

    DraftClosingJob(DraftService drafts) {
        this.drafts = drafts;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT20S")
    void closeEnded() {
        int closed = drafts.closeEnded().size();
        if (closed > 0) {
            log.info("Closed {} draft(s) whose discussion period ended", closed);
        }
    }
}
