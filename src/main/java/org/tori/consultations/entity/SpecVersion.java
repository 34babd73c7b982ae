package org.tori.consultations.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.spaces.entity.Phase;

/**
 * One version of a consultation's specification: a full snapshot of its numbered sections. Staff
 * edit version 1 while the consultation is a draft; once published a version never changes, and
 * a revision is a new version that marks which sections are new or changed.
 */
@Entity
@Table(name = "spec_version")
@NamedQuery(
        name = SpecVersion.OF_SPACE,
        query = "SELECT v FROM SpecVersion v WHERE v.spaceId = :space ORDER BY v.number")
public class SpecVersion {

    public static final String OF_SPACE = "SpecVersion.ofSpace";
    public static final int MAX_SECTIONS = 60;
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){0,3}");

    @Id
    @SequenceGenerator(name = "spec_version_seq", sequenceName = "spec_version_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "spec_version_seq")
    private Long id;

    @Column(name = "space_id")
    private long spaceId;

    @Column(name = "version_number")
    private int number;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "change_note")
    private String changeNote;

    @Column(name = "created_by")
    private long createdBy;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    private List<SpecSection> sections = new ArrayList<>();

    protected SpecVersion() {}

    private SpecVersion(long spaceId, int number, long createdBy, OffsetDateTime now) {
        this.spaceId = spaceId;
        this.number = number;
        this.createdBy = createdBy;
        this.createdAt = Objects.requireNonNull(now);
    }

    /** Version 1, unpublished and empty, for staff to write while the consultation is a draft. */
    public static SpecVersion first(long spaceId, long createdBy, OffsetDateTime now) {
        return new SpecVersion(spaceId, 1, createdBy, now);
    }

    /** Replaces the sections of the unpublished first version. */
    public void rewrite(List<SectionDraft> drafts) {
        if (isPublished()) {
            throw new DomainException(Kind.CONFLICT, "consultation.version.published");
        }
        sections.clear();
        place(drafts, null);
    }

    /** Makes the first version public, when the consultation opens; it needs something to comment on. */
    public void publish(OffsetDateTime now) {
        if (isPublished()) {
            return;
        }
        if (sections.isEmpty()) {
            throw new DomainException(Kind.CONFLICT, "consultation.open.needsSections", "phase");
        }
        publishedAt = Objects.requireNonNull(now);
    }

    /**
     * The next version, published at once: staff revise after reviewing the comments of this one,
     * which must be the newest published version, and say what changed.
     */
    public SpecVersion revise(Phase phase, String note, List<SectionDraft> drafts, long by, OffsetDateTime now) {
        if (phase != Phase.REVIEW) {
            throw new DomainException(Kind.CONFLICT, "consultation.revision.notInReview", "phase");
        }
        if (!isPublished()) {
            throw new DomainException(Kind.CONFLICT, "consultation.revision.notPublished");
        }
        if (note == null || note.isBlank()) {
            throw new DomainException(Kind.INVALID, "consultation.revision.noteRequired", "changeNote");
        }
        if (note.strip().length() > 4000) {
            throw new DomainException(Kind.INVALID, "consultation.revision.noteTooLong", "changeNote");
        }
        var next = new SpecVersion(spaceId, number + 1, by, now);
        next.place(drafts, this);
        next.changeNote = note.strip();
        next.publishedAt = now;
        return next;
    }

    private void place(List<SectionDraft> drafts, SpecVersion previous) {
        var kept = drafts == null
                ? List.<SectionDraft>of()
                : drafts.stream().filter(d -> d != null && !d.isBlank()).toList();
        if (kept.isEmpty()) {
            throw new DomainException(Kind.INVALID, "consultation.sections.required", "sections");
        }
        if (kept.size() > MAX_SECTIONS) {
            throw new DomainException(Kind.INVALID, "consultation.sections.tooMany", "sections");
        }
        var before = new HashMap<String, SpecSection>();
        if (previous != null) {
            previous.sections.forEach(s -> before.put(s.getNumber(), s));
        }
        var numbers = new HashSet<String>();
        int plain = 0;
        for (int i = 0; i < kept.size(); i++) {
            var d = kept.get(i);
            String number = d.number() == null || d.number().isBlank()
                    ? String.valueOf(++plain)
                    : d.number().strip();
            if (!NUMBER.matcher(number).matches()) {
                throw new DomainException(Kind.INVALID, "consultation.section.number", "number");
            }
            if (!number.contains(".")) {
                plain = Math.max(plain, Integer.parseInt(number));
            }
            if (!numbers.add(number)) {
                throw new DomainException(Kind.INVALID, "consultation.section.numberTwice", "number");
            }
            var section = new SpecSection(this, i, number, d.heading(), d.bodySource(), d.bodyHtml());
            var old = before.get(number);
            section.mark(
                    previous == null
                            ? Change.SAME
                            : old == null ? Change.NEW : old.sameAs(section) ? Change.SAME : Change.CHANGED);
            sections.add(section);
        }
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getSpaceId() {
        return spaceId;
    }

    public int getNumber() {
        return number;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public List<SpecSection> getSections() {
        return List.copyOf(sections);
    }
}
