package org.tori.spaces.entity;

/** The field of city life a space works in. */
public enum CityDomain {
    MOBILITY,
    HEALTH,
    EDUCATION,
    ENERGY,
    BUILDINGS,
    ICT,
    BUSINESS_MODELS,
    CITIZEN_ENGAGEMENT,
    SAFETY,
    ENVIRONMENT
}
