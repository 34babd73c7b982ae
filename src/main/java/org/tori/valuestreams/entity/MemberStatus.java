package org.tori.valuestreams.entity;

/** Where a person stands with a collective: applied and waiting, or accepted as a member. */
public enum MemberStatus {
    APPLIED,
    MEMBER
}
