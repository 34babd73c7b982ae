package org.tori.judging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One line of published results, written once when results are published and never recomputed. */
@Entity
@Table(name = "result")
@NamedQuery(
        name = Result.OF_SPACE,
        query = "SELECT r FROM Result r WHERE r.spaceId = :space ORDER BY r.place, r.entryId")
public class Result {

    public static final String OF_SPACE = "Result.ofSpace";

    @Id
    @SequenceGenerator(name = "result_seq", sequenceName = "result_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "result_seq")
    private Long id;

    @Column(name = "space_id")
    private long spaceId;

    @Column(name = "entry_id")
    private long entryId;

    private String title;
    private int place;
    private BigDecimal score;
    private boolean tied;
    private int jurors;

    protected Result() {}

    public Result(long spaceId, long entryId, String title, int place, BigDecimal score, boolean tied, int jurors) {
        this.spaceId = spaceId;
        this.entryId = entryId;
        this.title = title;
        this.place = place;
        this.score = score;
        this.tied = tied;
        this.jurors = jurors;
    }

    public boolean isWinner() {
        return place == 1;
    }

    public long getEntryId() {
        return entryId;
    }

    public String getTitle() {
        return title;
    }

    public int getPlace() {
        return place;
    }

    public BigDecimal getScore() {
        return score;
    }

    public boolean isTied() {
        return tied;
    }

    public int getJurors() {
        return jurors;
    }
}
