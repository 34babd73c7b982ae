package org.tori.maturity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tori.knowledge.entity.Reader;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/**
 * A partner city's dated self-assessment against one version of the model. Private to the city and
 * staff until the city shares it with the partner cities or the public.
 */
@Entity
@Table(name = "maturity_assessment")
@NamedQuery(
        name = Assessment.OF_CITY,
        query = "SELECT a FROM Assessment a WHERE LOWER(a.city) = LOWER(:city) ORDER BY a.assessedOn DESC, a.id DESC")
@NamedQuery(
        name = Assessment.SHARED,
        query = "SELECT a FROM Assessment a WHERE a.sharing IN :sharing ORDER BY a.city, a.assessedOn DESC, a.id DESC")
public class Assessment {

    public static final String OF_CITY = "Assessment.ofCity";
    public static final String SHARED = "Assessment.shared";

    @Id
    @SequenceGenerator(name = "maturity_assessment_seq", sequenceName = "maturity_assessment_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "maturity_assessment_seq")
    private Long id;

    private String city;

    @Column(name = "author_id")
    private long authorId;

    @Column(name = "model_version")
    private int modelVersion;

    @Column(name = "assessed_on")
    private LocalDate assessedOn;

    @Enumerated(EnumType.STRING)
    private Sharing sharing;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "maturity_answer", joinColumns = @JoinColumn(name = "assessment_id"))
    private List<Answer> answers = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "maturity_action", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<GapAction> actions = new ArrayList<>();

    protected Assessment() {}

    /** Only a partner city assesses itself, once per dimension of the model, each answered. */
    public Assessment(
            Reader by,
            int modelVersion,
            LocalDate on,
            List<String> dimensions,
            List<Answer> answers,
            List<GapAction> actions,
            OffsetDateTime now) {
        if (by == null || !by.partner() || by.city() == null || by.city().isBlank()) {
            throw new DomainException(Kind.FORBIDDEN, "maturity.assess.cityOnly");
        }
        var answered = answers.stream().map(Answer::getDimension).toList();
        if (!answered.containsAll(dimensions) || answered.size() != dimensions.size()) {
            throw new DomainException(Kind.INVALID, "maturity.answers.incomplete");
        }
        this.city = by.city().strip();
        this.authorId = by.accountId();
        this.modelVersion = modelVersion;
        this.assessedOn = Objects.requireNonNull(on);
        this.sharing = Sharing.PRIVATE;
        this.createdAt = Objects.requireNonNull(now);
        this.answers.addAll(answers);
        this.actions.addAll(actions);
    }

    /** Whose assessment this is: the city's own partners and staff see it always, others once shared. */
    public boolean readableBy(Reader reader) {
        if (reader.staff() || ownCity(reader)) {
            return true;
        }
        return switch (sharing) {
            case PUBLIC -> true;
            case PARTNERS -> reader.partner();
            case PRIVATE -> false;
        };
    }

    public boolean ownCity(Reader reader) {
        return reader.partner()
                && reader.city() != null
                && reader.city().strip().equalsIgnoreCase(city);
    }

    public void share(Sharing with, Reader by) {
        if (!ownCity(by)) {
            throw new DomainException(Kind.FORBIDDEN, "maturity.share.cityOnly");
        }
        this.sharing = Objects.requireNonNull(with);
    }

    public boolean shared() {
        return sharing != Sharing.PRIVATE;
    }

    public Optional<Answer> answer(String dimension) {
        return answers.stream().filter(a -> a.getDimension().equals(dimension)).findFirst();
    }

    public List<GapAction> actionsOf(String dimension) {
        return actions.stream().filter(a -> a.getDimension().equals(dimension)).toList();
    }

    public Long getId() {
        return id;
    }

    public String getCity() {
        return city;
    }

    public int getModelVersion() {
        return modelVersion;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public Sharing getSharing() {
        return sharing;
    }

    public List<Answer> getAnswers() {
        return List.copyOf(answers);
    }

    public List<GapAction> getActions() {
        return List.copyOf(actions);
    }
}
