package org.tori.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tori.judging.boundary.Judging;
import org.tori.judging.boundary.PublishedResult;
import org.tori.notifications.entity.Category;
import org.tori.notifications.entity.Notice;
import org.tori.notifications.entity.NotificationJob;
import org.tori.platform.i18n.Languages;
import org.tori.platform.i18n.Texts;
import org.tori.platform.time.ProgramTime;
import org.tori.spaces.boundary.SpaceSummary;
import org.tori.spaces.boundary.Spaces;

/**
 * Spreads one fan-out job over its members, one batch per transaction: claim the oldest open job
 * (other instances skip it), notify the next members after its progress mark, move the mark.
 */
@ApplicationScoped
public class FanOut {

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    Recipients recipients;

    @Inject
    Notifier notifier;

    @Inject
    Spaces spaces;

    @Inject
    Judging judging;

    @Inject
    Clock clock;

    /** @return a full batch while jobs are there, 0 when none is open */
    @Transactional
    public int runBatch() {
        var claimed = em.createNamedQuery(NotificationJob.CLAIM).getResultList();
        if (claimed.isEmpty()) {
            return 0;
        }
        var job = em.find(NotificationJob.class, ((Number) claimed.get(0)).longValue());
        var now = OffsetDateTime.now(clock);
        var space = spaces.detail(job.getSpaceId(), null).map(d -> d.summary()).orElse(null);
        if (space == null) {
            job.advance(job.getProgress(), true, now);
            return Recipients.BATCH;
        }
        var batch = members(job, space);
        var link = notifier.link("/spaces/space?id=" + space.id());
        Map<Long, Integer> places =
                job.getKind() == NotificationJob.Kind.RESULTS ? placesByEntry(space.id()) : Map.of();
        notifier.deliverAll(batch.stream()
                .map(member -> notice(job, space, member, link, places))
                .toList());
        job.advance(
                batch.isEmpty() ? job.getProgress() : batch.get(batch.size() - 1),
                batch.size() < Recipients.BATCH,
                now);
        // a job was there: look for more work at once
        return Recipients.BATCH;
    }

    private List<Long> members(NotificationJob job, SpaceSummary space) {
        long after = job.getProgress();
        return switch (job.getKind()) {
            case SPACE_OPENED -> recipients.matching(tags(space), space.themes(), lower(space.city()), after);
            case RESULTS -> recipients.audienceOfResults(space.id(), after);
            case REMINDER_WEEK, REMINDER_DAY -> recipients.withoutEntry(space.id(), after);
            case ANNOUNCEMENT -> recipients.participantsAndFollowers(space.id(), after);
        };
    }

    private Notice notice(
            NotificationJob job, SpaceSummary space, long member, String link, Map<Long, Integer> places) {
        var values = new HashMap<String, Object>();
        values.put("spaceTitle", space.title());
        values.put("link", link);
        var key = job.getKind().name().toLowerCase(Locale.ROOT) + ":" + job.getId() + ":" + member;
        return switch (job.getKind()) {
            case SPACE_OPENED -> {
                values.put("summary", space.summary());
                values.put("deadline", ProgramTime.isoDate(space.submissionDeadline()));
                yield new Notice(
                        member, Category.NEW_SPACES, "space-opened", space.title(), values, space.summary(), link, key);
            }
            case RESULTS -> {
                values.put(
                        "place",
                        recipients.entriesOf(space.id(), member).stream()
                                .map(places::get)
                                .filter(Objects::nonNull)
                                .min(Integer::compare)
                                .orElse(0));
                yield new Notice(member, Category.JUDGING, "results-published", space.title(), values, null, link, key);
            }
            case REMINDER_WEEK, REMINDER_DAY -> {
                // once per member, whichever rescan finds them first
                key = job.getKind().name().toLowerCase(Locale.ROOT) + ":" + space.id() + ":" + member;
                values.put("days", job.getKind() == NotificationJob.Kind.REMINDER_DAY ? 1 : 7);
                values.put("deadline", ProgramTime.isoDate(space.submissionDeadline()));
                yield new Notice(
                        member, Category.DEADLINES, "deadline-reminder", space.title(), values, null, link, key);
            }
            case ANNOUNCEMENT -> {
                values.put("announcementSubject", job.getSubject());
                values.put("body", job.getBody());
                yield new Notice(
                        member,
                        Category.ANNOUNCEMENTS,
                        "announcement",
                        space.title(),
                        values,
                        job.getSubject() + ": " + job.getBody(),
                        link,
                        key);
            }
        };
    }

    private Map<Long, Integer> placesByEntry(long spaceId) {
        var places = new HashMap<Long, Integer>();
        for (PublishedResult result : judging.results(spaceId)) {
            places.put(result.entryId(), result.place());
        }
        return places;
    }

    /** The words a member may have written as interests for this space, in each language. */
    static Set<String> tags(SpaceSummary space) {
        var tags = new LinkedHashSet<String>();
        space.themes().forEach(t -> addNames(tags, "theme." + t, t));
        space.valueStreams().forEach(v -> addNames(tags, "stream." + v, v));
        if (space.domain() != null) {
            addNames(tags, "domain." + space.domain(), space.domain());
        }
        if (space.city() != null && !space.city().isBlank()) {
            tags.add(lower(space.city()));
        }
        return tags;
    }

    private static void addNames(Set<String> tags, String key, String constant) {
        tags.add(lower(constant));
        tags.add(lower(constant.replace('_', ' ')));
        for (var language : Languages.SUPPORTED) {
            tags.add(lower(Texts.get(language, key)));
        }
    }

    private static String lower(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
