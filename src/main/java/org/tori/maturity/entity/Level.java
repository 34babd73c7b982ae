package org.tori.maturity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.tori.platform.DomainException;

/** One level of a dimension: what it looks like and example evidence in three languages, and the practices that help past it. */
@Embeddable
public class Level {

    private int level;

    @Column(name = "description_fi")
    private String descriptionFi;

    @Column(name = "description_en")
    private String descriptionEn;

    @Column(name = "description_sv")
    private String descriptionSv;

    @Column(name = "evidence_fi")
    private String evidenceFi;

    @Column(name = "evidence_en")
    private String evidenceEn;

    @Column(name = "evidence_sv")
    private String evidenceSv;

    private String practices = "";

    protected Level() {}

    public int getLevel() {
        return level;
    }

    public String description(Locale locale) {
        return switch (locale.getLanguage()) {
            case "fi" -> descriptionFi;
            case "sv" -> descriptionSv;
            default -> descriptionEn;
        };
    }

    public String evidence(Locale locale) {
        return switch (locale.getLanguage()) {
            case "fi" -> evidenceFi;
            case "sv" -> evidenceSv;
            default -> evidenceEn;
        };
    }

    /** The knowledge-base lessons (ids) recommended for a city at this level. */
    public List<Long> practiceIds() {
        return practices == null || practices.isBlank()
                ? List.of()
                : Arrays.stream(practices.split(","))
                        .map(String::strip)
                        .map(Long::valueOf)
                        .toList();
    }

    void describe(String fi, String en, String sv, String evidenceFi, String evidenceEn, String evidenceSv) {
        this.descriptionFi = required(fi);
        this.descriptionEn = required(en);
        this.descriptionSv = required(sv);
        this.evidenceFi = required(evidenceFi);
        this.evidenceEn = required(evidenceEn);
        this.evidenceSv = required(evidenceSv);
    }

    void recommend(List<Long> lessonIds) {
        var text = String.join(
                ",", lessonIds.stream().distinct().map(String::valueOf).toList());
        if (text.length() > 400) {
            throw new DomainException(DomainException.Kind.INVALID, "maturity.practices.tooMany", "practices");
        }
        this.practices = text;
    }

    private static String required(String text) {
        if (text == null || text.isBlank() || text.strip().length() > 1000) {
            throw new DomainException(DomainException.Kind.INVALID, "maturity.level.text", "description");
        }
        return text.strip();
    }
}
