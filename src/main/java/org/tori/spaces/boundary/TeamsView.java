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
import org.tori.accounts.boundary.Actor;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;
import org.tori.spaces.entity.Team;

/** The teams section of a hackathon's page: start, ask, invite, approve or decline, accept, leave. */
@Named
@RequestScoped
public class TeamsView {

    @Inject
    Teams teams;

    @Inject
    Accounts accounts;

    @Inject
    CurrentMember member;

    @Inject
    SpaceView space;

    private List<TeamSummary> list;
    private final Map<Long, String> names = new HashMap<>();

    public List<TeamSummary> getTeams() {
        if (list == null) {
            list = space.getId() <= 0 ? List.of() : teams.ofSpace(space.getId());
        }
        return list;
    }

    public String name(long accountId) {
        return names.computeIfAbsent(
                accountId, id -> accounts.find(id).map(AccountSummary::name).orElse(""));
    }

    public long getMe() {
        return member.actor().map(Actor::accountId).orElse(-1L);
    }

    public boolean isInTeam() {
        return getTeams().stream().anyMatch(t -> t.memberIds().contains(getMe()));
    }

    public List<Teams.Suggestion> suggestions(long teamId) {
        return teams.suggestions(teamId);
    }

    /**
     * What was typed into a refused team form, shown again with the reason: the field of the team
     * the form was for (0: the new-team form); nothing on a plain visit.
     */
    public String typed(String field, long teamId) {
        var posted = Page.param("team");
        boolean thisForm = teamId == 0 ? posted == null : String.valueOf(teamId).equals(posted);
        var value = Page.posted() && thisForm ? Page.param(field) : null;
        return value == null ? "" : value;
    }

    /** Acts on the plain team forms of the page (team-op, team, account, email); GETs pass through. */
    public void handle() throws IOException {
        var op = Page.param("team-op");
        if (!Page.posted() || op == null || member.actor().isEmpty()) {
            return;
        }
        try {
            if ("create".equals(op)) {
                teams.create(
                        space.getId(), Page.param("team-name"), Page.integer("team-size", Team.DEFAULT_SIZE), getMe());
                done("team.created");
                return;
            }
            long team = Page.id("team");
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
                case "decline" -> {
                    teams.remove(team, Page.id("account"), getMe());
                    done("team.declined");
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
        } catch (DomainException refused) {
            Page.refused(refused);
            list = null;
        }
    }

    private void done(String key) throws IOException {
        Page.done(key, "/spaces/space?id=" + space.getId() + "#teams");
    }
}
