package org.tori.roadmap.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.tori.knowledge.boundary.CurrentReader;
import org.tori.knowledge.boundary.LessonsByStream;
import org.tori.pilots.boundary.Pilots;
import org.tori.platform.i18n.Texts;
import org.tori.spaces.boundary.SpaceFilter;
import org.tori.spaces.boundary.Spaces;
import org.tori.stories.boundary.StoriesByStream;

/**
 * What an item can come from, by name, for the editor's picker: public spaces, published lessons,
 * stories and pilots. Each choice's value is the origin as the form keeps it ("space 12"); an origin the lists do
 * not hold (an entry, from an import) is offered too, so saving never drops it.
 */
@Named
@RequestScoped
public class OriginChoices {

    @Inject
    Spaces spaces;

    @Inject
    LessonsByStream lessonTitles;

    @Inject
    StoriesByStream stories;

    @Inject
    Pilots pilots;

    @Inject
    CurrentReader reader;

    /** The choices in groups (spaces, lessons, stories, others), given the origins the item has now. */
    public List<SelectItem> groups(List<String> current) {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        var groups = new ArrayList<SelectItem>();
        var known = new ArrayList<String>();
        var spaceItems = new ArrayList<SelectItem>();
        for (int page = 0; ; page++) {
            var found = spaces.list(SpaceFilter.any(), page, Spaces.MAX_PAGE_SIZE, null)
                    .items();
            found.forEach(s -> spaceItems.add(new SelectItem("space " + s.id(), s.title())));
            if (found.size() < Spaces.MAX_PAGE_SIZE) {
                break;
            }
        }
        spaceItems.sort(Comparator.comparing(SelectItem::getLabel, String.CASE_INSENSITIVE_ORDER));
        add(groups, known, locale, "SPACE", spaceItems);
        add(
                groups,
                known,
                locale,
                "LESSON",
                lessonTitles.readable(reader.get()).stream()
                        .map(t -> new SelectItem("lesson " + t.id(), t.title()))
                        .toList());
        add(
                groups,
                known,
                locale,
                "STORY",
                stories.published().stream()
                        .map(t -> new SelectItem("story " + t.id(), t.title()))
                        .toList());
        add(
                groups,
                known,
                locale,
                "PILOT",
                pilots.all().stream()
                        .map(p -> new SelectItem("pilot " + p.id(), p.title()))
                        .sorted(Comparator.comparing(SelectItem::getLabel, String.CASE_INSENSITIVE_ORDER))
                        .toList());
        var others = current == null
                ? List.<SelectItem>of()
                : current.stream()
                        .filter(c -> !known.contains(c))
                        .map(c -> new SelectItem(c, c))
                        .toList();
        add(groups, known, locale, "OTHER", others);
        return groups;
    }

    private static void add(
            List<SelectItem> groups, List<String> known, Locale locale, String kind, List<SelectItem> items) {
        if (items.isEmpty()) {
            return;
        }
        items.forEach(i -> known.add((String) i.getValue()));
        groups.add(new SelectItemGroup(
                Texts.get(locale, "roadmap.origin.group." + kind), null, false, items.toArray(SelectItem[]::new)));
    }
}
