package org.tori.events.boundary;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tori.events.entity.CalendarEvent;
import org.tori.events.entity.EventDetails;
import org.tori.events.entity.EventKind;
import org.tori.events.entity.Participation;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.platform.text.NameList;
import org.tori.platform.time.ProgramTime;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/** The staff form of an event; dates and times are typed as on the program's clock ("2026-12-01 18:00"). */
public class EventForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 200, message = "{tori.size.max}")
    private String title;

    private EventKind kind;
    private Participation participation = Participation.HOSTED;

    @Size(max = 4000, message = "{tori.size.max}")
    private String summary;

    @Size(max = 20, message = "{tori.size.max}")
    private String startsAt;

    @Size(max = 20, message = "{tori.size.max}")
    private String endsAt;

    @Size(max = 300, message = "{tori.size.max}")
    private String place;

    @Size(max = 500, message = "{tori.size.max}")
    private String onlineLink;

    @Size(max = 10, message = "{tori.size.max}")
    private String language = "fi";

    @Size(max = 500, message = "{tori.size.max}")
    private String registrationLink;

    @Size(max = 1000, message = "{tori.size.max}")
    private String organisations;

    /** Organisations chosen from the directory; {@code organisations} names the others. */
    private List<String> directoryOrganisations = new ArrayList<>();

    private Set<Theme> themes = EnumSet.noneOf(Theme.class);
    private Set<ValueStream> valueStreams = EnumSet.noneOf(ValueStream.class);

    @Size(max = 200, message = "{tori.size.max}")
    private String spaceIds;

    public EventForm() {}

    EventForm(CalendarEvent e) {
        title = e.getTitle();
        kind = e.getKind();
        participation = e.getParticipation();
        summary = e.getSummary();
        startsAt = wallClock(e.getStartsAt());
        endsAt = wallClock(e.getEndsAt());
        place = e.getPlace();
        onlineLink = e.getOnlineLink();
        language = e.getLanguage();
        registrationLink = e.getRegistrationLink();
        organisations = e.getOrganisations();
        themes = e.getThemes().isEmpty() ? EnumSet.noneOf(Theme.class) : EnumSet.copyOf(e.getThemes());
        valueStreams =
                e.getValueStreams().isEmpty() ? EnumSet.noneOf(ValueStream.class) : EnumSet.copyOf(e.getValueStreams());
        spaceIds = String.join(
                ", ", e.getSpaceIds().stream().sorted().map(String::valueOf).toList());
    }

    EventDetails details() {
        return new EventDetails(
                title == null ? "" : title,
                kind,
                participation,
                summary,
                time(startsAt, "startsAt"),
                time(endsAt, "endsAt"),
                place,
                onlineLink,
                language,
                registrationLink,
                NameList.join(directoryOrganisations, organisations),
                themes,
                valueStreams,
                spaces());
    }

    /** Sorts the named organisations into those the directory holds (chosen from it) and the others. */
    public void sortOrganisations(Collection<String> directory) {
        directoryOrganisations = new ArrayList<>(NameList.known(organisations, directory));
        organisations = NameList.unknown(organisations, directory);
    }

    public List<String> getDirectoryOrganisations() {
        return directoryOrganisations;
    }

    public void setDirectoryOrganisations(List<String> directoryOrganisations) {
        this.directoryOrganisations =
                directoryOrganisations == null ? new ArrayList<>() : new ArrayList<>(directoryOrganisations);
    }

    Set<Long> spaces() {
        var ids = new LinkedHashSet<Long>();
        if (spaceIds == null || spaceIds.isBlank()) {
            return ids;
        }
        for (var part : spaceIds.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            if (!part.matches("\\d{1,18}")) {
                throw new DomainException(Kind.INVALID, "event.spaces.invalid", "spaceIds");
            }
            ids.add(Long.parseLong(part));
        }
        return ids;
    }

    /** "2026-12-01 18:00" or "2026-12-01T18:00"; a date alone means the day's start. */
    static LocalDateTime time(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        var text = typed.strip().replace(' ', 'T');
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text);
        } catch (DateTimeParseException bad) {
            throw new DomainException(Kind.INVALID, "event.time.invalid", field);
        }
    }

    private static String wallClock(OffsetDateTime time) {
        var local = ProgramTime.localOf(time);
        return local == null ? null : local.toLocalDate() + " " + local.toLocalTime();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public Participation getParticipation() {
        return participation;
    }

    public void setParticipation(Participation participation) {
        this.participation = participation;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(String startsAt) {
        this.startsAt = startsAt;
    }

    public String getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(String endsAt) {
        this.endsAt = endsAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getRegistrationLink() {
        return registrationLink;
    }

    public void setRegistrationLink(String registrationLink) {
        this.registrationLink = registrationLink;
    }

    public String getOrganisations() {
        return organisations;
    }

    public void setOrganisations(String organisations) {
        this.organisations = organisations;
    }

    public Set<Theme> getThemes() {
        return themes;
    }

    public void setThemes(Set<Theme> themes) {
        this.themes = themes;
    }

    public Set<ValueStream> getValueStreams() {
        return valueStreams;
    }

    public void setValueStreams(Set<ValueStream> valueStreams) {
        this.valueStreams = valueStreams;
    }

    public String getSpaceIds() {
        return spaceIds;
    }

    public void setSpaceIds(String spaceIds) {
        this.spaceIds = spaceIds;
    }
}
