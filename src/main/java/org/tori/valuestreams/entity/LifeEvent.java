package org.tori.valuestreams.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import org.tori.spaces.entity.ValueStream;

/** A moment in a person's life inside a value stream (the birth of a child, unemployment), kept by staff. */
@Entity
@Table(name = "life_event")
@NamedQuery(name = LifeEvent.ALL, query = "SELECT e FROM LifeEvent e ORDER BY e.valueStream, e.nameEn, e.id")
@NamedQuery(name = LifeEvent.COUNTS, query = "SELECT e.valueStream, COUNT(e) FROM LifeEvent e GROUP BY e.valueStream")
@NamedQuery(
        name = LifeEvent.OF,
        query = "SELECT e FROM LifeEvent e WHERE e.valueStream = :stream ORDER BY e.nameEn, e.id")
public class LifeEvent {

    public static final String ALL = "LifeEvent.all";
    public static final String OF = "LifeEvent.of";
    public static final String COUNTS = "LifeEvent.counts";
    public static final int NAME_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "life_event_seq")
    @SequenceGenerator(name = "life_event_seq", sequenceName = "life_event_seq", allocationSize = 1)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_stream")
    private ValueStream valueStream;

    @Column(name = "name_fi")
    private String nameFi;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "name_sv")
    private String nameSv;

    private String description;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected LifeEvent() {}

    public LifeEvent(
            ValueStream valueStream,
            String nameFi,
            String nameEn,
            String nameSv,
            String description,
            OffsetDateTime now) {
        this.valueStream = Objects.requireNonNull(valueStream);
        this.nameFi = Typed.required(nameFi, NAME_MAX, "lifeEvent.name", "nameFi");
        this.nameEn = Typed.required(nameEn, NAME_MAX, "lifeEvent.name", "nameEn");
        this.nameSv = Typed.required(nameSv, NAME_MAX, "lifeEvent.name", "nameSv");
        this.description = Typed.optional(description, 2000, "lifeEvent.description", "description");
        this.createdAt = Objects.requireNonNull(now);
    }

    /** The name in the reader's language, English when the language is none of the three. */
    public String name(Locale locale) {
        return switch (locale == null ? "en" : locale.getLanguage()) {
            case "fi" -> nameFi;
            case "sv" -> nameSv;
            default -> nameEn;
        };
    }

    public Long getId() {
        return id;
    }

    public ValueStream getValueStream() {
        return valueStream;
    }

    public String getDescription() {
        return description;
    }
}
