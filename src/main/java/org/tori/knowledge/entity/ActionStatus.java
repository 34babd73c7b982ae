package org.tori.knowledge.entity;

public enum ActionStatus {
    PLANNED,
    IN_PROGRESS,
    DONE
}
