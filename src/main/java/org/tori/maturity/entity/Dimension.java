package org.tori.maturity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/** One dimension of the maturity model (strategic intent, data, …) with its five levels in order. */
@Entity
@Table(name = "maturity_dimension")
@NamedQuery(name = Dimension.ALL, query = "SELECT d FROM Dimension d ORDER BY d.position")
public class Dimension {

    public static final String ALL = "Dimension.all";

    @Id
    private Long id;

    @Column(name = "model_id")
    private long modelId;

    private String code;
    private int position;

    @Column(name = "name_fi")
    private String nameFi;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "name_sv")
    private String nameSv;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "maturity_level", joinColumns = @JoinColumn(name = "dimension_id"))
    @OrderBy("level")
    private List<Level> levels = new ArrayList<>();

    protected Dimension() {}

    public String getCode() {
        return code;
    }

    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "fi" -> nameFi;
            case "sv" -> nameSv;
            default -> nameEn;
        };
    }

    public List<Level> getLevels() {
        return List.copyOf(levels);
    }

    public Level level(int level) {
        Levels.check(level, "level");
        return levels.stream()
                .filter(l -> l.getLevel() == level)
                .findFirst()
                .orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "maturity.level.invalid", "level"));
    }

    public void recommend(int level, List<Long> practices) {
        level(level).recommend(practices);
    }

    /** Staff rewrite a level and the practices recommended there; the model's version goes up with it. */
    public void rewrite(
            int level,
            String fi,
            String en,
            String sv,
            String evidenceFi,
            String evidenceEn,
            String evidenceSv,
            List<Long> practices) {
        var row = level(level);
        row.describe(fi, en, sv, evidenceFi, evidenceEn, evidenceSv);
        row.recommend(practices);
    }
}
