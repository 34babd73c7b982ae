package org.tori.citytocity.boundary;

import java.util.LinkedHashSet;
import java.util.List;
import org.tori.platform.faces.Page;

/**
 * The lesson picker of a learning form: a title search with a "Link" button per lesson found and a
 * "Remove" button per lesson chosen, all plain submit buttons. Until the learning is posted, the
 * chosen lessons travel with the form as hidden fields and over the redirect in the flash.
 */
final class LessonPicker {

    private static final String KEPT = "org.tori.c2c.linked";
    static final int MAX = 20;

    private LessonPicker() {}

    /** Whether the form was sent by the picker's buttons, so the learning is not posted yet. */
    static boolean picking() {
        return Page.param("find") != null || Page.param("link") != null || Page.param("unlink") != null;
    }

    /** The lessons chosen in the request: those posted, plus the one linked, less the one removed. */
    static List<Long> chosen() {
        return chosen(Page.params("linked"), Page.param("link"), Page.param("unlink"));
    }

    static List<Long> chosen(List<String> linked, String link, String unlink) {
        var ids = new LinkedHashSet<Long>();
        linked.stream().map(Numbers::parse).filter(id -> id > 0).forEach(ids::add);
        long added = Numbers.parse(link);
        if (added > 0) {
            ids.add(added);
        }
        ids.remove(Numbers.parse(unlink));
        return ids.stream().limit(MAX).toList();
    }

    /** Keeps the chosen lessons for the page the form goes back to. */
    static void keep(List<Long> ids) {
        Page.faces().getExternalContext().getFlash().put(KEPT, List.copyOf(ids));
    }

    @SuppressWarnings("unchecked")
    static List<Long> kept() {
        var kept = Page.faces().getExternalContext().getFlash().get(KEPT);
        return kept instanceof List<?> list ? (List<Long>) list : List.of();
    }
}
