package org.tori.livinglabs.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import org.tori.accounts.boundary.Accounts;
import org.tori.accounts.boundary.Actor;
import org.tori.livinglabs.entity.Feedback;
import org.tori.livinglabs.entity.LivingLab;
import org.tori.livinglabs.entity.QuestionResult;
import org.tori.livinglabs.entity.TestWindow;
import org.tori.spaces.entity.Phase;
import org.tori.spaces.entity.Space;

/** Puts a lab, its space and its feedback together into what pages and the API show. */
@ApplicationScoped
public class LabReader {

    /** A proposal on the staff list. */
    public record PendingProposal(
            long spaceId,
            String title,
            String proposer,
            String prototype,
            String location,
            int capacity,
            OffsetDateTime opensAt,
            OffsetDateTime closesAt,
            String returnNote) {}

    @Inject
    Accounts accounts;

    public LabDetail detail(Space space, LivingLab lab, Actor viewer, OffsetDateTime now) {
        long me = viewer == null ? -1 : viewer.accountId();
        boolean manager = viewer != null && space.mayBeManagedBy(me, viewer.staff());
        var status = viewer == null ? null : lab.statusOf(me).map(Enum::name).orElse(null);
        boolean inWindow = space.getPhase() == Phase.TESTING
                && new TestWindow(space.getOpensAt(), space.getSubmissionDeadline()).contains(now);
        return new LabDetail(
                space.getId(),
                space.getTitle(),
                space.getPhase().name(),
                lab.getPrototype(),
                lab.getLocation(),
                lab.getLearningGoals(),
                lab.getTesterProfile(),
                lab.getCapacity(),
                lab.testers(),
                lab.waiting(),
                lab.getQuestions(),
                space.getOpensAt(),
                space.getSubmissionDeadline(),
                space.getKind().joinable(space.getPhase()),
                inWindow,
                status,
                viewer == null ? 0 : lab.waitingPosition(me),
                manager,
                manager ? lab.getReturnNote() : null,
                lab.getSummaryHtml());
    }

    public PendingProposal pending(Space space, LivingLab lab) {
        var proposer = accounts.find(space.getCreatedBy())
                .map(a -> a.organisation() == null || a.organisation().isBlank()
                        ? a.name()
                        : a.name() + " (" + a.organisation() + ")")
                .orElse("");
        return new PendingProposal(
                space.getId(),
                space.getTitle(),
                proposer,
                lab.getPrototype(),
                lab.getLocation(),
                lab.getCapacity(),
                space.getOpensAt(),
                space.getSubmissionDeadline(),
                lab.getReturnNote());
    }

    public LabResults results(Space space, LivingLab lab, List<Feedback> all) {
        var questions = QuestionResult.of(
                lab.getQuestions(), all.stream().map(Feedback::getRatings).toList());
        var comments = all.stream()
                .filter(f -> f.getWorkedHtml() != null || f.getDidNotHtml() != null)
                .map(f -> new LabResults.Comment(f.getWorkedHtml(), f.getDidNotHtml(), f.getGivenAt()))
                .toList();
        return new LabResults(
                space.getId(),
                space.getTitle(),
                space.getPhase().name(),
                lab.testers(),
                all.size(),
                questions,
                comments,
                lab.getSummarySource(),
                lab.getSummaryHtml(),
                lab.getSummaryAt());
    }
}
