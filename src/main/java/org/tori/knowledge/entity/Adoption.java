package org.tori.knowledge.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.platform.time.ProgramTime;

/** A partner city took a recommended practice into use: one record per city and practice. */
@Entity
@Table(name = "lesson_adoption")
@NamedQuery(
        name = Adoption.OF_LESSON,
        query = "SELECT a FROM Adoption a WHERE a.lessonId = :lessonId ORDER BY a.adoptedOn")
@NamedQuery(name = Adoption.BY_CITY, query = "SELECT a FROM Adoption a WHERE a.lessonId = :lessonId AND a.city = :city")
@NamedQuery(
        name = Adoption.OF_LESSONS,
        query = "SELECT a FROM Adoption a WHERE a.lessonId IN :lessonIds ORDER BY a.adoptedOn, a.id")
public class Adoption {

    public static final String OF_LESSON = "Adoption.ofLesson";
    public static final String BY_CITY = "Adoption.byCity";
    public static final String OF_LESSONS = "Adoption.ofLessons";

    @Id
    @SequenceGenerator(name = "adoption_seq", sequenceName = "adoption_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "adoption_seq")
    private Long id;

    @Column(name = "lesson_id")
    private Long lessonId;

    private String city;

    @Column(name = "account_id")
    private long accountId;

    @Column(name = "adopted_on")
    private LocalDate adoptedOn;

    private String note;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected Adoption() {}

    public Adoption(Lesson practice, String city, long accountId, OffsetDateTime now) {
        if (!practice.isPractice()) {
            throw new DomainException(Kind.CONFLICT, "lesson.adopt.notPractice");
        }
        if (city == null || city.isBlank()) {
            throw new DomainException(Kind.FORBIDDEN, "lesson.adopt.noCity");
        }
        this.lessonId = practice.getId();
        this.city = city.strip();
        this.accountId = accountId;
        this.createdAt = Objects.requireNonNull(now);
    }

    /** When and how; the date may not lie in the future. */
    public void record(LocalDate on, String note, OffsetDateTime now) {
        var today = ProgramTime.dateOf(now);
        var date = on == null ? today : on;
        if (date.isAfter(today)) {
            throw new DomainException(Kind.INVALID, "lesson.adopt.future", "adoptedOn");
        }
        this.adoptedOn = date;
        this.note = FreeText.blankToNull(note, 2000);
    }

    public Long getLessonId() {
        return lessonId;
    }

    public String getCity() {
        return city;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public String getNote() {
        return note;
    }
}
