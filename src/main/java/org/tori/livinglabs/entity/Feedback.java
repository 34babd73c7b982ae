package org.tori.livinglabs.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/**
 * A tester's feedback on a lab: a rating from 1 to 5 for each of the company's questions, and in
 * their own words what worked and what did not. One per tester, rewritten while the window lasts.
 */
@Entity
@Table(name = "lab_feedback")
@NamedQuery(name = Feedback.OF_LAB, query = "SELECT f FROM Feedback f WHERE f.spaceId = :space ORDER BY f.id")
@NamedQuery(
        name = Feedback.OF_TESTER,
        query = "SELECT f FROM Feedback f WHERE f.spaceId = :space AND f.accountId = :account")
public class Feedback {

    public static final String OF_LAB = "Feedback.ofLab";
    public static final String OF_TESTER = "Feedback.ofTester";
    public static final int MAX_TEXT = 4000;

    @Id
    @SequenceGenerator(name = "lab_feedback_seq", sequenceName = "lab_feedback_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lab_feedback_seq")
    private Long id;

    @Column(name = "space_id")
    private long spaceId;

    @Column(name = "account_id")
    private long accountId;

    @Column(name = "worked_source")
    private String workedSource;

    @Column(name = "worked_html")
    private String workedHtml;

    @Column(name = "did_not_source")
    private String didNotSource;

    @Column(name = "did_not_html")
    private String didNotHtml;

    @Column(name = "given_at")
    private OffsetDateTime givenAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lab_rating", joinColumns = @JoinColumn(name = "feedback_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "rating")
    private List<Integer> ratings = new ArrayList<>();

    protected Feedback() {}

    public Feedback(long spaceId, long accountId) {
        this.spaceId = spaceId;
        this.accountId = accountId;
    }

    /** Records the answers: one rating of 1–5 per question, in the questions' order; texts are optional. */
    public void answer(
            List<Integer> given, int questions, FeedbackText worked, FeedbackText didNot, OffsetDateTime now) {
        if (given == null || given.size() != questions) {
            throw new DomainException(Kind.INVALID, "lab.feedback.ratingEach", "ratings");
        }
        if (given.stream().anyMatch(r -> r == null || r < 1 || r > 5)) {
            throw new DomainException(Kind.INVALID, "lab.feedback.ratingRange", "ratings");
        }
        Objects.requireNonNull(worked);
        Objects.requireNonNull(didNot);
        if (worked.tooLong() || didNot.tooLong()) {
            throw new DomainException(Kind.INVALID, "lab.tooLong", worked.tooLong() ? "worked" : "didNot");
        }
        ratings.clear();
        ratings.addAll(given);
        workedSource = worked.source();
        workedHtml = worked.html();
        didNotSource = didNot.source();
        didNotHtml = didNot.html();
        givenAt = Objects.requireNonNull(now);
    }

    /** A free-text answer as written and as sanitised HTML; blank is no answer. */
    public record FeedbackText(String source, String html) {
        public FeedbackText {
            if (source == null || source.isBlank()) {
                source = null;
                html = null;
            } else {
                source = source.strip();
            }
        }

        boolean tooLong() {
            return source != null && source.length() > MAX_TEXT;
        }
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public List<Integer> getRatings() {
        return List.copyOf(ratings);
    }

    public String getWorkedSource() {
        return workedSource;
    }

    public String getWorkedHtml() {
        return workedHtml;
    }

    public String getDidNotSource() {
        return didNotSource;
    }

    public String getDidNotHtml() {
        return didNotHtml;
    }

    public OffsetDateTime getGivenAt() {
        return givenAt;
    }
}
