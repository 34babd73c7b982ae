package org.tori.scorecard.entity;

/** The three levels a programme measures itself at: outside impact, own effectiveness, each project. */
public enum Tier {
    ECOSYSTEM,
    PROGRAMME,
    PROJECT
}
