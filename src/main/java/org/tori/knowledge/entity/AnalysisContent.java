package org.tori.knowledge.entity;

import java.util.List;

/** A root-cause analysis along DMAIC, as written; checked by {@link Lesson#analyse}. */
public record AnalysisContent(
        Visibility visibility,
        String problem,
        String scope,
        String impact,
        String measure,
        List<String> whys,
        List<Cause> causes,
        List<CorrectiveAction> actions,
        String control) {}
