package org.tori.maturity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/** A city's answer for one dimension: where it stands, where it aims and by when, and what shows it. */
@Embeddable
public class Answer {

    private static final int MAX_LINKS = 10;

    private String dimension;

    @Column(name = "current_level")
    private int currentLevel;

    @Column(name = "target_level")
    private int targetLevel;

    @Column(name = "target_year")
    private Integer targetYear;

    private String evidence;
    private String links;

    protected Answer() {}

    /**
     * The target is at least the current level; a target above it needs a year, from the assessment's
     * year on. Evidence links are Tori addresses (a path such as /knowledge/lesson?id=12), one a line.
     */
    public Answer(
            String dimension,
            Integer current,
            Integer target,
            Integer targetYear,
            int assessedYear,
            String evidence,
            String links) {
        this.dimension = Objects.requireNonNull(dimension);
        this.currentLevel = Levels.check(current, "current");
        this.targetLevel = Levels.check(target, "target");
        if (targetLevel < currentLevel) {
            throw new DomainException(Kind.INVALID, "maturity.target.belowCurrent", "target");
        }
        if (targetLevel > currentLevel && targetYear == null) {
            throw new DomainException(Kind.INVALID, "maturity.targetYear.missing", "targetYear");
        }
        if (targetYear != null && (targetYear < assessedYear || targetYear > assessedYear + 20)) {
            throw new DomainException(Kind.INVALID, "maturity.targetYear.invalid", "targetYear");
        }
        this.targetYear = targetYear;
        if (evidence != null && evidence.strip().length() > 4000) {
            throw new DomainException(Kind.INVALID, "maturity.evidence.tooLong", "evidence");
        }
        this.evidence = evidence == null || evidence.isBlank() ? null : evidence.strip();
        this.links = links(links);
    }

    private static String links(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() > MAX_LINKS) {
            throw new DomainException(Kind.INVALID, "maturity.links.tooMany", "links");
        }
        for (var line : lines) {
            if (!line.matches("/(knowledge|spaces|roadmap|stories|livinglabs|citytocity)/[A-Za-z0-9/_.?=&-]{0,150}")) {
                throw new DomainException(Kind.INVALID, "maturity.links.notTori", "links");
            }
        }
        return String.join("\n", lines);
    }

    public String getDimension() {
        return dimension;
    }

    public int getCurrentLevel() {
        return currentLevel;
    }

    public int getTargetLevel() {
        return targetLevel;
    }

    public Integer getTargetYear() {
        return targetYear;
    }

    public String getEvidence() {
        return evidence;
    }

    public List<String> getLinks() {
        return links == null ? List.of() : Arrays.asList(links.split("\n"));
    }

    /** Levels still to climb to the target; 0 when the city is where it wants to be. */
    public int gap() {
        return targetLevel - currentLevel;
    }

    /** The knowledge-base lessons among the evidence links, by id. */
    public List<Long> lessonIds() {
        return getLinks().stream()
                .filter(l -> l.matches("/knowledge/lesson\\?id=\\d{1,18}"))
                .map(l -> Long.valueOf(l.substring(l.indexOf('=') + 1)))
                .toList();
    }
}
