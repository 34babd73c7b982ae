package org.tori.judging.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.tori.pilots.entity.Pilot;

/**
 * How a winner continues: a pilot (with whom, for how much, from when, how it would scale up) or a
 * business case handed to an owner with its next step. Without a kind it is a pilot.
 */
public record PilotForm(
        Pilot.FollowUp kind,
        String partner,
        BigDecimal budgetEur,
        LocalDate startsOn,
        String scaleUpPlan,
        String nextStep) {}
