package org.tori.opendata.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.tori.knowledge.boundary.OpenLessons;

/** A recommended practice as open data, with every city that took it into use: the re-use of Tori's knowledge. */
public record OpenPractice(
        long id,
        String url,
        String title,
        String city,
        List<String> themes,
        String recommendation,
        OffsetDateTime publishedAt,
        int adoptionCount,
        List<Adoption> adoptions) {

    /** A city's adoption: when, and what it says about it. */
    public record Adoption(String city, LocalDate adoptedOn, String note) {}

    static OpenPractice of(OpenLessons.PublicLesson p, List<OpenLessons.PublicAdoption> adoptions, String base) {
        var l = p.lesson();
        return new OpenPractice(
                p.id(),
                OpenLesson.url(base, p.id()),
                l.title(),
                l.city(),
                OpenLesson.names(l.themes()),
                l.recommendation(),
                p.publishedAt(),
                adoptions.size(),
                adoptions.stream()
                        .map(a -> new Adoption(a.city(), a.adoptedOn(), a.note()))
                        .toList());
    }
}
