package org.tori.opendata.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.tori.knowledge.boundary.LessonData;
import org.tori.knowledge.boundary.OpenLessons;

/**
 * A published, public lesson as open data: what happened, what worked, the recommendation and the
 * root-cause analysis when that is public too. No author, no review note, no owner of an action.
 */
public record OpenLesson(
        long id,
        String url,
        String title,
        String city,
        String organisation,
        LocalDate happenedOn,
        String language,
        List<String> themes,
        String domain,
        List<String> valueStreams,
        String context,
        String whatHappened,
        String whatWorked,
        String whatDidNot,
        String recommendation,
        List<String> links,
        Long spaceId,
        boolean practice,
        OffsetDateTime publishedAt,
        Analysis analysis) {

    /** The DMAIC analysis: problem, measures, the five whys, the causes and the actions decided on. */
    public record Analysis(
            String problem,
            String scope,
            String impact,
            String measure,
            List<String> whys,
            List<Cause> causes,
            List<Action> actions,
            String control) {}

    public record Cause(String statement, String category) {}

    public record Action(String description, String kind, LocalDate dueOn, String status) {}

    static OpenLesson of(OpenLessons.PublicLesson p, String base) {
        var l = p.lesson();
        return new OpenLesson(
                p.id(),
                url(base, p.id()),
                l.title(),
                l.city(),
                l.organisation(),
                l.happenedOn(),
                l.language(),
                names(l.themes()),
                l.domain() == null ? null : l.domain().name(),
                names(l.valueStreams()),
                l.context(),
                l.whatHappened(),
                l.whatWorked(),
                l.whatDidNot(),
                l.recommendation(),
                l.links(),
                l.spaceId(),
                p.practice(),
                p.publishedAt(),
                analysis(l.analysis()));
    }

    static String url(String base, long id) {
        return base + "/knowledge/lesson?id=" + id;
    }

    static List<String> names(Set<? extends Enum<?>> values) {
        return values == null
                ? List.of()
                : values.stream().map(Enum::name).sorted().toList();
    }

    private static Analysis analysis(LessonData.Analysis a) {
        if (a == null) {
            return null;
        }
        return new Analysis(
                a.problem(),
                a.scope(),
                a.impact(),
                a.measure(),
                a.whys(),
                a.causes().stream()
                        .map(c -> new Cause(
                                c.statement(),
                                c.category() == null ? null : c.category().name()))
                        .toList(),
                a.actions().stream()
                        .map(x -> new Action(
                                x.description(),
                                x.kind() == null ? null : x.kind().name(),
                                x.dueOn(),
                                x.status() == null ? null : x.status().name()))
                        .toList(),
                a.control());
    }
}
