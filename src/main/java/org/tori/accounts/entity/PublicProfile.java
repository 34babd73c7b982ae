package org.tori.accounts.entity;

import java.util.List;

/** What a member agreed to show to others; nothing here is secret (no e-mail, no password). */
public record PublicProfile(
        long id,
        String name,
        Role role,
        String organisation,
        String city,
        String bio,
        List<String> skills,
        List<String> interests) {}
