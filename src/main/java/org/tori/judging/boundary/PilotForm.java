package org.tori.judging.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The offer of a pilot to a winner: with whom, for how much, from when, and how it would scale up. */
public record PilotForm(String partner, BigDecimal budgetEur, LocalDate startsOn, String scaleUpPlan) {
}
