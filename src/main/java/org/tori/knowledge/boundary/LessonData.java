package org.tori.knowledge.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tori.knowledge.entity.ActionKind;
import org.tori.knowledge.entity.ActionStatus;
import org.tori.knowledge.entity.AnalysisContent;
import org.tori.knowledge.entity.Cause;
import org.tori.knowledge.entity.CauseCategory;
import org.tori.knowledge.entity.CorrectiveAction;
import org.tori.knowledge.entity.LessonContent;
import org.tori.knowledge.entity.LessonStatus;
import org.tori.knowledge.entity.Visibility;
import org.tori.spaces.entity.CityDomain;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/**
 * A lesson with its analysis as JSON: what the API takes and gives, and the import and export
 * format (README, "Knowledge base import format"). Status and practice count on import only.
 */
public record LessonData(
        String externalId,
        String title,
        String city,
        String organisation,
        LocalDate happenedOn,
        String language,
        String context,
        String whatHappened,
        String whatWorked,
        String whatDidNot,
        String recommendation,
        Set<Theme> themes,
        CityDomain domain,
        Set<ValueStream> valueStreams,
        Long spaceId,
        List<String> links,
        Visibility visibility,
        LessonStatus status,
        Boolean practice,
        Analysis analysis) {

    public record Analysis(
            Visibility visibility,
            String problem,
            String scope,
            String impact,
            String measure,
            List<String> whys,
            List<CauseData> causes,
            List<ActionData> actions,
            String control) {

        AnalysisContent content() {
            return new AnalysisContent(
                    visibility,
                    problem,
                    scope,
                    impact,
                    measure,
                    whys,
                    causes == null
                            ? List.of()
                            : causes.stream()
                                    .map(c ->
                                            c == null ? new Cause(null, null) : new Cause(c.statement(), c.category()))
                                    .toList(),
                    actions == null
                            ? List.of()
                            : actions.stream()
                                    .map(a -> a == null
                                            ? new CorrectiveAction(null, null, null, null, null)
                                            : new CorrectiveAction(
                                                    a.description(), a.kind(), a.owner(), a.dueOn(), a.status()))
                                    .toList(),
                    control);
        }
    }

    public record CauseData(String statement, CauseCategory category) {}

    public record ActionData(String description, ActionKind kind, String owner, LocalDate dueOn, ActionStatus status) {}

    LessonContent content() {
        return new LessonContent(
                title,
                city,
                organisation,
                happenedOn,
                language == null ? null : language.strip().toLowerCase(Locale.ROOT),
                context,
                whatHappened,
                whatWorked,
                whatDidNot,
                recommendation,
                themes,
                domain,
                valueStreams,
                spaceId,
                links,
                visibility);
    }
}
