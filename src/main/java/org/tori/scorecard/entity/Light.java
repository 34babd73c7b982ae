package org.tori.scorecard.entity;

import java.math.BigDecimal;

/** The traffic light of a KPI: on target, below target with actions in place, below target, or no target set. */
public enum Light {
    GREEN,
    AMBER,
    RED,
    NONE;

    public static Light of(BigDecimal value, BigDecimal target, String actions) {
        if (target == null) {
            return NONE;
        }
        if (value != null && value.compareTo(target) >= 0) {
            return GREEN;
        }
        return actions == null || actions.isBlank() ? RED : AMBER;
    }
}
