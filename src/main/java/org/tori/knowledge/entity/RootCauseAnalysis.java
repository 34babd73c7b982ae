package org.tori.knowledge.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/**
 * The text parts of a DMAIC analysis: Define (problem, scope, impact), Measure (facts and figures)
 * and Control (how recurrence is watched). The 5 whys, causes and actions sit beside it on the lesson.
 */
@Embeddable
public class RootCauseAnalysis {

    @Column(name = "rca_present")
    private boolean present;

    @Enumerated(EnumType.STRING)
    @Column(name = "rca_visibility")
    private Visibility visibility;

    @Column(name = "rca_problem")
    private String problem;

    @Column(name = "rca_scope")
    private String scope;

    @Column(name = "rca_impact")
    private String impact;

    @Column(name = "rca_measure")
    private String measure;

    @Column(name = "rca_control")
    private String control;

    public RootCauseAnalysis() {}

    static RootCauseAnalysis of(AnalysisContent content) {
        if (content.problem() == null || content.problem().isBlank()) {
            throw new DomainException(Kind.INVALID, "lesson.analysis.problem", "problem");
        }
        var analysis = new RootCauseAnalysis();
        analysis.present = true;
        analysis.visibility = content.visibility() == null ? Visibility.PUBLIC : content.visibility();
        analysis.problem = FreeText.cut(content.problem(), 4000);
        analysis.scope = FreeText.blankToNull(content.scope(), 4000);
        analysis.impact = FreeText.blankToNull(content.impact(), 4000);
        analysis.measure = FreeText.blankToNull(content.measure(), 10000);
        analysis.control = FreeText.blankToNull(content.control(), 4000);
        return analysis;
    }

    public boolean isPresent() {
        return present;
    }

    public Visibility visibility() {
        return visibility == null ? Visibility.PUBLIC : visibility;
    }

    public String getProblem() {
        return problem;
    }

    public String getScope() {
        return scope;
    }

    public String getImpact() {
        return impact;
    }

    public String getMeasure() {
        return measure;
    }

    public String getControl() {
        return control;
    }
}
