package org.tori.events.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.platform.time.ProgramTime;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/**
 * An event in the programme's calendar. It has a title, a kind, a start no later than its end, and
 * somewhere to be: a place, an online link or both. Links are web addresses, nothing else.
 */
@Entity
@Table(name = "calendar_event")
@NamedQuery(
        name = CalendarEvent.BETWEEN,
        query = "SELECT e FROM CalendarEvent e WHERE e.endsAt >= :from AND e.startsAt < :until"
                + " ORDER BY e.startsAt, e.id")
@NamedQuery(name = CalendarEvent.ALL, query = "SELECT e FROM CalendarEvent e ORDER BY e.startsAt, e.id")
public class CalendarEvent {

    public static final String BETWEEN = "CalendarEvent.between";
    public static final String ALL = "CalendarEvent.all";
    private static final int MAX_LINK = 500;

    @Id
    @SequenceGenerator(name = "calendar_event_seq", sequenceName = "calendar_event_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_event_seq")
    private Long id;

    private String title;

    @Enumerated(EnumType.STRING)
    private EventKind kind;

    @Enumerated(EnumType.STRING)
    private Participation participation;

    private String summary;

    @Column(name = "starts_at")
    private OffsetDateTime startsAt;

    @Column(name = "ends_at")
    private OffsetDateTime endsAt;

    private String place;

    @Column(name = "online_link")
    private String onlineLink;

    private String language;

    @Column(name = "registration_link")
    private String registrationLink;

    private String organisations;

    @Column(name = "created_by")
    private long createdBy;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "calendar_event_theme", joinColumns = @JoinColumn(name = "event_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "theme")
    private Set<Theme> themes = EnumSet.noneOf(Theme.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "calendar_event_stream", joinColumns = @JoinColumn(name = "event_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "value_stream")
    private Set<ValueStream> valueStreams = EnumSet.noneOf(ValueStream.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "calendar_event_space", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "space_id")
    private Set<Long> spaceIds = new HashSet<>();

    protected CalendarEvent() {}

    public CalendarEvent(EventDetails details, long createdBy, OffsetDateTime now) {
        this.createdBy = createdBy;
        this.createdAt = Objects.requireNonNull(now);
        describe(details, now);
    }

    /** Replaces what the event says; every rule is checked before anything changes. */
    public void describe(EventDetails d, OffsetDateTime now) {
        Objects.requireNonNull(d);
        if (blank(d.title())) {
            throw new DomainException(Kind.INVALID, "event.title.required", "title");
        }
        if (d.title().strip().length() > 200) {
            throw new DomainException(Kind.INVALID, "event.title.tooLong", "title");
        }
        if (d.kind() == null) {
            throw new DomainException(Kind.INVALID, "event.kind.required", "kind");
        }
        if (d.startsAt() == null) {
            throw new DomainException(Kind.INVALID, "event.startsAt.required", "startsAt");
        }
        if (d.endsAt() != null && d.endsAt().isBefore(d.startsAt())) {
            throw new DomainException(Kind.INVALID, "event.endsAt.beforeStart", "endsAt");
        }
        if (blank(d.place()) && blank(d.onlineLink())) {
            throw new DomainException(Kind.INVALID, "event.where.required", "place");
        }
        var online = link(d.onlineLink(), "onlineLink");
        var registration = link(d.registrationLink(), "registrationLink");
        this.title = d.title().strip();
        this.kind = d.kind();
        this.participation = d.participation() == null ? Participation.HOSTED : d.participation();
        this.summary = d.summary() == null ? "" : d.summary().strip();
        this.startsAt = ProgramTime.at(d.startsAt());
        this.endsAt = ProgramTime.at(d.endsAt() == null ? d.startsAt().plusHours(1) : d.endsAt());
        this.place = blank(d.place()) ? null : d.place().strip();
        this.onlineLink = online;
        this.language = blank(d.language()) ? "fi" : d.language().strip();
        this.registrationLink = registration;
        this.organisations = blank(d.organisations()) ? null : d.organisations().strip();
        this.themes.clear();
        this.themes.addAll(d.themes());
        this.valueStreams.clear();
        this.valueStreams.addAll(d.valueStreams());
        this.spaceIds.clear();
        this.spaceIds.addAll(d.spaceIds());
        this.updatedAt = now;
    }

    /** A web address (http or https) without blanks, or nothing. */
    static String link(String value, String field) {
        if (blank(value)) {
            return null;
        }
        var link = value.strip();
        if (!(link.startsWith("https://") || link.startsWith("http://"))
                || link.length() > MAX_LINK
                || link.chars()
                        .anyMatch(c -> Character.isWhitespace(c) || c < 0x20 || c == '"' || c == '<' || c == '>')) {
            throw new DomainException(Kind.INVALID, "event.link.invalid", field);
        }
        return link;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public boolean concerns(Theme theme, ValueStream stream) {
        return (theme == null || themes.contains(theme)) && (stream == null || valueStreams.contains(stream));
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public EventKind getKind() {
        return kind;
    }

    public Participation getParticipation() {
        return participation;
    }

    public String getSummary() {
        return summary;
    }

    public OffsetDateTime getStartsAt() {
        return startsAt;
    }

    public OffsetDateTime getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public String getLanguage() {
        return language;
    }

    public String getRegistrationLink() {
        return registrationLink;
    }

    public String getOrganisations() {
        return organisations;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public Set<Theme> getThemes() {
        return Set.copyOf(themes);
    }

    public Set<ValueStream> getValueStreams() {
        return Set.copyOf(valueStreams);
    }

    public Set<Long> getSpaceIds() {
        return Set.copyOf(spaceIds);
    }
}
