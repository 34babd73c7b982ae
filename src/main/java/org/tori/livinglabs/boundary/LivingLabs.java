package org.tori.livinglabs.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.tori.accounts.boundary.Actor;
import org.tori.livinglabs.entity.Feedback;
import org.tori.livinglabs.entity.LabDetails;
import org.tori.livinglabs.entity.LivingLab;
import org.tori.livinglabs.entity.ProposalActivity;
import org.tori.livinglabs.entity.SignupStatus;
import org.tori.livinglabs.entity.TestWindow;
import org.tori.livinglabs.entity.TesterPromoted;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.platform.text.RichText;
import org.tori.spaces.boundary.KindRules;
import org.tori.spaces.boundary.SpaceForm;
import org.tori.spaces.boundary.Spaces;
import org.tori.spaces.entity.Phase;
import org.tori.spaces.entity.Space;
import org.tori.spaces.entity.SpaceChanged;
import org.tori.spaces.entity.SpaceKind;

/**
 * The use cases of a living lab, one transaction each, on its LIVING_LAB space: companies propose,
 * staff approve by opening the space (or return the proposal), members sign up and withdraw, testers
 * give feedback in the window, the company and staff read results and publish the summary. Every
 * sign-up locks the space row, so the capacity holds under concurrent sign-ups.
 */
@ApplicationScoped
@Transactional
public class LivingLabs implements KindRules {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    RichText richText;

    @Inject
    Clock clock;

    @Inject
    Spaces spaces;

    @Inject
    LabReader reader;

    @Inject
    Event<SpaceChanged> changed;

    @Inject
    Event<TesterPromoted> promoted;

    @Inject
    Event<ProposalActivity> proposals;

    /** A company's proposal: a LIVING_LAB draft through the spaces boundary, with the lab's details. */
    public long propose(SpaceForm form, LabDetails details, Actor actor) {
        if (form == null || details == null) {
            throw new DomainException(Kind.INVALID, "problem.invalid");
        }
        form.setKind(SpaceKind.LIVING_LAB);
        long id = spaces.create(form, actor);
        em.persist(new LivingLab(id, details));
        if (!actor.staff()) {
            proposals.fire(new ProposalActivity.Arrived(id, actor.accountId(), false));
        }
        return id;
    }

    /** Rewrites a proposal, the space and the lab's details together (its proposer or staff). */
    public void revise(long spaceId, SpaceForm form, LabDetails details, Actor actor) {
        if (form == null || details == null) {
            throw new DomainException(Kind.INVALID, "problem.invalid");
        }
        form.setKind(SpaceKind.LIVING_LAB);
        describe(spaceId, details, actor);
        spaces.edit(spaceId, form, actor);
        if (!actor.staff()) {
            proposals.fire(new ProposalActivity.Arrived(spaceId, actor.accountId(), true));
        }
    }

    /** Rewrites the lab's details while it is a proposal (its proposer or staff). */
    public void describe(long spaceId, LabDetails details, Actor actor) {
        var space = managed(spaceId, actor);
        var lab = em.find(LivingLab.class, spaceId);
        if (lab == null) {
            em.persist(new LivingLab(spaceId, details));
        } else {
            lab.describe(details, space.getPhase());
        }
        changed.fire(new SpaceChanged(spaceId, space.getPhase()));
    }

    public Optional<LabDetail> detail(long spaceId, Actor viewer) {
        var space = em.find(Space.class, spaceId);
        var lab = em.find(LivingLab.class, spaceId);
        if (space == null || lab == null || spaces.detail(spaceId, viewer).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(reader.detail(space, lab, viewer, now()));
    }

    /** Proposals waiting for staff, oldest first. */
    public List<LabReader.PendingProposal> proposals(Actor actor) {
        staffOnly(actor);
        return em.createNamedQuery(LivingLab.IN_PHASE, LivingLab.class)
                .setParameter("phase", Phase.DRAFT)
                .getResultStream()
                .map(lab -> reader.pending(em.find(Space.class, lab.getSpaceId()), lab))
                .toList();
    }

    /** Staff approve a proposal: the space opens for sign-ups. */
    public void approve(long spaceId, Actor actor) {
        staffOnly(actor);
        spaces.move(spaceId, Phase.OPEN, null, actor);
        proposals.fire(new ProposalActivity.Decided(
                spaceId, em.find(Space.class, spaceId).getCreatedBy(), true, null));
    }

    /** Staff send a proposal back to its company with a note; it stays a draft. */
    public void returnProposal(long spaceId, String note, Actor actor) {
        staffOnly(actor);
        var space = managed(spaceId, actor);
        var lab = lab(spaceId);
        lab.returnToProposer(note, space.getPhase());
        changed.fire(new SpaceChanged(spaceId, space.getPhase()));
        proposals.fire(new ProposalActivity.Decided(spaceId, space.getCreatedBy(), false, lab.getReturnNote()));
    }

    /** A tester's place while there are free places, else the waiting list. */
    public SignupStatus signUp(long spaceId, long accountId) {
        var space = locked(spaceId);
        var status = lab(spaceId).signUp(accountId, space.getPhase(), now());
        if (status == SignupStatus.TESTER) {
            space.admit(accountId);
        }
        changed.fire(new SpaceChanged(spaceId, space.getPhase()));
        return status;
    }

    /** Withdraws a tester or a member in line; a freed place goes to the first in line, who is told. */
    public void withdraw(long spaceId, long accountId) {
        var space = locked(spaceId);
        if (!space.getKind().joinable(space.getPhase())) {
            throw new DomainException(Kind.CONFLICT, "lab.signup.closed");
        }
        var next = lab(spaceId).withdraw(accountId);
        space.leave(accountId);
        next.ifPresent(id -> {
            space.admit(id);
            promoted.fire(new TesterPromoted(spaceId, id));
        });
        changed.fire(new SpaceChanged(spaceId, space.getPhase()));
    }

    @Override
    public SpaceKind kind() {
        return SpaceKind.LIVING_LAB;
    }

    @Override
    public void leave(long spaceId, long accountId) {
        withdraw(spaceId, accountId);
    }

    /** A tester's feedback during the window; given again, it replaces the earlier one. */
    public void giveFeedback(long spaceId, long accountId, FeedbackInput input) {
        if (input == null) {
            throw new DomainException(Kind.INVALID, "lab.feedback.ratingEach", "ratings");
        }
        var space = locked(spaceId);
        var lab = lab(spaceId);
        var now = now();
        lab.checkTakesFeedback(
                accountId, space.getPhase(), new TestWindow(space.getOpensAt(), space.getSubmissionDeadline()), now);
        var feedback = feedbackOf(spaceId, accountId).orElseGet(() -> {
            var created = new Feedback(spaceId, accountId);
            em.persist(created);
            return created;
        });
        feedback.answer(input.ratings(), lab.getQuestions().size(), text(input.worked()), text(input.didNot()), now);
    }

    /** The member's own feedback, to edit it. */
    public Optional<FeedbackInput> feedbackOf(long spaceId, Actor actor) {
        return actor == null
                ? Optional.empty()
                : feedbackOf(spaceId, actor.accountId())
                        .map(f -> new FeedbackInput(f.getRatings(), f.getWorkedSource(), f.getDidNotSource()));
    }

    /** Aggregated results for the proposing company and staff; anybody else is refused. */
    public LabResults results(long spaceId, Actor actor) {
        var space = managed(spaceId, actor);
        var all = em.createNamedQuery(Feedback.OF_LAB, Feedback.class)
                .setParameter("space", spaceId)
                .getResultList();
        return reader.results(space, lab(spaceId), all);
    }

    /** Publishes what the experiment taught; during testing this also moves the lab to its results. */
    public void publishSummary(long spaceId, String summary, Actor actor) {
        var space = managed(spaceId, actor);
        lab(spaceId).publishSummary(summary, richText.toSafeHtml(summary), actor.accountId(), space.getPhase(), now());
        if (space.getPhase() == Phase.TESTING) {
            spaces.move(spaceId, Phase.RESULTS, null, actor);
        } else {
            changed.fire(new SpaceChanged(spaceId, space.getPhase()));
        }
    }

    /** A lab opens only with its details, and shows results only with a summary (whichever route moves it). */
    @Override
    public void checkMove(long spaceId, Phase target) {
        if (target != Phase.OPEN && target != Phase.RESULTS) {
            return;
        }
        var lab = em.find(LivingLab.class, spaceId);
        if (lab == null) {
            throw new DomainException(Kind.CONFLICT, "lab.open.needsDetails", "phase");
        }
        if (target == Phase.RESULTS && !lab.hasSummary()) {
            throw new DomainException(Kind.CONFLICT, "lab.results.needsSummary", "phase");
        }
    }

    private Optional<Feedback> feedbackOf(long spaceId, long accountId) {
        return em.createNamedQuery(Feedback.OF_TESTER, Feedback.class)
                .setParameter("space", spaceId)
                .setParameter("account", accountId)
                .getResultStream()
                .findFirst();
    }

    private Feedback.FeedbackText text(String source) {
        return new Feedback.FeedbackText(
                source, source == null || source.isBlank() ? null : richText.toSafeHtml(source));
    }

    private Space locked(long spaceId) {
        var space = em.find(Space.class, spaceId, LockModeType.PESSIMISTIC_WRITE);
        if (space == null
                || space.getKind() != SpaceKind.LIVING_LAB
                || !space.getPhase().isPublic()) {
            throw new DomainException(Kind.NOT_FOUND, "space.notFound");
        }
        return space;
    }

    private Space managed(long spaceId, Actor actor) {
        if (actor == null) {
            throw new DomainException(Kind.UNAUTHORIZED, "problem.unauthorized");
        }
        var space = em.find(Space.class, spaceId, LockModeType.PESSIMISTIC_WRITE);
        if (space == null || space.getKind() != SpaceKind.LIVING_LAB) {
            throw new DomainException(Kind.NOT_FOUND, "space.notFound");
        }
        if (!space.mayBeManagedBy(actor.accountId(), actor.staff())) {
            throw new DomainException(Kind.FORBIDDEN, "lab.manage.forbidden");
        }
        return space;
    }

    private LivingLab lab(long spaceId) {
        var lab = em.find(LivingLab.class, spaceId);
        if (lab == null) {
            throw new DomainException(Kind.NOT_FOUND, "lab.notFound");
        }
        return lab;
    }

    private static void staffOnly(Actor actor) {
        if (actor == null || !actor.staff()) {
            throw new DomainException(Kind.FORBIDDEN, "lab.staffOnly");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
