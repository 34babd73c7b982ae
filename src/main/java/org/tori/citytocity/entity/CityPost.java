package org.tori.citytocity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;
import java.util.Objects;

/** What topics and learnings share: the member city that posted it, its cleaned text, and staff moderation. */
@MappedSuperclass
public abstract class CityPost {

    @Column(name = "author_id")
    private long authorId;

    private String city;

    @Column(name = "body_html")
    private String bodyHtml;

    @Column(name = "hidden_reason")
    private String hiddenReason;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected CityPost() {}

    protected CityPost(long authorId, String city, String html, OffsetDateTime now) {
        this.authorId = authorId;
        this.city = city;
        this.bodyHtml = html;
        this.createdAt = Objects.requireNonNull(now);
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getCity() {
        return city;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    /** Staff hide it with a reason everyone sees instead of the text. */
    public void hide(String reason) {
        hiddenReason = Moderation.reason(reason);
    }

    public void restore() {
        hiddenReason = null;
    }

    public boolean isHidden() {
        return hiddenReason != null;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
