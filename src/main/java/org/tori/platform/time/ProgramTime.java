package org.tori.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.TimeZone;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The program's one clock face: every date a person enters or reads is a local date of the program's
 * time zone (setting {@code tori.time-zone}, default Europe/Helsinki), and every instant is shown in it.
 * Pages reach it as {@code #{programTime}}; code that has no CDI uses the static methods.
 */
@ApplicationScoped
@Named("programTime")
public class ProgramTime {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Helsinki");
    /** A day's submissions close at this time of the program's zone. */
    public static final LocalTime CLOSING_TIME = LocalTime.of(23, 59);

    private static volatile ZoneId zone;

    /** The program's time zone, read once from the configuration. */
    public static ZoneId zone() {
        var known = zone;
        if (known == null) {
            known = configured();
            zone = known;
        }
        return known;
    }

    static ZoneId configured() {
        String setting;
        try {
            setting = ConfigProvider.getConfig()
                    .getOptionalValue("tori.time-zone", String.class)
                    .orElse(null);
        } catch (RuntimeException | LinkageError noConfig) {
            setting = System.getenv("TORI_TIME_ZONE");
        }
        return parse(setting);
    }

    static ZoneId parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(setting.strip());
        } catch (DateTimeException unknown) {
            throw new IllegalStateException("tori.time-zone is not a time zone: " + setting, unknown);
        }
    }

    /** The local date of an instant in the program's zone; null stays null. */
    public static LocalDate dateOf(OffsetDateTime moment) {
        return moment == null ? null : moment.atZoneSameInstant(zone()).toLocalDate();
    }

    /** The local date and time of an instant in the program's zone; null stays null. */
    public static LocalDateTime localOf(OffsetDateTime moment) {
        return moment == null ? null : moment.atZoneSameInstant(zone()).toLocalDateTime();
    }

    /** The instant a date begins (something that opens on a day opens at its first moment). */
    public static OffsetDateTime startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(zone()).toOffsetDateTime();
    }

    /** The instant a date's submissions close. */
    public static OffsetDateTime closingOf(LocalDate day) {
        return day == null ? null : at(day.atTime(CLOSING_TIME));
    }

    /** The instant of a date and time read on the program's wall clock. */
    public static OffsetDateTime at(LocalDateTime wallClock) {
        return wallClock == null ? null : wallClock.atZone(zone()).toOffsetDateTime();
    }

    /** Today in the program's zone. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(zone()));
    }

    /** ISO date of an instant in the program's zone, as mails print it; empty for null. */
    public static String isoDate(OffsetDateTime moment) {
        return moment == null ? "" : dateOf(moment).toString();
    }

    /** For pages: {@code timeZone="#{programTime.timeZone}"}. */
    public TimeZone getTimeZone() {
        return TimeZone.getTimeZone(zone());
    }

    public String getZoneId() {
        return zone().getId();
    }
}
