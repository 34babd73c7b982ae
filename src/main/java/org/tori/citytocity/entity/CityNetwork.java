package org.tori.citytocity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/**
 * The city-to-city side of one space: who may read its topics and which version of the sharing
 * agreement is in force. Members post only while they have accepted that version.
 */
@Entity
@Table(name = "c2c_network")
public class CityNetwork {

    public static final int MAX_AGREEMENT = 20_000;

    @Id
    @Column(name = "space_id")
    private long spaceId;

    @Enumerated(EnumType.STRING)
    private NetworkVisibility visibility;

    @Column(name = "current_version")
    private int currentVersion;

    @Version
    private long version;

    protected CityNetwork() {}

    /** A new network reads as members only until its managers choose otherwise. */
    public CityNetwork(long spaceId) {
        this.spaceId = spaceId;
        this.visibility = NetworkVisibility.MEMBERS_ONLY;
    }

    /** Publishes the next version of the agreement; earlier versions stay as they were. */
    public Agreement publish(String source, String html, long by, OffsetDateTime now) {
        PostText.require(source, html, MAX_AGREEMENT, "c2c.agreement", "text");
        currentVersion++;
        return new Agreement(spaceId, currentVersion, source.strip(), html, by, now);
    }

    public void show(NetworkVisibility chosen) {
        this.visibility = Objects.requireNonNull(chosen);
    }

    /**
     * A city partner accepts the version in force. The version they read must be that one: when a
     * new version came out meanwhile, they read it first.
     */
    public Acceptance accept(long accountId, String city, Integer versionRead, OffsetDateTime now) {
        if (currentVersion == 0) {
            throw new DomainException(Kind.CONFLICT, "c2c.agreement.none");
        }
        if (city == null || city.isBlank()) {
            throw new DomainException(Kind.FORBIDDEN, "c2c.accept.cityOnly");
        }
        if (versionRead != null && versionRead != currentVersion) {
            throw new DomainException(Kind.CONFLICT, "c2c.accept.stale", "version");
        }
        return new Acceptance(spaceId, accountId, city.strip(), currentVersion, now);
    }

    /** Refuses a post from a city whose newest acceptance (0: none) is not of the version in force. */
    public void requireAccepted(int acceptedVersion) {
        if (acceptedVersion <= 0) {
            throw new DomainException(Kind.FORBIDDEN, "c2c.post.acceptFirst");
        }
        if (acceptedVersion < currentVersion) {
            throw new DomainException(Kind.FORBIDDEN, "c2c.post.reaccept");
        }
    }

    public boolean needsAcceptance(int acceptedVersion) {
        return currentVersion > 0 && acceptedVersion < currentVersion;
    }

    /** Members-only topics are for member cities and staff; the summary and agreement are for all. */
    public boolean contentReadableBy(boolean member, boolean staff) {
        return visibility == NetworkVisibility.PUBLIC || member || staff;
    }

    public long getSpaceId() {
        return spaceId;
    }

    public NetworkVisibility getVisibility() {
        return visibility;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }
}
