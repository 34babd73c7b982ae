package org.tori.roadmap.entity;

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
import java.util.Locale;
import java.util.Objects;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/** One step of the staff-managed status list; an item in it without progress of its own shows the default. */
@Entity
@Table(name = "roadmap_status")
@NamedQuery(name = RoadmapStatus.ALL, query = "SELECT s FROM RoadmapStatus s ORDER BY s.position, s.id")
@NamedQuery(name = RoadmapStatus.BY_CODE, query = "SELECT s FROM RoadmapStatus s WHERE s.code = :code")
public class RoadmapStatus {

    public static final String ALL = "RoadmapStatus.all";
    public static final String BY_CODE = "RoadmapStatus.byCode";

    @Id
    @SequenceGenerator(name = "roadmap_status_seq", sequenceName = "roadmap_status_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "roadmap_status_seq")
    private Long id;

    private String code;
    private String name;

    @Column(name = "default_progress")
    private int defaultProgress;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private int position;

    protected RoadmapStatus() {}

    public RoadmapStatus(String code, String name, int defaultProgress, Outcome outcome, int position) {
        if (code == null || !code.strip().matches("[A-Za-z][A-Za-z0-9_]{0,39}")) {
            throw new DomainException(Kind.INVALID, "roadmap.status.code", "statusCode");
        }
        this.code = code.strip().toUpperCase(Locale.ROOT);
        rename(name);
        changeDefault(defaultProgress);
        this.outcome = Objects.requireNonNull(outcome);
        this.position = position;
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank() || newName.strip().length() > 120) {
            throw new DomainException(Kind.INVALID, "roadmap.status.name", "statusName");
        }
        this.name = newName.strip();
    }

    public void changeDefault(int progress) {
        this.defaultProgress = Progress.check(progress, "statusProgress");
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getDefaultProgress() {
        return defaultProgress;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public int getPosition() {
        return position;
    }
}
