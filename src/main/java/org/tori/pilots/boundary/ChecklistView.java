package org.tori.pilots.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.pilots.entity.ReadinessItem;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.platform.faces.Page;

/** Staff read the current readiness list and adopt a new version, one item a line: section|English|Finnish|Swedish. */
@Named
@ViewScoped
public class ChecklistView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Readiness readiness;

    @Inject
    CurrentMember member;

    private String items;
    private String note;
    private transient List<ReadinessItem> current;

    public int getVersion() {
        return readiness.latestVersion();
    }

    public List<ReadinessItem> getCurrent() {
        if (current == null) {
            current = readiness.items(readiness.latestVersion());
        }
        return current;
    }

    public void adopt() throws IOException {
        var actor = member.actor().orElseThrow(() -> new DomainException(Kind.UNAUTHORIZED, "problem.unauthorized"));
        readiness.newVersion(drafts(items), note, actor);
        Page.done("checklist.saved", "/pilots/staff/checklist");
    }

    static List<Readiness.ItemDraft> drafts(String text) {
        var drafts = new ArrayList<Readiness.ItemDraft>();
        if (text == null) {
            return drafts;
        }
        for (var line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            var parts = line.split("\\|", -1);
            if (parts.length != 4) {
                throw new DomainException(Kind.INVALID, "readiness.items.required", "items");
            }
            int section;
            try {
                section = Integer.parseInt(parts[0].strip());
            } catch (NumberFormatException notANumber) {
                throw new DomainException(Kind.INVALID, "readiness.section.invalid", "items");
            }
            drafts.add(new Readiness.ItemDraft(section, parts[1], parts[2], parts[3]));
        }
        return drafts;
    }

    public String getItems() {
        return items;
    }

    public void setItems(String items) {
        this.items = items;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
