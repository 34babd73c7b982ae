package org.tori.livinglabs.entity;

/** A tester holds one of the lab's places; the others wait in line for a place to free up. */
public enum SignupStatus {
    TESTER,
    WAITING
}
