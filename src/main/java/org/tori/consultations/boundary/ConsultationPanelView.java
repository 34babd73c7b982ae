package org.tori.consultations.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.platform.faces.Page;
import org.tori.platform.time.ProgramTime;

/**
 * The consultation panel of a space page: the version chosen with {@code version=n} (the current
 * one by default), the version switcher, and whether the visitor may comment now.
 */
@Named
@RequestScoped
public class ConsultationPanelView {

    @Inject
    Consultations consultations;

    @Inject
    CurrentMember member;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm");

    private Overview overview;
    private VersionDetail shown;

    @PostConstruct
    void read() {
        long id = Page.optionalId("id").orElse(0L);
        var actor = member.actor().orElse(null);
        overview = id <= 0 ? null : consultations.overview(id, actor).orElse(null);
        if (overview == null) {
            return;
        }
        long asked = Page.optionalId("version").orElse(0L);
        int wanted = asked > 0 ? (int) Math.min(asked, Integer.MAX_VALUE) : overview.current();
        shown = (wanted > 0 ? consultations.version(id, wanted, actor) : Optional.<VersionDetail>empty())
                .or(() -> overview.current() > 0
                        ? consultations.version(id, overview.current(), actor)
                        : Optional.empty())
                .or(() -> consultations.version(id, 1, actor))
                .orElse(null);
    }

    /** What the member typed in a comment on this section that was refused, to show it again. */
    public String typed(long section) {
        return String.valueOf(section).equals(Page.typed("section")) ? Page.typed("body") : "";
    }

    public Overview getOverview() {
        return overview;
    }

    public VersionDetail getShown() {
        return shown;
    }

    public boolean isSignedIn() {
        return member.actor().isPresent();
    }

    public boolean isStaff() {
        return member.actor().map(a -> a.staff()).orElse(false);
    }

    /** A moment as people in Tampere read it (the Faces converter prints java.time values in ISO form). */
    public String when(OffsetDateTime moment) {
        return moment == null ? "" : WHEN.format(ProgramTime.localOf(moment));
    }

    /** Whether the version shown is an older one than the current, so the page says so. */
    public boolean isOlder() {
        return shown != null && overview != null && shown.published() && shown.number() < overview.current();
    }
}
