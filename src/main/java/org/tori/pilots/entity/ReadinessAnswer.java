package org.tori.pilots.entity;

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
import java.util.Objects;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/** A pilot's answer to one item: yes, partly, no or not applicable, with its evidence (text, link) and who owns the item. */
@Entity
@Table(name = "readiness_answer")
@NamedQuery(name = ReadinessAnswer.OF_PILOT, query = "SELECT a FROM ReadinessAnswer a WHERE a.pilotId = :pilot")
@NamedQuery(name = ReadinessAnswer.OF_PILOTS, query = "SELECT a FROM ReadinessAnswer a WHERE a.pilotId IN :pilots")
public class ReadinessAnswer {

    public static final String OF_PILOT = "ReadinessAnswer.ofPilot";
    public static final String OF_PILOTS = "ReadinessAnswer.ofPilots";

    @Id
    @SequenceGenerator(name = "readiness_answer_seq", sequenceName = "readiness_answer_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "readiness_answer_seq")
    private Long id;

    @Column(name = "pilot_id")
    private long pilotId;

    @Column(name = "item_id")
    private long itemId;

    @Enumerated(EnumType.STRING)
    private Answer answer;

    private String evidence;
    private String link;
    private String owner;

    @Column(name = "answered_by")
    private Long answeredBy;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    protected ReadinessAnswer() {}

    public ReadinessAnswer(long pilotId, long itemId) {
        this.pilotId = pilotId;
        this.itemId = itemId;
    }

    /** A link is evidence others can open: a web address or a page of the portal. */
    public void answer(Answer answer, String evidence, String link, String owner, long by, OffsetDateTime now) {
        this.answer = Objects.requireNonNull(answer);
        var cleanLink = blankless(link);
        if (cleanLink != null
                && (cleanLink.length() > 500
                        || cleanLink.chars().anyMatch(Character::isWhitespace)
                        || !(cleanLink.startsWith("https://")
                                || cleanLink.startsWith("http://")
                                || (cleanLink.startsWith("/") && !cleanLink.startsWith("//"))))) {
            throw new DomainException(Kind.INVALID, "readiness.link.invalid", "link");
        }
        var cleanEvidence = blankless(evidence);
        var cleanOwner = blankless(owner);
        if ((cleanEvidence != null && cleanEvidence.length() > 2000)
                || (cleanOwner != null && cleanOwner.length() > 200)) {
            throw new DomainException(Kind.INVALID, "pilot.text.long", "evidence");
        }
        this.evidence = cleanEvidence;
        this.link = cleanLink;
        this.owner = cleanOwner;
        this.answeredBy = by;
        this.answeredAt = now;
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public long getPilotId() {
        return pilotId;
    }

    public long getItemId() {
        return itemId;
    }

    public Answer getAnswer() {
        return answer;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getLink() {
        return link;
    }

    public String getOwner() {
        return owner;
    }
}
