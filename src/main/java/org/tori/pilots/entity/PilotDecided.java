package org.tori.pilots.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Staff decided on a pilot: it continues (runs on), scales up or stops, with the reason. Fired inside
 * the deciding transaction, so the roadmap records it and the company and the city's owner are told
 * with the same commit. {@code addToRoadmap}: staff asked for a roadmap item with the pilot as its
 * origin when none names it yet.
 */
public record PilotDecided(
        Long pilotId,
        String title,
        Verdict verdict,
        String reason,
        String partner,
        Long companyId,
        Long ownerId,
        LocalDate startsOn,
        BigDecimal budgetEur,
        String scaleUpPlan,
        boolean addToRoadmap,
        OffsetDateTime decidedAt) {

    /** What was decided, in the words of a portfolio review. */
    public enum Verdict {
        CONTINUE,
        SCALE_UP,
        STOP;

        static Verdict of(Pilot.Stage stage) {
            return switch (stage) {
                case SCALED_UP -> SCALE_UP;
                case STOPPED -> STOP;
                default -> CONTINUE;
            };
        }
    }
}
