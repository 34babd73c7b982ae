package org.tori.notifications.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.notifications.entity.Cadence;
import org.tori.notifications.entity.Category;

/** The notification section of the profile page: a cadence per category. */
@Named
@ViewScoped
public class PreferencesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One category's line of the form. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Category category;
        private Cadence cadence;

        Row(Category category, Cadence cadence) {
            this.category = category;
            this.cadence = cadence;
        }

        public Category getCategory() {
            return category;
        }

        public Cadence getCadence() {
            return cadence;
        }

        public void setCadence(Cadence cadence) {
            this.cadence = cadence;
        }
    }

    @Inject
    Preferences preferences;

    @Inject
    CurrentMember member;

    private List<Row> rows;
    private boolean saved;

    public List<Row> getRows() {
        if (rows == null) {
            rows = new ArrayList<>();
            member.id()
                    .ifPresent(id ->
                            preferences.of(id).forEach((category, cadence) -> rows.add(new Row(category, cadence))));
        }
        return rows;
    }

    public Cadence[] getCadences() {
        return Cadence.values();
    }

    public void save() {
        var chosen = new EnumMap<Category, Cadence>(Category.class);
        getRows().forEach(row -> chosen.put(row.getCategory(), row.getCadence()));
        preferences.choose(member.id().orElseThrow(), chosen);
        saved = true;
    }

    public boolean isSaved() {
        return saved;
    }
}
