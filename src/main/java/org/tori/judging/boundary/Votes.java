package org.tori.judging.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.tori.judging.entity.Vote;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.spaces.boundary.Entries;
import org.tori.spaces.boundary.EntrySummary;
import org.tori.spaces.boundary.Spaces;

/** The public vote: one vote per verified member and space, while the jury judges; counted apart from the jury. */
@ApplicationScoped
@Transactional
public class Votes {

    /** An entry on the public ballot: what it is, never who sent it. */
    public record Candidate(long entryId, String title, String problem, String solution, String teamName) {}

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    Spaces spaces;

    @Inject
    Entries entries;

    @Inject
    Clock clock;

    /** The eligible entries the public may vote for; empty when the space takes no votes now. */
    public List<Candidate> ballot(long spaceId) {
        var space = spaces.detail(spaceId, null); // a draft, which only its makers see, takes no votes
        if (space.isEmpty() || !space.get().takingVotes()) {
            return List.of();
        }
        return entries.entries(spaceId).stream()
                .filter(EntrySummary::judgeable)
                .map(e -> new Candidate(e.id(), e.title(), e.problem(), e.solution(), e.teamName()))
                .toList();
    }

    public void cast(long spaceId, long entryId, long accountId) {
        if (ballot(spaceId).stream().noneMatch(c -> c.entryId() == entryId)) {
            var open = spaces.detail(spaceId, null).map(d -> d.takingVotes()).orElse(false);
            throw open
                    ? new DomainException(Kind.NOT_FOUND, "entry.notFound", "entryId")
                    : new DomainException(Kind.CONFLICT, "vote.closed");
        }
        if (mine(spaceId, accountId).isPresent()) {
            throw new DomainException(Kind.CONFLICT, "vote.once");
        }
        try {
            em.persist(new Vote(spaceId, entryId, accountId, OffsetDateTime.now(clock)));
            em.flush();
        } catch (PersistenceException votedMeanwhile) {
            throw new DomainException(Kind.CONFLICT, "vote.once");
        }
    }

    /** The entry the member voted for in a space, if any. */
    public Optional<Long> mine(long spaceId, long accountId) {
        return em.createNamedQuery(Vote.BY_VOTER, Vote.class)
                .setParameter("space", spaceId)
                .setParameter("account", accountId)
                .getResultStream()
                .findFirst()
                .map(Vote::getEntryId);
    }
}
