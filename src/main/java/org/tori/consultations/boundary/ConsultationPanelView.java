package org.tori.consultations.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.tori.spaces.boundary.ManagerContext;

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
    ManagerContext member;
    @Inject
    FacesContext faces;

    private static final java.time.ZoneId CITY_TIME = java.time.ZoneId.of("Europe/Helsinki");
    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy HH:mm");

    private Overview overview;
    private VersionDetail shown;

    @PostConstruct
    void read() {
        var params = faces.getExternalContext().getRequestParameterMap();
        long id = number(params.get("id"));
        var actor = member.actor().orElse(null);
        overview = id <= 0 ? null : consultations.overview(id, actor).orElse(null);
        if (overview == null) {
            return;
        }
        long asked = number(params.get("version"));
        int wanted = asked > 0 ? (int) Math.min(asked, Integer.MAX_VALUE) : overview.current();
        shown = (wanted > 0 ? consultations.version(id, wanted, actor) : Optional.<VersionDetail>empty())
                .or(() -> overview.current() > 0 ? consultations.version(id, overview.current(), actor) : Optional.empty())
                .or(() -> consultations.version(id, 1, actor)).orElse(null);
    }

    private static long number(String raw) {
        try {
            return raw == null ? 0 : Long.parseLong(raw.strip());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
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
    public String when(java.time.OffsetDateTime moment) {
        return moment == null ? "" : WHEN.format(moment.atZoneSameInstant(CITY_TIME));
    }

    /** Whether the version shown is an older one than the current, so the page says so. */
    public boolean isOlder() {
        return shown != null && overview != null && shown.published() && shown.number() < overview.current();
    }
}
