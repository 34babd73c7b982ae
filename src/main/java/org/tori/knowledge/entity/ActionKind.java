package org.tori.knowledge.entity;

/** Corrective actions fix what happened; preventive ones keep it from happening again. */
public enum ActionKind {
    CORRECTIVE,
    PREVENTIVE
}
