package org.tori.roadmap.entity;

/** How likely a risk is, or how hard it would hit. */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH
}
