package org.tori.events.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.platform.faces.Page;
import org.tori.platform.time.ProgramTime;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/** {@code /events/}: the calendar by month ({@code ?month=2026-12}) or as a list of what is coming ({@code ?view=list}). */
@Named
@RequestScoped
public class EventsView {

    private static final int LIST_SIZE = 100;

    /** One day of the month with its events. */
    public record Day(LocalDate date, List<EventRow> events) {}

    @Inject
    Events events;

    @Inject
    CurrentMember member;

    @Inject
    Clock clock;

    private YearMonth month;
    private boolean list;
    private boolean bad;
    private List<Day> days = List.of();
    private List<EventRow> upcoming = List.of();

    @PostConstruct
    void read() {
        list = "list".equals(Page.param("view"));
        var raw = Page.param("month");
        try {
            month = raw == null ? YearMonth.from(ProgramTime.today(clock)) : YearMonth.parse(raw);
        } catch (DateTimeParseException unreadable) {
            month = YearMonth.from(ProgramTime.today(clock));
            bad = true;
        }
        if (month.getYear() < 2000 || month.getYear() > 2100) {
            month = YearMonth.from(ProgramTime.today(clock));
            bad = true;
        }
        if (list) {
            upcoming = events.upcoming(LIST_SIZE);
        } else {
            days = byDay(events.month(month));
        }
    }

    /** A month the address cannot name ("2026-13", letters) is the visitor's mistake: 400. */
    public void load() throws IOException {
        if (bad) {
            Page.status(400);
        }
    }

    private List<Day> byDay(List<EventRow> rows) {
        Map<LocalDate, List<EventRow>> grouped = new TreeMap<>(
                rows.stream().collect(Collectors.groupingBy(e -> clamp(ProgramTime.dateOf(e.startsAt())))));
        return grouped.entrySet().stream()
                .map(e -> new Day(e.getKey(), e.getValue()))
                .toList();
    }

    /** An event that began in the previous month is shown on the month's first day. */
    private LocalDate clamp(LocalDate day) {
        return day.isBefore(month.atDay(1)) ? month.atDay(1) : day;
    }

    public boolean isList() {
        return list;
    }

    public YearMonth getMonth() {
        return month;
    }

    public LocalDate getMonthStart() {
        return month.atDay(1);
    }

    public String getPrevious() {
        return month.minusMonths(1).toString();
    }

    public String getNext() {
        return month.plusMonths(1).toString();
    }

    public List<Day> getDays() {
        return days;
    }

    public List<EventRow> getUpcoming() {
        return upcoming;
    }

    public boolean isStaff() {
        return member.isStaff();
    }

    public List<Theme> getThemes() {
        return List.of(Theme.values());
    }

    public List<ValueStream> getStreams() {
        return List.of(ValueStream.values());
    }
}
