package org.tori.spaces.entity;

import static org.tori.spaces.entity.Phase.ARCHIVED;
import static org.tori.spaces.entity.Phase.DRAFT;
import static org.tori.spaces.entity.Phase.JUDGING;
import static org.tori.spaces.entity.Phase.OPEN;
import static org.tori.spaces.entity.Phase.RESULTS;
import static org.tori.spaces.entity.Phase.REVIEW;
import static org.tori.spaces.entity.Phase.SCREENING;
import static org.tori.spaces.entity.Phase.SUBMISSION;
import static org.tori.spaces.entity.Phase.TESTING;

import java.util.List;

/**
 * The kinds of co-creation space and the phases each goes through, in order. A hackathon opens for
 * registration and team forming, then takes concepts; a contest takes entries while open, then
 * staff screen them for eligibility before the jury. A living lab is proposed by a company, opened
 * for tester sign-up once staff approve it, and tests during its window (opening date to
 * deadline). A city-to-city space stays open while its member cities share. A consultation takes
 * comments until its deadline, then staff review them and publish a revision.
 */
public enum SpaceKind {
    HACKATHON(
            List.of(DRAFT, OPEN, SUBMISSION, JUDGING, RESULTS, ARCHIVED),
            List.of(Milestone.SUBMISSIONS_START, Milestone.SUBMISSIONS_CLOSE, Milestone.RESULTS)),
    CONTEST(
            List.of(DRAFT, OPEN, SCREENING, JUDGING, RESULTS, ARCHIVED),
            List.of(Milestone.OPENS, Milestone.ENTRIES_CLOSE, Milestone.JUDGING, Milestone.RESULTS)),
    LIVING_LAB(
            List.of(DRAFT, OPEN, TESTING, RESULTS, ARCHIVED),
            List.of(Milestone.TEST_START, Milestone.TEST_END, Milestone.RESULTS)),
    CITY_TO_CITY(List.of(DRAFT, OPEN, ARCHIVED), List.of(Milestone.OPENS)),
    CONSULTATION(
            List.of(DRAFT, OPEN, REVIEW, RESULTS, ARCHIVED),
            List.of(Milestone.OPENS, Milestone.COMMENTS_CLOSE, Milestone.RESULTS));

    private final List<Phase> phases;
    private final List<Milestone> milestones;

    SpaceKind(List<Phase> phases, List<Milestone> milestones) {
        this.phases = phases;
        this.milestones = milestones;
    }

    /** The dated steps of this kind's calendar, in order (what "opens" and "closes" mean for it). */
    public List<Milestone> milestones() {
        return milestones;
    }

    /** Entries come in while a contest is open or a hackathon takes concepts. */
    public boolean takesEntries(Phase phase) {
        return (this == CONTEST && phase == OPEN) || (this == HACKATHON && phase == SUBMISSION);
    }

    /** Whether an entry must come from a team (a hackathon concept) rather than from one person. */
    public boolean entriesNeedTeam() {
        return this == HACKATHON;
    }

    /** Challenges are posted on judged kinds before entries come in; afterwards the entrants' ground must not move. */
    public boolean takesChallenges(Phase phase) {
        return isJudged() && (phase == DRAFT || phase == OPEN);
    }

    /** Whether the team panel is shown: kinds with teams, once the space is public. */
    public boolean showsTeams(Phase phase) {
        return hasTeams() && phase.isPublic();
    }

    /** Whether new teams may be started: while people may still join. */
    public boolean formsTeams(Phase phase) {
        return hasTeams() && joinable(phase);
    }

    /** The line an empty team panel shows: how to start one while teams form, else that none were formed. */
    public String noTeamsKey(Phase phase) {
        return formsTeams(phase) ? "teams.empty." + name() : "teams.empty.closed";
    }

    /**
     * Whether screening is behind the space: a contest screens in its own phase before judging, a
     * hackathon while its jury judges. After that an unscreened entry no longer waits for anyone.
     */
    public boolean screeningOver(Phase phase) {
        var screenedIn = this == CONTEST ? SCREENING : this == HACKATHON ? JUDGING : null;
        return screenedIn != null && phases.indexOf(phase) > phases.indexOf(screenedIn);
    }

    public List<Phase> phases() {
        return phases;
    }

    /** The phase that follows, or the same phase at the end of the life cycle. */
    public Phase next(Phase current) {
        int i = phases.indexOf(current);
        return i < 0 || i == phases.size() - 1 ? current : phases.get(i + 1);
    }

    /** Whether the space takes entries that a jury judges (and so has teams, results and prizes). */
    public boolean isJudged() {
        return this == HACKATHON || this == CONTEST;
    }

    /** Whether entrants may form teams: a hackathon concept always comes from a team, a contest entry may. */
    public boolean hasTeams() {
        return isJudged();
    }

    /**
     * Whether anyone signed in joins with one click. Testers sign up against a capacity and member
     * cities accept an agreement first: those kinds admit people through their own features.
     */
    public boolean joinsDirectly() {
        return isJudged();
    }

    /** Whether people may join while the space is in this phase. */
    public boolean joinable(Phase phase) {
        return phase == OPEN || (this == HACKATHON && phase == SUBMISSION) || (this == LIVING_LAB && phase == TESTING);
    }

    /** Whether opening needs both dates; a city-to-city space runs without a deadline. */
    public boolean needsDates() {
        return this != CITY_TO_CITY;
    }

    /** Whether only program staff may open it (approving a company's proposed experiment). */
    public boolean opensByStaffApproval() {
        return this == LIVING_LAB;
    }

    /** Who may start one: companies propose living labs; consultations are the program's own. */
    public boolean mayBeCreatedBy(boolean staff, boolean cityPartner, boolean company) {
        return switch (this) {
            case LIVING_LAB -> staff || cityPartner || company;
            case CONSULTATION -> staff;
            default -> staff || cityPartner;
        };
    }
}
