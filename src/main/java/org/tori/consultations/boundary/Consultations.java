package org.tori.consultations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tori.accounts.boundary.Actor;
import org.tori.consultations.entity.CommentAnswered;
import org.tori.consultations.entity.CommentRound;
import org.tori.consultations.entity.SectionComment;
import org.tori.consultations.entity.SectionDraft;
import org.tori.consultations.entity.SpecSection;
import org.tori.consultations.entity.SpecVersion;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.platform.text.RichText;
import org.tori.spaces.entity.Phase;
import org.tori.spaces.entity.Space;
import org.tori.spaces.entity.SpaceChanged;
import org.tori.spaces.entity.SpaceKind;

/**
 * The use cases of a consultation, one transaction each: staff write version 1 while the space is a
 * draft (it is published when the space opens), members comment on the current version's sections,
 * staff answer and publish revisions that reopen comments or end the consultation.
 */
@ApplicationScoped
@Transactional
public class Consultations {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    RichText richText;

    @Inject
    Clock clock;

    @Inject
    Event<SpaceChanged> changed;

    @Inject
    Event<CommentAnswered> answered;

    @Inject
    ConsultationReader reader;

    public Optional<Overview> overview(long spaceId, Actor viewer) {
        return consultation(spaceId, viewer, false).map(space -> reader.overview(space, versions(spaceId), now()));
    }

    /** A version by number; unpublished only for staff (version 1 while the consultation is a draft). */
    public Optional<VersionDetail> version(long spaceId, int number, Actor viewer) {
        var space = consultation(spaceId, viewer, false).orElse(null);
        if (space == null) {
            return Optional.empty();
        }
        var all = versions(spaceId);
        return all.stream()
                .filter(v -> v.getNumber() == number && (v.isPublished() || isStaff(viewer)))
                .findFirst()
                .map(v -> reader.detail(v, round(space, all), now()));
    }

    /** The sections staff start from: version 1 while drafting, else the newest version to revise. */
    public List<SectionInput> startingPoint(long spaceId, Actor actor) {
        staffOnly(actor);
        var all = versions(spaceId);
        return all.isEmpty()
                ? List.of()
                : all.get(all.size() - 1).getSections().stream()
                        .map(s -> new SectionInput(s.getNumber(), s.getHeading(), s.getBodySource()))
                        .toList();
    }

    /** Writes version 1 while the consultation is still a draft. */
    public void writeDraft(long spaceId, List<SectionInput> sections, Actor actor) {
        staffOnly(actor);
        var space = lockedConsultation(spaceId, actor);
        if (space.getPhase() != Phase.DRAFT) {
            throw new DomainException(Kind.CONFLICT, "consultation.version.published");
        }
        var first = versions(spaceId).stream().findFirst().orElseGet(() -> {
            var created = SpecVersion.first(spaceId, actor.accountId(), now());
            em.persist(created);
            return created;
        });
        first.rewrite(drafts(sections));
    }

    /** A signed-in member's comment on a section of the current version, while the round is open. */
    public long comment(long spaceId, long sectionId, String body, long authorId) {
        var space = lockedConsultation(spaceId, null);
        var section = em.find(SpecSection.class, sectionId);
        if (section == null || section.getVersion().getSpaceId() != spaceId) {
            throw new DomainException(Kind.NOT_FOUND, "consultation.section.notFound");
        }
        var comment =
                section.comment(authorId, body, richText.toSafeHtml(body), round(space, versions(spaceId)), now());
        em.persist(comment);
        em.flush();
        if (space.admit(authorId)) {
            changed.fire(new SpaceChanged(spaceId, space.getPhase()));
        }
        return comment.getId();
    }

    /** Staff answer a comment (or correct their answer); the commenter is told. */
    public void answer(long commentId, String body, Actor actor) {
        staffOnly(actor);
        var comment = em.find(SectionComment.class, commentId, LockModeType.PESSIMISTIC_WRITE);
        if (comment == null) {
            throw new DomainException(Kind.NOT_FOUND, "consultation.comment.notFound");
        }
        boolean first = !comment.isAnswered();
        comment.answer(body, richText.toSafeHtml(body), actor.accountId(), now());
        if (first) {
            answered.fire(new CommentAnswered(
                    comment.getSection().getVersion().getSpaceId(),
                    commentId,
                    comment.getAuthorId(),
                    actor.accountId(),
                    body.strip()));
        }
    }

    /** Publishes the next version and either opens another comment round or ends the consultation. */
    public int publishRevision(long spaceId, RevisionInput input, Actor actor) {
        staffOnly(actor);
        if (input == null) {
            throw new DomainException(Kind.INVALID, "consultation.revision.noteRequired", "changeNote");
        }
        var space = lockedConsultation(spaceId, actor);
        var all = versions(spaceId);
        if (all.isEmpty()) {
            throw new DomainException(Kind.CONFLICT, "consultation.revision.notPublished");
        }
        var next = all.get(all.size() - 1)
                .revise(space.getPhase(), input.changeNote(), drafts(input.sections()), actor.accountId(), now());
        if (input.reopenUntil() != null) {
            space.reopenForComments(input.reopenUntil(), now());
        } else {
            space.moveTo(Phase.RESULTS, null, 0, true);
        }
        em.persist(next);
        changed.fire(new SpaceChanged(spaceId, space.getPhase()));
        return next.getNumber();
    }

    /** Version 1 goes public with the space: a consultation opens only with sections to comment on. */
    void publishOnOpening(@Observes SpaceChanged change) {
        if (change.phase() != Phase.OPEN) {
            return;
        }
        var space = em.find(Space.class, change.spaceId());
        if (space == null || space.getKind() != SpaceKind.CONSULTATION) {
            return;
        }
        var all = versions(change.spaceId());
        if (all.isEmpty()) {
            throw new DomainException(Kind.CONFLICT, "consultation.open.needsSections", "phase");
        }
        all.get(0).publish(now());
    }

    private CommentRound round(Space space, List<SpecVersion> all) {
        int current = all.stream()
                .filter(SpecVersion::isPublished)
                .mapToInt(SpecVersion::getNumber)
                .max()
                .orElse(0);
        return new CommentRound(space.getPhase(), space.getSubmissionDeadline(), current);
    }

    private List<SectionDraft> drafts(List<SectionInput> sections) {
        return sections == null
                ? List.of()
                : sections.stream()
                        .filter(Objects::nonNull)
                        .map(s -> new SectionDraft(s.number(), s.heading(), s.body(), richText.toSafeHtml(s.body())))
                        .toList();
    }

    private List<SpecVersion> versions(long spaceId) {
        return em.createNamedQuery(SpecVersion.OF_SPACE, SpecVersion.class)
                .setParameter("space", spaceId)
                .getResultList();
    }

    private Optional<Space> consultation(long spaceId, Actor viewer, boolean lock) {
        var space =
                lock ? em.find(Space.class, spaceId, LockModeType.PESSIMISTIC_WRITE) : em.find(Space.class, spaceId);
        if (space == null
                || space.getKind() != SpaceKind.CONSULTATION
                || (!space.getPhase().isPublic() && !isStaff(viewer))) {
            return Optional.empty();
        }
        return Optional.of(space);
    }

    private Space lockedConsultation(long spaceId, Actor actor) {
        return consultation(spaceId, actor, true)
                .orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "space.notFound"));
    }

    private static void staffOnly(Actor actor) {
        if (!isStaff(actor)) {
            throw new DomainException(Kind.FORBIDDEN, "consultation.staffOnly");
        }
    }

    private static boolean isStaff(Actor actor) {
        return actor != null && actor.staff();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
