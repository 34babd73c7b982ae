package org.tori.platform.lifeevents;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/**
 * The "Life event" select of the lists of spaces, lessons and stories (the page include
 * life-event-filter.xhtml): its options, and the parameter read back as a known life event.
 */
@Named
@RequestScoped
public class LifeEventFilter {

    public static final String PARAM = "lifeEvent";

    @Inject
    LifeEventChoices choices;

    private List<LifeEventChoices.Group> groups;

    public List<LifeEventChoices.Group> getGroups() {
        if (groups == null) {
            var faces = FacesContext.getCurrentInstance();
            var locale = faces == null || faces.getViewRoot() == null
                    ? Locale.ENGLISH
                    : faces.getViewRoot().getLocale();
            groups = choices.groups(locale);
        }
        return groups;
    }

    /** The life event the address asks for; blank is none, anything but a known life event is refused. */
    public Long parse(String raw) {
        return parse(raw, getGroups());
    }

    static Long parse(String raw, List<LifeEventChoices.Group> groups) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        var id = raw.strip();
        return groups.stream()
                .flatMap(g -> g.choices().stream())
                .filter(c -> String.valueOf(c.id()).equals(id))
                .map(LifeEventChoices.Choice::id)
                .findFirst()
                .orElseThrow(() -> new DomainException(Kind.INVALID, "lifeEvent.filter.unknown", PARAM));
    }
}
