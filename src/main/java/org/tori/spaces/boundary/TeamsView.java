package org.tori.spaces.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tori.accounts.boundary.AccountSummary;
import org.tori.accounts.boundary.Accounts;
import org.tori.platform.faces.Page;
import org.tori.platform.i18n.Texts;

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
    @Inject
    FacesContext faces;

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
        long team;
        try {
            team = Page.id("team");
        } catch (NumberFormatException notATeam) {
            return;
        }
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
            var text = Texts.get(faces.getViewRoot().getLocale(), refused.key());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            list = null;
        } catch (NumberFormatException notAnAccount) {
            // a tampered form: show the page as it is
        }
    }

    private void done(String key) throws IOException {
        var text = Texts.get(faces.getViewRoot().getLocale(), key);
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        var external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/spaces/space?id=" + space.getId() + "#teams");
        faces.responseComplete();
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
