package org.tori.spaces.boundary;

import java.util.List;
import java.util.Set;
import org.tori.spaces.entity.CityDomain;
import org.tori.spaces.entity.Theme;

/**
 * Lessons other cities learned on the same themes or domain, so organisers start from what others
 * learned. The knowledge base, which builds on spaces, provides it; without one the list is empty.
 */
public interface RelatedLessons {

    /** A public, published lesson as a link. */
    record LessonLink(long id, String title, String city) {}

    List<LessonLink> related(Set<Theme> themes, CityDomain domain, String exceptCity, int max);
}
