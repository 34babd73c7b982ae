package org.tori.consultations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/** A numbered section of one version: what is needed and why, in sanitised HTML. Never edited once published. */
@Entity
@Table(name = "spec_section")
public class SpecSection {

    public static final int MAX_HEADING = 200;
    public static final int MAX_BODY = 20000;

    @Id
    @SequenceGenerator(name = "spec_section_seq", sequenceName = "spec_section_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "spec_section_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private SpecVersion version;

    private int ordinal;

    @Column(name = "section_number")
    private String number;

    private String heading;

    @Column(name = "body_source")
    private String bodySource;

    @Column(name = "body_html")
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_mark")
    private Change change = Change.SAME;

    protected SpecSection() {}

    SpecSection(SpecVersion version, int ordinal, String number, String heading, String bodySource, String bodyHtml) {
        if (heading == null || heading.isBlank()) {
            throw new DomainException(Kind.INVALID, "consultation.section.heading", "heading");
        }
        if (heading.strip().length() > MAX_HEADING) {
            throw new DomainException(Kind.INVALID, "consultation.section.headingTooLong", "heading");
        }
        if (bodySource == null || bodySource.isBlank() || bodyHtml == null || bodyHtml.isBlank()) {
            throw new DomainException(Kind.INVALID, "consultation.section.body", "body");
        }
        if (bodySource.length() > MAX_BODY) {
            throw new DomainException(Kind.INVALID, "consultation.section.bodyTooLong", "body");
        }
        this.version = Objects.requireNonNull(version);
        this.ordinal = ordinal;
        this.number = number;
        this.heading = heading.strip();
        this.bodySource = bodySource.strip();
        this.bodyHtml = bodyHtml;
    }

    void mark(Change change) {
        this.change = change;
    }

    /** Same as readers see it: what was typed may differ in markup that sanitising removed. */
    boolean sameAs(SpecSection other) {
        return heading.equals(other.heading) && bodyHtml.equals(other.bodyHtml);
    }

    /** A comment on this section, if the round takes comments on this version now. */
    public SectionComment comment(long authorId, String source, String html, CommentRound round, OffsetDateTime now) {
        round.requireOpenFor(version, now);
        return new SectionComment(this, authorId, source, html, now);
    }

    public Long getId() {
        return id;
    }

    public SpecVersion getVersion() {
        return version;
    }

    public String getNumber() {
        return number;
    }

    public String getHeading() {
        return heading;
    }

    public String getBodySource() {
        return bodySource;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Change getChange() {
        return change;
    }
}
