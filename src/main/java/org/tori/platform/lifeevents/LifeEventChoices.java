package org.tori.platform.lifeevents;

import java.util.List;
import java.util.Locale;

/**
 * The life events a list may be narrowed by, grouped by value stream and named in the reader's
 * language. Implemented by valuestreams, which owns the life events; the lists see only this.
 */
public interface LifeEventChoices {

    record Choice(long id, String name) {}

    /** One value stream's life events; {@code label} is the stream's name in the reader's language. */
    record Group(String label, List<Choice> choices) {}

    List<Group> groups(Locale locale);
}
