package org.tori.judging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/** The points one juror gave one entry on one criterion; a juror may correct them until results are out. */
@Entity
@Table(name = "score")
@NamedQuery(name = Score.OF_ENTRIES, query = "SELECT s FROM Score s WHERE s.entryId IN :entries AND s.round = :round")
@NamedQuery(
        name = Score.ONE,
        query =
                "SELECT s FROM Score s WHERE s.entryId = :entry AND s.criterionId = :criterion AND s.jurorId = :juror AND s.round = :round")
public class Score {

    public static final String OF_ENTRIES = "Score.ofEntries";
    public static final String ONE = "Score.one";

    @Id
    @SequenceGenerator(name = "score_seq", sequenceName = "score_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "score_seq")
    private Long id;

    @Column(name = "entry_id")
    private long entryId;

    @Column(name = "criterion_id")
    private long criterionId;

    @Column(name = "juror_id")
    private long jurorId;

    private int points;
    private int round;

    protected Score() {}

    public Score(long entryId, long criterionId, long jurorId, int round, int points) {
        this.round = round;
        this.entryId = entryId;
        this.criterionId = criterionId;
        this.jurorId = jurorId;
        give(points);
    }

    public void give(int points) {
        try {
            // the mark holds the range rule; one place for it
            this.points = new ScoreSheet.Mark(entryId, jurorId, criterionId, points).points();
        } catch (IllegalArgumentException outOfRange) {
            throw new DomainException(Kind.INVALID, "score.points.range", "points");
        }
    }

    public ScoreSheet.Mark asMark() {
        return new ScoreSheet.Mark(entryId, jurorId, criterionId, points);
    }
}
