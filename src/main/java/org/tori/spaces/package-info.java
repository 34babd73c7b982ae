/**
 * Co-creation spaces: hackathons and crowdsourcing contests (living labs and city-to-city spaces
 * follow on the same model). A space has a kind, a life cycle whose moves the entity enforces,
 * participants, and a public list and detail page with an open JSON API.
 */
package org.tori.spaces;
