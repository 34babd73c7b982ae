package org.tori.scorecard.boundary;

import java.math.BigDecimal;

/** One KPI for one year as the scorecard and the open data show it. */
public record KpiValue(
        String kpi, String tier, int year, BigDecimal value, BigDecimal target, String actions, String light) {}
