package org.tori.scorecard.entity;

/** The KPIs that can be counted per city, each shown with the programme's total beside it. */
public enum CityKpi {
    SPACES,
    PARTICIPANTS,
    PILOTS,
    LESSONS_SHARED,
    PRACTICES_ADOPTED_FROM_OTHERS,
    PRACTICES_ADOPTED_BY_OTHERS,
    STORIES
}
