package org.tori.spaces.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.tori.accounts.boundary.AccountSummary;
import org.tori.accounts.boundary.Accounts;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.platform.faces.Page;
import org.tori.spaces.entity.Phase;

/** One space: what it is, its life cycle, joining and leaving, and the next move for its managers. */
@Named
@RequestScoped
public class SpaceView {

    @Inject
    Spaces spaces;

    @Inject
    CurrentMember member;

    @Inject
    Accounts accounts;

    private long id;
    private SpaceDetail space;
    private String reason;
    private List<Spaces.ChallengeView> challenges;
    private final ChallengeDraft challenge = new ChallengeDraft();

    /** What the challenge form holds while it is filled in. */
    public static class ChallengeDraft {
        private String title;
        private String postedBy;
        private String description;
        private String dataOffered;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getPostedBy() {
            return postedBy;
        }

        public void setPostedBy(String postedBy) {
            this.postedBy = postedBy;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getDataOffered() {
            return dataOffered;
        }

        public void setDataOffered(String dataOffered) {
            this.dataOffered = dataOffered;
        }
    }

    public List<Spaces.ChallengeView> getChallenges() {
        if (challenges == null) {
            challenges = id <= 0 || space == null ? List.of() : spaces.challenges(id);
        }
        return challenges;
    }

    private List<RelatedLessons.LessonLink> lessons;

    public List<RelatedLessons.LessonLink> getRelatedLessons() {
        if (lessons == null) {
            lessons = id <= 0 || space == null ? List.of() : spaces.relatedLessons(id, readerCity());
        }
        return lessons;
    }

    /** "Other cities" are other than the reader's: a signed-in partner city's own city, not the space's. */
    private String readerCity() {
        return member.isCityPartner()
                ? member.id().flatMap(accounts::find).map(AccountSummary::city).orElse(null)
                : null;
    }

    public ChallengeDraft getChallenge() {
        return challenge;
    }

    public void postChallenge() throws IOException {
        spaces.postChallenge(
                id,
                new ChallengeForm(challenge.title, challenge.description, challenge.dataOffered, challenge.postedBy),
                member.actor().orElseThrow());
        Page.done("challenges.posted", "/spaces/space?id=" + id + "#challenges");
    }

    /**
     * The space is read from the request parameter as soon as the bean exists: forms on the page are
     * decoded (and their rendered conditions asked) before view parameters are applied.
     */
    @PostConstruct
    void read() {
        id = Page.optionalId("id").orElse(0L);
        space = id <= 0 ? null : spaces.detail(id, member.actor().orElse(null)).orElse(null);
    }

    public void load() throws IOException {
        if (space == null) {
            Page.notFound();
        }
    }

    public void join() throws IOException {
        spaces.join(id, member.actor().orElseThrow().accountId());
        done("space.joined");
    }

    public void leave() throws IOException {
        spaces.leave(id, member.actor().orElseThrow().accountId());
        done("space.left");
    }

    public void moveOn() throws IOException {
        var next = spaces.detail(id, member.actor().orElse(null))
                .map(SpaceDetail::nextPhase)
                .orElseThrow();
        spaces.move(id, Phase.valueOf(next), reason, member.signedIn(), "on".equals(Page.param("confirm-results")));
        done("space.moved");
    }

    private void done(String key) throws IOException {
        Page.done(key, "/spaces/space?id=" + id);
    }

    /** Whether a person joins this space with one click in its present phase (the kind's rule, as the entity applies it). */
    public boolean isJoinable() {
        return space.joinable();
    }

    public boolean isParticipant() {
        return member.actor().map(a -> spaces.isParticipant(id, a.accountId())).orElse(false);
    }

    public boolean isSignedIn() {
        return member.actor().isPresent();
    }

    public boolean isManager() {
        return member.actor().map(a -> spaces.mayManage(id, a)).orElse(false);
    }

    /** Whether entries of the space are judged (challenges, screening and jury tools belong to those kinds only). */
    public boolean isJudged() {
        return space != null && spaces.isJudged(id);
    }

    /** Whether the visitor may move the space to its next phase (a company's lab draft is opened by staff). */
    public boolean isMayMoveOn() {
        return member.actor().map(a -> spaces.mayMoveOn(id, a)).orElse(false);
    }

    public SpaceDetail getSpace() {
        return space;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
