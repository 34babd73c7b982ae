package org.tori.platform.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.DateTimeConverter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.tori.platform.time.ProgramTime;

/**
 * {@code <f:convertDateTime>} for the whole application. The standard converter applies its
 * {@code timeZone} only to {@code Date}; an {@code OffsetDateTime} read from the database (in UTC)
 * was printed on UTC's wall clock, so a contest opening at midnight in Helsinki showed the day before.
 * Instants are moved to the program's time zone before they are formatted; local dates are left alone.
 */
public class ZonedDateTimeConverter extends DateTimeConverter {

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        return super.getAsString(context, component, inProgramZone(value));
    }

    static Object inProgramZone(Object value) {
        if (value instanceof OffsetDateTime moment) {
            return moment.atZoneSameInstant(ProgramTime.zone()).toOffsetDateTime();
        }
        if (value instanceof ZonedDateTime moment) {
            return moment.withZoneSameInstant(ProgramTime.zone());
        }
        if (value instanceof Instant moment) {
            return moment.atZone(ProgramTime.zone());
        }
        return value;
    }
}
