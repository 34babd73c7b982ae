package org.tori.judging.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.tori.accounts.boundary.Accounts;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;
import org.tori.platform.i18n.Texts;

/** The organisers' judging page: who has scored what, the ranking of the current round, further rounds, prizes, CSV. */
@Named
@RequestScoped
public class JudgingManageView {

    @Inject
    Judging judging;

    @Inject
    Prizes prizes;

    @Inject
    Accounts accounts;

    @Inject
    CurrentMember member;

    @Inject
    FacesContext faces;

    @Inject
    JudgingSetUp setUp;

    private long space;
    private Integer topN;
    private List<Judging.JurorProgress> progress;
    private List<RankedEntry> ranking;

    @PostConstruct
    void read() {
        space = Page.optionalId("space").orElse(0L);
    }

    /** Answers 404 for an unknown space and 403 for someone who does not manage it. */
    public void load() throws IOException {
        var op = Page.param("op");
        if (Page.posted() && op != null) {
            try {
                var done = setUp.act(space, member.signedIn());
                Page.done("setup.saved." + done, "/judging/manage?space=" + space);
                return;
            } catch (DomainException refused) {
                if (refused.kind() == DomainException.Kind.INVALID || refused.kind() == DomainException.Kind.CONFLICT) {
                    Page.refused(refused);
                }
            }
        }
        setUp.setSpace(space);
        try {
            progress = judging.progress(
                    space,
                    member.signedIn(),
                    id -> accounts.find(id).map(a -> a.name()).orElse(""));
            ranking = judging.ranking(space, member.signedIn());
        } catch (DomainException refused) {
            int status = refused.kind() == DomainException.Kind.NOT_FOUND ? 404 : 403;
            faces.getExternalContext().responseSendError(status, "");
            faces.responseComplete();
        }
    }

    public void startRound() throws IOException {
        judging.startRound(space, topN == null ? 0 : topN, member.signedIn());
        var text = Texts.get(faces.getViewRoot().getLocale(), "manage.roundStarted");
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        var external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/judging/manage?space=" + space);
        faces.responseComplete();
    }

    public int getRound() {
        return judging.currentRound(space);
    }

    public JudgingSetUp getSetUp() {
        return setUp;
    }

    public List<Judging.DeclaredConflict> getConflicts() {
        return member.actor().map(a -> judging.conflictsOf(space, a)).orElse(List.of());
    }

    public List<Prizes.PrizeView> getPrizes() {
        return prizes.of(space);
    }

    public List<Judging.JurorProgress> getProgress() {
        return progress == null ? List.of() : progress;
    }

    public List<RankedEntry> getRanking() {
        return ranking == null ? List.of() : ranking;
    }

    public long getSpace() {
        return space;
    }

    public void setSpace(long space) {
        this.space = space;
    }

    public Integer getTopN() {
        return topN;
    }

    public void setTopN(Integer topN) {
        this.topN = topN;
    }
}
