package org.tori.spaces.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/** A challenge of a space, posted by the city or a partner, with the data or platform it offers to solve it. */
@Entity
@Table(name = "challenge")
@NamedQuery(name = Challenge.OF_SPACE, query = "SELECT c FROM Challenge c WHERE c.spaceId = :space ORDER BY c.id")
public class Challenge {

    public static final String OF_SPACE = "Challenge.ofSpace";

    @Id
    @SequenceGenerator(name = "challenge_seq", sequenceName = "challenge_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "challenge_seq")
    private Long id;

    @Column(name = "space_id")
    private long spaceId;

    private String title;
    private String description;

    @Column(name = "data_offered")
    private String dataOffered;

    @Column(name = "posted_by")
    private String postedBy;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected Challenge() {}

    /** Challenges are posted before entries close; afterwards the entrants' ground must not move. */
    public Challenge(
            Space space, String title, String description, String dataOffered, String postedBy, OffsetDateTime now) {
        if (!space.takesChallenges()) {
            throw new DomainException(Kind.CONFLICT, "challenge.closed");
        }
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new DomainException(Kind.INVALID, "challenge.title.required", "title");
        }
        if (postedBy == null || postedBy.isBlank() || postedBy.length() > 200) {
            throw new DomainException(Kind.INVALID, "challenge.postedBy.required", "postedBy");
        }
        if ((description != null && description.length() > 4000)
                || (dataOffered != null && dataOffered.length() > 2000)) {
            throw new DomainException(Kind.INVALID, "challenge.tooLong", "description");
        }
        this.spaceId = space.getId();
        this.title = title.strip();
        this.description = description;
        this.dataOffered = dataOffered;
        this.postedBy = postedBy.strip();
        this.createdAt = Objects.requireNonNull(now);
    }

    public Long getId() {
        return id;
    }

    public long getSpaceId() {
        return spaceId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getDataOffered() {
        return dataOffered;
    }

    public String getPostedBy() {
        return postedBy;
    }
}
