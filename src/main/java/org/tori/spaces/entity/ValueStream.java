package org.tori.spaces.entity;

/** Whose everyday life a space improves: the eight value streams of the wellbeing-and-vitality model. */
public enum ValueStream {
    FAMILY_WITH_CHILDREN,
    WORKING_ADULT,
    SENIOR_CITIZEN,
    BUSINESS,
    VISITOR,
    URBAN_ENVIRONMENT,
    SUSTAINABILITY,
    CUSTOMER_EXPERIENCE
}
