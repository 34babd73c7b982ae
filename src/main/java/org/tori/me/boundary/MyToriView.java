package org.tori.me.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tori.accounts.boundary.AccountSummary;
import org.tori.accounts.boundary.Accounts;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.accounts.boundary.RoleRequestSummary;
import org.tori.accounts.boundary.RoleRequests;
import org.tori.citytocity.boundary.MyAgreements;
import org.tori.judging.boundary.Judging;
import org.tori.judging.boundary.JuryDuties;
import org.tori.judging.boundary.PublishedResult;
import org.tori.knowledge.boundary.LessonLists;
import org.tori.livinglabs.boundary.MyLabs;
import org.tori.notifications.boundary.Preferences;
import org.tori.notifications.entity.FollowKind;
import org.tori.spaces.boundary.MySpaces;

/**
 * The member's own page, read once per request (a plain GET, no view state). Each list comes from
 * its feature's boundary and is read lazily, the first time the page asks for it.
 */
@Named
@RequestScoped
public class MyToriView {

    /** A followed thing as the page lists it: {@code label} is a space's title, a theme's code or a city. */
    public record Follow(String kind, String target, String label, Long spaceId) {}

    @Inject
    CurrentMember member;

    @Inject
    Accounts accounts;

    @Inject
    RoleRequests roleRequests;

    @Inject
    MySpaces spaces;

    @Inject
    JuryDuties jury;

    @Inject
    LessonLists lessons;

    @Inject
    Preferences preferences;

    @Inject
    MyLabs labs;

    @Inject
    MyAgreements agreements;

    @Inject
    Judging judging;

    private AccountSummary account;
    private List<JuryDuties.Duty> duties;
    private List<MySpaces.Dated> joined;
    private List<MySpaces.MyTeam> teams;
    private List<MySpaces.MyEntry> entries;
    private List<LessonLists.OwnLesson> ownLessons;
    private List<Follow> follows;
    private Optional<RoleRequestSummary> roleRequest;
    private List<MyLabs.Signup> signups;
    private final Map<Long, List<PublishedResult>> results = new HashMap<>();
    private List<MyAgreements.ToAccept> toAccept;

    private long me() {
        return member.id().orElseThrow();
    }

    public AccountSummary getAccount() {
        if (account == null) {
            account = accounts.find(me()).orElseThrow();
        }
        return account;
    }

    /** A role request still waiting or refused; an approved one is no longer news here. */
    public RoleRequestSummary getRoleRequest() {
        if (roleRequest == null) {
            roleRequest = roleRequests.latestOf(me()).filter(r -> r.isPending() || r.isRefused());
        }
        return roleRequest.orElse(null);
    }

    public List<JuryDuties.Duty> getDuties() {
        if (duties == null) {
            duties = jury.of(me());
        }
        return duties;
    }

    public List<JuryDuties.Duty> getDueDuties() {
        return getDuties().stream().filter(JuryDuties.Duty::due).toList();
    }

    public List<MySpaces.Dated> getSpaces() {
        if (joined == null) {
            joined = spaces.joined(me());
        }
        return joined;
    }

    public List<MySpaces.MyTeam> getTeams() {
        if (teams == null) {
            teams = spaces.teams(me());
        }
        return teams;
    }

    /** Teams where the member is awaited: join requests for a captain, an invitation for the member. */
    public List<MySpaces.MyTeam> getTeamsWaiting() {
        return getTeams().stream().filter(t -> t.requests() > 0 || t.invited()).toList();
    }

    public List<MyLabs.Signup> getLabs() {
        if (signups == null) {
            signups = labs.of(me());
        }
        return signups;
    }

    public List<MyLabs.Signup> getFeedbackDue() {
        return getLabs().stream().filter(MyLabs.Signup::feedbackDue).toList();
    }

    public List<MyAgreements.ToAccept> getAgreements() {
        if (toAccept == null) {
            toAccept = member.isCityPartner() ? agreements.of(me()) : List.of();
        }
        return toAccept;
    }

    public List<MySpaces.MyEntry> getEntries() {
        if (entries == null) {
            entries = spaces.entries(me());
        }
        return entries;
    }

    /** The jury's place of an entry once results are out; 0 while there are none. */
    public int placeOf(MySpaces.MyEntry entry) {
        if (!"RESULTS".equals(entry.phase()) && !"ARCHIVED".equals(entry.phase())) {
            return 0;
        }
        return results.computeIfAbsent(entry.spaceId(), judging::results).stream()
                .filter(r -> r.entryId() == entry.id())
                .mapToInt(PublishedResult::place)
                .findFirst()
                .orElse(0);
    }

    public List<LessonLists.OwnLesson> getLessons() {
        if (ownLessons == null) {
            ownLessons = lessons.ofAuthor(me());
        }
        return ownLessons;
    }

    public List<LessonLists.OwnLesson> getReturnedLessons() {
        return getLessons().stream().filter(LessonLists.OwnLesson::returned).toList();
    }

    public List<LessonLists.OwnLesson> lessonsIn(String stage) {
        return getLessons().stream().filter(l -> l.stage().equals(stage)).toList();
    }

    public List<String> getLessonStages() {
        return List.of("DRAFT", "RETURNED", "IN_REVIEW", "PUBLISHED");
    }

    public List<LessonLists.AdoptedPractice> getAdoptions() {
        return lessons.adoptedBy(me(), member.isCityPartner() ? getAccount().city() : null);
    }

    public List<Follow> getFollows() {
        if (follows == null) {
            var followed = preferences.followed(me());
            var spaceIds = followed.stream()
                    .filter(f -> f.kind() == FollowKind.SPACE)
                    .map(f -> parse(f.target()))
                    .flatMap(Optional::stream)
                    .toList();
            var titles = new HashMap<Long, String>();
            spaces.of(spaceIds).forEach(s -> titles.put(s.id(), s.title()));
            var list = new ArrayList<Follow>();
            for (var f : followed) {
                var id = f.kind() == FollowKind.SPACE ? parse(f.target()).orElse(null) : null;
                if (f.kind() != FollowKind.SPACE || titles.containsKey(id)) {
                    list.add(new Follow(f.kind().name(), f.target(), id == null ? f.target() : titles.get(id), id));
                }
            }
            follows = list;
        }
        return follows;
    }

    /** Whether anything waits for the member now. */
    public boolean isNothingWaiting() {
        return getRoleRequest() == null
                && getDueDuties().isEmpty()
                && getTeamsWaiting().isEmpty()
                && getReturnedLessons().isEmpty()
                && getFeedbackDue().isEmpty()
                && getAgreements().isEmpty();
    }

    public boolean isWriter() {
        return member.isCityPartner() || member.isStaff();
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }
}
