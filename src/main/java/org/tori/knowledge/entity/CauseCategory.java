package org.tori.knowledge.entity;

/** Where a root cause lies: the shared vocabulary of analyses, filterable in search. */
public enum CauseCategory {
    PEOPLE,
    PROCESS,
    TECHNOLOGY,
    DATA,
    GOVERNANCE,
    FUNDING,
    PARTNERS,
    CITIZEN_ENGAGEMENT
}
