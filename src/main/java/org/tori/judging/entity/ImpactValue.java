package org.tori.judging.entity;

/** The four kinds of value a criterion may stand for, as success stories report impact. */
public enum ImpactValue {
    ENVIRONMENTAL,
    ECONOMIC,
    SOCIAL,
    RESEARCH
}
