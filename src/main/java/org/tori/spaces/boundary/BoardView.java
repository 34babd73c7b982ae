package org.tori.spaces.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.tori.accounts.boundary.Actor;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;
import org.tori.platform.i18n.Texts;

/** The "looking for a team" board of a space: people without a team, teams with seats, best complement first. */
@Named
@RequestScoped
public class BoardView {

    @Inject
    Teams teams;

    @Inject
    Spaces spaces;

    @Inject
    CurrentMember member;

    @Inject
    FacesContext faces;

    private long id;
    private SpaceDetail space;
    private Teams.Board board;

    @PostConstruct
    void read() {
        id = Page.optionalId("id").orElse(0L);
        space = id <= 0 ? null : spaces.detail(id, member.actor().orElse(null)).orElse(null);
    }

    /** Shows the board (404 for an unknown space) and acts on its plain forms: look, stop looking, ask a team. */
    public void load() throws IOException {
        if (space == null) {
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
            return;
        }
        var op = Page.param("board-op");
        if (Page.posted() && op != null && member.actor().isPresent()) {
            long me = member.actor().get().accountId();
            try {
                switch (op) {
                    case "look" -> done(() -> teams.lookForTeam(id, me, Page.param("pitch")), "board.listed");
                    case "stop" -> done(() -> teams.stopLooking(id, me), "board.unlisted");
                    case "request" -> done(() -> teams.requestToJoin(Page.id("team"), me), "team.requested");
                    default -> {
                        // an unknown operation: show the board as it is
                    }
                }
            } catch (DomainException refused) {
                message(FacesMessage.SEVERITY_ERROR, refused.key());
            } catch (NumberFormatException tampered) {
                // show the board as it is
            }
        }
    }

    private void done(Runnable action, String key) throws IOException {
        action.run();
        message(FacesMessage.SEVERITY_INFO, key);
        faces.getExternalContext().getFlash().setKeepMessages(true);
        var external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/spaces/board?id=" + id);
        faces.responseComplete();
    }

    private void message(FacesMessage.Severity severity, String key) {
        var text = Texts.get(faces.getViewRoot().getLocale(), key);
        faces.addMessage(null, new FacesMessage(severity, text, text));
    }

    /** The pitch as typed when the board refused it, otherwise the one on the board. */
    public String getPitchShown() {
        var typed = Page.posted() ? Page.param("pitch") : null;
        return typed != null ? typed : getBoard().viewerPitch();
    }

    public Teams.Board getBoard() {
        if (board == null && space != null) {
            board = teams.board(id, member.actor().map(Actor::accountId).orElse(null));
        }
        return board;
    }

    public boolean isParticipant() {
        return member.actor().map(a -> spaces.isParticipant(id, a.accountId())).orElse(false);
    }

    public boolean isSignedIn() {
        return member.actor().isPresent();
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
}
