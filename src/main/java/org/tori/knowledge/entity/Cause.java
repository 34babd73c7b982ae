package org.tori.knowledge.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/** One root cause found by the analysis, with its category. */
@Embeddable
public class Cause {

    private String statement;

    @Enumerated(EnumType.STRING)
    @Column(name = "category")
    private CauseCategory category;

    protected Cause() {}

    public Cause(String statement, CauseCategory category) {
        if (statement == null || statement.isBlank()) {
            throw new DomainException(Kind.INVALID, "lesson.cause.required", "causes");
        }
        if (category == null) {
            throw new DomainException(Kind.INVALID, "lesson.cause.category", "causes");
        }
        this.statement = FreeText.cut(statement, 1000);
        this.category = Objects.requireNonNull(category);
    }

    public String getStatement() {
        return statement;
    }

    public CauseCategory getCategory() {
        return category;
    }
}
