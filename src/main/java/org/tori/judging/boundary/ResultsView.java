package org.tori.judging.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.tori.accounts.boundary.Actor;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.pilots.entity.Pilot;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;
import org.tori.spaces.boundary.Spaces;

/** The judging parts of a space page: the public vote, the results with their prizes and follow-up, links for jurors and organisers. */
@Named
@RequestScoped
public class ResultsView {

    @Inject
    Judging judging;

    @Inject
    Votes votes;

    @Inject
    Spaces spaces;

    @Inject
    CurrentMember member;

    private List<PublishedResult> results;
    private List<Votes.Candidate> ballot;

    /** Empty while the page does not know its space yet (a form post decodes before parameters apply). */
    public List<PublishedResult> of(long spaceId) {
        if (spaceId <= 0) {
            return List.of();
        }
        if (results == null) {
            results = judging.results(spaceId);
        }
        return results;
    }

    public List<Votes.Candidate> ballot(long spaceId) {
        if (spaceId <= 0) {
            return List.of();
        }
        if (ballot == null) {
            ballot = votes.ballot(spaceId);
        }
        return ballot;
    }

    public Optional<Long> myVote(long spaceId) {
        return member.actor().flatMap(a -> votes.mine(spaceId, a.accountId()));
    }

    /** Casts the vote posted by the plain ballot form of the space page; run as a view action. */
    public void handle(long spaceId) {
        if (spaceId > 0 && Page.posted() && Page.param("pilot-op") != null) {
            followUp(spaceId);
            return;
        }
        if (!"cast".equals(Page.param("vote-op")) || spaceId <= 0 || !Page.posted()) {
            return;
        }
        try {
            var account = member.actor()
                    .orElseThrow(() -> new DomainException(DomainException.Kind.UNAUTHORIZED, "problem.unauthorized"));
            var choice = Page.optionalId("vote-entry");
            if (choice.isEmpty()) {
                Page.message(FacesMessage.SEVERITY_ERROR, "vote.choose");
            } else {
                votes.cast(spaceId, choice.get(), account.accountId());
                Page.info("vote.thanks");
            }
        } catch (DomainException refused) {
            Page.refused(refused);
        }
        ballot = null;
    }

    /** Offers a winner a pilot or business case, or moves one on, from the plain forms of the results (staff). */
    private void followUp(long spaceId) {
        try {
            var actor = member.actor()
                    .filter(Actor::staff)
                    .orElseThrow(() -> new DomainException(DomainException.Kind.FORBIDDEN, "space.manage.forbidden"));
            long entry = Page.id("pilot-entry");
            if ("offer".equals(Page.param("pilot-op"))) {
                judging.offerPilot(
                        spaceId,
                        entry,
                        new PilotForm(
                                Page.choice(Pilot.FollowUp.class, "pilot-kind").orElse(null),
                                Page.param("pilot-partner"),
                                money(Page.param("pilot-budget")),
                                day(Page.param("pilot-starts")),
                                Page.param("pilot-plan"),
                                Page.param("pilot-next")),
                        actor);
                Page.done("followUp.offered", "/spaces/space?id=" + spaceId + "#result-" + entry);
            } else {
                judging.moveFollowUp(
                        spaceId,
                        entry,
                        Page.choice(Pilot.Stage.class, "pilot-stage").orElse(null),
                        Page.param("pilot-outcome"),
                        "on".equals(Page.param("pilot-confirm-gaps")),
                        actor);
                Page.done("followUp.moved", "/spaces/space?id=" + spaceId + "#result-" + entry);
            }
        } catch (DomainException refused) {
            Page.refused(refused);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static BigDecimal money(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            if (raw.length() > 20) {
                throw new NumberFormatException();
            }
            return new BigDecimal(
                    raw.strip().replace(" ", "").replace("\u00a0", "").replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            throw new DomainException(DomainException.Kind.INVALID, "pilot.budget.invalid", "budgetEur");
        }
    }

    private static LocalDate day(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException notADay) {
            throw new DomainException(DomainException.Kind.INVALID, "pilot.start.required", "startsOn");
        }
    }

    /** Whether the visitor is staff who may offer and move follow-ups on the results. */
    public boolean followUpDesk(long spaceId) {
        return spaceId > 0
                && member.actor()
                        .map(a -> a.staff() && spaces.mayManage(spaceId, a))
                        .orElse(false);
    }

    public boolean isSignedIn() {
        return member.actor().isPresent();
    }

    public boolean juror(long spaceId) {
        return spaceId > 0
                && member.actor()
                        .map(a -> judging.isJurorOf(spaceId, a.accountId()))
                        .orElse(false);
    }

    /** Whether the judging tools are the visitor's: organisers of a space whose entries are judged. */
    public boolean manager(long spaceId) {
        return spaceId > 0
                && member.actor()
                        .map(a -> spaces.mayManage(spaceId, a) && spaces.isJudged(spaceId))
                        .orElse(false);
    }
}
