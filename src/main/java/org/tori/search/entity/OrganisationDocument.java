package org.tori.search.entity;

/** An approved organisation as it sits in the index: its own facts, no people. */
public record OrganisationDocument(
        String id, String name, String orgKind, String city, String description, boolean letterOfIntent) {}
