package org.tori.livinglabs.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.tori.accounts.boundary.Actor;
import org.tori.knowledge.boundary.LessonData;
import org.tori.knowledge.boundary.Lessons;
import org.tori.knowledge.entity.Reader;
import org.tori.knowledge.entity.Visibility;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.spaces.boundary.Spaces;
import org.tori.spaces.entity.CityDomain;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/**
 * Turns a lab's published results into a draft lesson learned in the knowledge base, prefilled
 * from the summary and the testers' comments, for its writer to finish and submit for review.
 */
@ApplicationScoped
@Transactional
public class LabLessons {

    private static final int MAX_COMMENTS = 9900;

    @Inject
    LivingLabs labs;

    @Inject
    Spaces spaces;

    @Inject
    Lessons lessons;

    @Inject
    Clock clock;

    public long draftLesson(long spaceId, Actor actor, Reader writer, String language) {
        var results = labs.results(spaceId, actor);
        if (results.summarySource() == null) {
            throw new DomainException(Kind.CONFLICT, "lab.lesson.needsSummary");
        }
        var space = spaces.detail(spaceId, actor).orElseThrow().summary();
        var data = new LessonData(
                null,
                results.title(),
                space.city() == null || space.city().isBlank() ? "-" : space.city(),
                space.organiser(),
                LocalDate.now(clock),
                language,
                null,
                results.summarySource(),
                joined(results.comments().stream()
                        .map(LabResults.Comment::workedHtml)
                        .toList()),
                joined(results.comments().stream()
                        .map(LabResults.Comment::didNotHtml)
                        .toList()),
                null,
                space.themes().stream().map(Theme::valueOf).collect(Collectors.toSet()),
                space.domain() == null ? null : CityDomain.valueOf(space.domain()),
                space.valueStreams().stream().map(ValueStream::valueOf).collect(Collectors.toSet()),
                spaceId,
                List.of(),
                Visibility.PUBLIC,
                null,
                null,
                null);
        return lessons.create(data, writer);
    }

    /** The testers' answers as plain lines, within what a lesson field holds. */
    private static String joined(List<String> html) {
        var text = html.stream()
                .filter(h -> h != null && !h.isBlank())
                .map(h -> "- "
                        + h.replaceAll("<[^>]+>", " ")
                                .replaceAll("\\s+", " ")
                                .strip()
                                .replace("&amp;", "&")
                                .replace("&lt;", "<")
                                .replace("&gt;", ">")
                                .replace("&quot;", "\"")
                                .replace("&#39;", "'"))
                .collect(Collectors.joining("\n"));
        return text.isEmpty() ? null : text.length() > MAX_COMMENTS ? text.substring(0, MAX_COMMENTS) : text;
    }
}
