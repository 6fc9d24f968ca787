package uz.muhokama.drafts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The numbers of a discussion, for one draft or all public drafts of an agency. A group of near-identical comments (a
 * mass campaign) counts as one proposal and all its authors as participants, so that 10,000 copies of one text are
 * one proposal supported by 10,000 people, not 10,000 proposals.
 *
 * @param comments every comment and reply
 * @param topLevel comments that are not replies
 * @param proposals individual comments plus groups of near-identical ones
 * @param individual top-level comments in no group
 * @param groups groups of near-identical comments
 * @param inGroups top-level comments that belong to a group
 * @param participants people who commented, replied, supported or opposed
 * @param dispositions answered proposals by disposition
 * @param answered proposals with an answer
 * @param acceptedShare the share of answered proposals accepted in full or in part (0 to 1), or null before any answer
 * @param medianSecondsToAnswer the middle time from a proposal to its answer, or null before any answer
 * @param commentsPerDay comments per day in Tashkent, oldest first
 */
public record DraftStats(int comments, int topLevel, int proposals, int individual, int groups, int inGroups,
                         int participants, int supports, int opposes, Map<Disposition, Integer> dispositions,
                         int answered, Double acceptedShare, Long medianSecondsToAnswer,
                         List<DayCount> commentsPerDay) {

    public DraftStats {
        dispositions = Map.copyOf(dispositions);
        commentsPerDay = List.copyOf(commentsPerDay);
    }

    /** Comments on one day (in Tashkent). */
    public record DayCount(LocalDate day, int comments) {
    }
}
