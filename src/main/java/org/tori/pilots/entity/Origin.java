package org.tori.pilots.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/**
 * Where a pilot came from, kept as kind, id, title and a link within the portal: the pilots feature
 * names its origin without depending on the feature that holds it.
 */
@Embeddable
public class Origin {

    @Enumerated(EnumType.STRING)
    @Column(name = "origin_kind")
    private OriginKind kind;

    @Column(name = "origin_id")
    private Long originId;

    @Column(name = "origin_title")
    private String title;

    @Column(name = "origin_link")
    private String link;

    protected Origin() {}

    public Origin(OriginKind kind, Long originId, String title, String link) {
        this.kind = Objects.requireNonNull(kind);
        if (title == null || title.isBlank()) {
            throw new DomainException(Kind.INVALID, "pilot.origin.title.required", "originTitle");
        }
        if (title.strip().length() > 200) {
            throw new DomainException(Kind.INVALID, "pilot.text.long", "originTitle");
        }
        if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.length() > 300)) {
            throw new IllegalArgumentException("origin link " + link);
        }
        this.originId = originId;
        this.title = title.strip();
        this.link = link;
    }

    public OriginKind getKind() {
        return kind;
    }

    public Long getOriginId() {
        return originId;
    }

    public String getTitle() {
        return title;
    }

    public String getLink() {
        return link;
    }
}
