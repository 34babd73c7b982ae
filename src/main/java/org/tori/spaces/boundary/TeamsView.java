package org.tori.spaces.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tori.accounts.boundary.AccountSummary;
import org.tori.accounts.boundary.Accounts;
import org.tori.platform.faces.Page;

/** The teams section of a hackathon's page: start, ask, invite, approve, accept, leave. */
@Named
@RequestScoped
public class TeamsView {

    @Inject
    Teams teams;
    @Inject
    Accounts accounts;
    @Inject
    ManagerContext member;
    @Inject
    SpaceView space;

    private List<TeamSummary> list;
    private final Map<Long, String> names = new HashMap<>();
    private String name;
    private Integer size = 5;

    public List<TeamSummary> getTeams() {
        if (list == null) {
            list = space.getId() <= 0 ? List.of() : teams.ofSpace(space.getId());
        }
        return list;
    }

    public String name(long accountId) {
        return names.computeIfAbsent(accountId, id -> accounts.find(id).map(AccountSummary::name).orElse(""));
    }

    public long getMe() {
        return member.actor().map(Spaces.Actor::accountId).orElse(-1L);
    }

    public boolean isInTeam() {
        return getTeams().stream().anyMatch(t -> t.memberIds().contains(getMe()));
    }

    public List<Teams.Suggestion> suggestions(long teamId) {
        return teams.suggestions(teamId);
    }

    public void create() throws IOException {
        teams.create(space.getId(), name, size, getMe());
        done("team.created");
    }

    /** Acts on the plain team forms of the page (team-op, team, account, email); GETs pass through. */
    public void handle() throws IOException {
        var op = Page.param("team-op");
        if (!Page.posted() || op == null || member.actor().isEmpty()) {
            return;
        }
        long team = Page.id("team");
        try {
            switch (op) {
                case "request" -> {
                    teams.requestToJoin(team, getMe());
                    done("team.requested");
                }
                case "accept" -> {
                    teams.accept(team, getMe(), getMe());
                    done("team.accepted");
                }
                case "approve" -> {
                    teams.accept(team, Page.id("account"), getMe());
                    done("team.accepted");
                }
                case "invite" -> {
                    teams.invite(team, Page.param("email"), getMe());
                    done("team.invited");
                }
                case "leave" -> {
                    teams.remove(team, getMe(), getMe());
                    done("team.left");
                }
                default -> {
                    // an unknown operation: show the page as it is
                }
            }
        } catch (org.tori.platform.DomainException refused) {
            Page.refused(refused);
            list = null;
        }
    }

    private void done(String key) throws IOException {
        Page.done(key, "/spaces/space?id=" + space.getId() + "#teams");
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getSize() {
        return size;
    }

    public void setSize(Integer size) {
        this.size = size;
    }
}
