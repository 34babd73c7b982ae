package org.tori.spaces.entity;

/** The five themes of the CITYkeys indicator framework. */
public enum Theme {
    PEOPLE,
    PLANET,
    PROSPERITY,
    GOVERNANCE,
    PROPAGATION
}
