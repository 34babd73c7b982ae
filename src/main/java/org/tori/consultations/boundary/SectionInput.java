package org.tori.consultations.boundary;

/** A section as staff type it: number ("2.1", blank for the next plain one), heading and Markdown body. */
public record SectionInput(String number, String heading, String body) {}
