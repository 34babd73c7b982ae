package org.tori.spaces.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One member's report of a comment, with the reason staff read in their queue; a member reports a comment once. */
@Embeddable
public class CommentReport {

    @Column(name = "reporter_id")
    private long reporterId;

    private String reason;

    @Column(name = "reported_at")
    private OffsetDateTime reportedAt;

    protected CommentReport() {}

    CommentReport(long reporterId, String reason, OffsetDateTime reportedAt) {
        this.reporterId = reporterId;
        this.reason = reason;
        this.reportedAt = Objects.requireNonNull(reportedAt);
    }

    public long getReporterId() {
        return reporterId;
    }

    public String getReason() {
        return reason;
    }

    public OffsetDateTime getReportedAt() {
        return reportedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CommentReport r && r.reporterId == reporterId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(reporterId);
    }
}
