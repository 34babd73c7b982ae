package org.tori.citytocity.entity;

/** Who reads a city-to-city space's topics and learnings; its summary and agreement are always public. */
public enum NetworkVisibility {
    MEMBERS_ONLY,
    PUBLIC
}
