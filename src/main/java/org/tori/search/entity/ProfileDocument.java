package org.tori.search.entity;

import java.util.List;

/** A member's public profile as it sits in the index. */
public record ProfileDocument(
        String id,
        String name,
        String role,
        String organisation,
        String city,
        String bio,
        List<String> skills,
        List<String> interests) {}
