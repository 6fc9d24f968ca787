package uz.muhokama.legislation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.legislation.internal.JooqActQuery;
import uz.muhokama.legislation.internal.JooqRelationRepository;
import uz.muhokama.legislation.internal.JooqRelationRepository.AmendmentRow;
import uz.muhokama.legislation.internal.JooqRelationRepository.CitationRow;
import uz.muhokama.legislation.internal.JooqRelationRepository.RepealRow;
import uz.muhokama.shared.AuditableAction;

/**
 * Relations between acts: amendments and repeals, which a legislation administrator records (the same role that
 * imports acts), and the citations read from the texts on import. Reading them is public.
 */
@Service
public class ActRelationService {

    private final JooqRelationRepository relations;
    private final JooqActQuery query;
    private final ApplicationEventPublisher events;
    private final SecurityContextHolderStrategy securityContexts;
    private final Clock clock;

    ActRelationService(JooqRelationRepository relations, JooqActQuery query, ApplicationEventPublisher events,
                       ObjectProvider<SecurityContextHolderStrategy> securityContexts,
                       ObjectProvider<Clock> clock) {
        this.relations = relations;
        this.query = query;
        this.events = events;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * The act a number names, in any script and with or without its series ({@code PQ-4699}, {@code ЎРҚ-798},
     * {@code 409}): for a bare number, the newest act of any type with that number.
     */
    @Transactional(readOnly = true)
    public Optional<ActSummary> actByNumber(String number) {
        return idByNumber(number).map(id -> query.summaries(Set.of(id)).get(id));
    }

    /** The provisions of every edition of the act, once each, for an editor to pick from. */
    @Transactional(readOnly = true)
    public List<ProvisionOption> provisions(long actId) {
        return query.provisionOptions(actId);
    }

    /**
     * Records that a provision of one act inserted, substituted or repealed a provision of another.
     *
     * @throws LegislationException {@code legislation.relations.incomplete}, {@code .unknownAct},
     *     {@code .selfAmendment}, {@code .provisionNotFound}, {@code .beforeAdoption} or {@code .duplicate}
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Amendment recordAmendment(NewAmendment change) {
        if (change == null || blank(change.targetEId()) || blank(change.amendingEId()) || change.kind() == null
                || change.inForceFrom() == null) {
            throw new LegislationException("legislation.relations.incomplete");
        }
        long target = existing(change.targetActId());
        long amending = idByNumber(change.amendingActNumber())
                .orElseThrow(() -> new LegislationException("legislation.relations.unknownAct"));
        if (amending == target) {
            throw new LegislationException("legislation.relations.selfAmendment");
        }
        requireProvision(target, change.targetEId());
        requireProvision(amending, change.amendingEId());
        requireNotBeforeAdoption(amending, change.inForceFrom());
        if (relations.amendmentExists(amending, change.amendingEId(), target, change.targetEId())) {
            throw new LegislationException("legislation.relations.duplicate");
        }
        Instant now = clock.instant();
        String actor = actor();
        long id = relations.insertAmendment(amending, change.amendingEId(), target, change.targetEId(),
                change.kind(), change.inForceFrom(), actor, now);
        events.publishEvent(new AuditableAction("LEGISLATION_AMENDMENT_RECORDED", null, actor, "act:" + target,
                change.kind() + " " + change.targetEId() + " by act:" + amending + " " + change.amendingEId()
                        + " from " + change.inForceFrom(), null, now));
        Map<Long, ActSummary> acts = query.summaries(Set.of(target, amending));
        return new Amendment(id, new ProvisionRef(acts.get(amending), change.amendingEId()),
                new ProvisionRef(acts.get(target), change.targetEId()), change.kind(), change.inForceFrom());
    }

    /**
     * Removes an amendment recorded by mistake.
     *
     * @throws LegislationException {@code legislation.relations.notFound} when there is no such amendment (any more)
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void removeAmendment(long amendmentId) {
        AmendmentRow row = relations.amendment(amendmentId)
                .orElseThrow(() -> new LegislationException("legislation.relations.notFound"));
        relations.deleteAmendment(amendmentId);
        events.publishEvent(new AuditableAction("LEGISLATION_AMENDMENT_REMOVED", null, actor(),
                "act:" + row.targetActId(), row.kind() + " " + row.targetEId() + " by act:" + row.amendingActId()
                        + " " + row.amendingEId() + " from " + row.inForceFrom(), null, clock.instant()));
    }

    /**
     * Records that an act lost force because of another, and marks it so from that day on (an act whose loss of
     * force is still ahead keeps its status until then).
     *
     * @throws LegislationException {@code legislation.relations.incomplete}, {@code .unknownAct},
     *     {@code .selfAmendment}, {@code .provisionNotFound}, {@code .beforeAdoption} or {@code .duplicate}
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Repeal recordRepeal(NewRepeal repeal) {
        if (repeal == null || repeal.lostForceOn() == null) {
            throw new LegislationException("legislation.relations.incomplete");
        }
        long repealed = existing(repeal.repealedActId());
        long repealing = idByNumber(repeal.repealingActNumber())
                .orElseThrow(() -> new LegislationException("legislation.relations.unknownAct"));
        if (repealing == repealed) {
            throw new LegislationException("legislation.relations.selfAmendment");
        }
        String eId = blank(repeal.repealingEId()) ? null : repeal.repealingEId();
        if (eId != null) {
            requireProvision(repealing, eId);
        }
        requireNotBeforeAdoption(repealing, repeal.lostForceOn());
        if (relations.repealExists(repealed)) {
            throw new LegislationException("legislation.relations.duplicate");
        }
        Instant now = clock.instant();
        String actor = actor();
        relations.insertRepeal(repealed, repealing, eId, repeal.lostForceOn(), actor, now);
        if (!repeal.lostForceOn().isAfter(LocalDate.ofInstant(now, ActService.TASHKENT))) {
            relations.markLostForce(repealed, repeal.lostForceOn(), now);
            events.publishEvent(new ActStatusChanged(repealed));
        }
        events.publishEvent(new AuditableAction("LEGISLATION_REPEAL_RECORDED", null, actor, "act:" + repealed,
                "lost force on " + repeal.lostForceOn() + " by act:" + repealing + (eId == null ? "" : " " + eId),
                null, now));
        Map<Long, ActSummary> acts = query.summaries(Set.of(repealed, repealing));
        return new Repeal(acts.get(repealed), new ProvisionRef(acts.get(repealing), eId), repeal.lostForceOn());
    }

    /** Everything that links the act to others. */
    @Transactional(readOnly = true)
    public ActRelations of(long actId) {
        List<AmendmentRow> amendedBy = relations.amendmentsOf(actId);
        List<AmendmentRow> amends = relations.amendmentsBy(actId);
        Optional<RepealRow> lostForce = relations.repealOf(actId);
        List<RepealRow> repeals = relations.repealsBy(actId);
        List<CitationRow> citedBy = relations.citationsOf(actId);
        List<CitationRow> cites = relations.citationsBy(actId);
        Set<Long> ids = new HashSet<>();
        ids.add(actId);
        amendedBy.forEach(a -> ids.add(a.amendingActId()));
        amends.forEach(a -> ids.add(a.targetActId()));
        lostForce.ifPresent(r -> ids.add(r.repealingActId()));
        repeals.forEach(r -> ids.add(r.repealedActId()));
        citedBy.forEach(c -> ids.add(c.citingActId()));
        cites.forEach(c -> ids.add(c.citedActId()));
        Map<Long, ActSummary> acts = query.summaries(ids);
        return new ActRelations(
                amendedBy.stream().map(a -> amendment(a, acts)).toList(),
                amends.stream().map(a -> amendment(a, acts)).toList(),
                lostForce.map(r -> repeal(r, acts)).orElse(null),
                repeals.stream().map(r -> repeal(r, acts)).toList(),
                citedBy.stream().map(c -> citation(c, acts)).toList(),
                cites.stream().map(c -> citation(c, acts)).toList());
    }

    private static Amendment amendment(AmendmentRow row, Map<Long, ActSummary> acts) {
        return new Amendment(row.id(), new ProvisionRef(acts.get(row.amendingActId()), row.amendingEId()),
                new ProvisionRef(acts.get(row.targetActId()), row.targetEId()), row.kind(), row.inForceFrom());
    }

    private static Repeal repeal(RepealRow row, Map<Long, ActSummary> acts) {
        return new Repeal(acts.get(row.repealedActId()), new ProvisionRef(acts.get(row.repealingActId()),
                row.repealingEId()), row.lostForceOn());
    }

    private static Citation citation(CitationRow row, Map<Long, ActSummary> acts) {
        return new Citation(new ProvisionRef(acts.get(row.citingActId()), row.citingEId()),
                new ProvisionRef(acts.get(row.citedActId()), row.citedEId()));
    }

    private Optional<Long> idByNumber(String number) {
        if (blank(number) || number.length() > 64) {
            return Optional.empty();
        }
        return ActNumbers.citationKey(number).flatMap(query::idByNumberKey)
                .or(() -> Arrays.stream(ActType.values()).map(type -> ActNumbers.key(type, number.strip()))
                        .distinct().map(query::idByNumberKey).flatMap(Optional::stream).findFirst());
    }

    private long existing(long actId) {
        if (!relations.actExists(actId)) {
            throw new LegislationException("legislation.relations.unknownAct");
        }
        return actId;
    }

    private void requireProvision(long actId, String eId) {
        if (eId.length() > 200 || !relations.provisionExists(actId, eId)) {
            throw new LegislationException("legislation.relations.provisionNotFound");
        }
    }

    private void requireNotBeforeAdoption(long actId, LocalDate date) {
        if (date.isBefore(relations.adoptedOn(actId).orElseThrow())) {
            throw new LegislationException("legislation.relations.beforeAdoption");
        }
    }

    private String actor() {
        return securityContexts.getContext().getAuthentication().getName();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
