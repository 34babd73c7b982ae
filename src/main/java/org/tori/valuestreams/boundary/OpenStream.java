package org.tori.valuestreams.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * A value stream as open data: counts for anyone, its life events, and its collective's current
 * vision and action plan. No person is named (an action's responsible may be a person, so it stays out).
 */
public record OpenStream(
        String valueStream,
        String slug,
        long spaces,
        long openSpaces,
        long testingLabs,
        long lessons,
        long practices,
        long stories,
        List<Event> lifeEvents,
        Collective collective) {

    public record Event(long id, String nameFi, String nameEn, String nameSv, String description) {}

    public record Collective(long id, String name, int visionVersion, String vision, List<Action> actions) {}

    public record Action(long id, String title, LocalDate dueOn, String status) {}
}
