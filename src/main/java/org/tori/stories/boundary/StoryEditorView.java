package org.tori.stories.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tori.accounts.boundary.Actor;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.knowledge.boundary.LessonReferences;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;
import org.tori.platform.i18n.Texts;
import org.tori.platform.time.ProgramTime;

/**
 * The staff page where a story is written ({@code ?id=} to edit one), its indicators measured and
 * the story moved through review to publication. Blank indicator rows wait at the end of the list.
 */
@Named
@ViewScoped
public class StoryEditorView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int BLANK_ROWS = 3;
    private static final Pattern INDICATOR_FIELD = Pattern.compile("indicators\\[(\\d+)\\]\\.(\\w+)");

    @Inject
    Stories stories;

    @Inject
    CurrentMember member;

    private long id;
    private StoryForm form = new StoryForm();
    private String publishAt;
    private String lessonQuery;
    private boolean searched;
    private List<LessonReferences.LessonLink> found = List.of();
    private final List<LessonReferences.LessonLink> picked = new ArrayList<>();
    private StoryDetail story;
    private List<Stories.Revision> revisions = List.of();

    public void load() throws IOException {
        var faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        id = Page.optionalId("id").orElse(0L);
        if (id > 0) {
            try {
                form = stories.form(id, actor());
                picked.addAll(stories.lessonLinks(form.getLessonIds()));
                refresh();
            } catch (DomainException notFound) {
                faces.getExternalContext().responseSendError(404, "");
                faces.responseComplete();
                return;
            }
        }
        padRows();
    }

    public void save() throws IOException {
        form.setLessonIds(picked.stream().map(l -> l.id()).toList());
        try {
            if (id > 0) {
                stories.edit(id, form, actor());
            } else {
                id = stories.create(form, actor());
            }
        } catch (DomainException e) {
            showAtRow(e);
            return;
        }
        done("editor.saved");
    }

    /** A refused indicator names its row ({@code indicators[1].unit}): the message goes next to that row's field. */
    private static void showAtRow(DomainException e) {
        var row = e.field() == null ? null : INDICATOR_FIELD.matcher(e.field());
        if (row == null || !row.matches()) {
            throw e;
        }
        var faces = FacesContext.getCurrentInstance();
        var text = Texts.get(faces.getViewRoot().getLocale(), e.key());
        faces.addMessage(
                "indicators:" + row.group(1) + ":" + row.group(2),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    /** The picker's search: lessons whose title holds the words, less those already chosen; the page stays. */
    public void findLessons() {
        if (lessonQuery == null || lessonQuery.isBlank()) {
            throw new DomainException(DomainException.Kind.INVALID, "editor.lessons.typeWords", "lessonQuery");
        }
        searched = true;
        found = stories.lessonsTitled(lessonQuery).stream()
                .filter(l -> picked.stream().noneMatch(p -> p.id() == l.id()))
                .toList();
    }

    public void link(long lessonId) {
        found.stream().filter(l -> l.id() == lessonId).findFirst().ifPresent(l -> {
            picked.add(l);
            found = found.stream().filter(f -> f.id() != lessonId).toList();
        });
    }

    public void unlink(long lessonId) {
        picked.removeIf(l -> l.id() == lessonId);
    }

    public void submit() throws IOException {
        move(Stories.Step.SUBMIT, null);
    }

    public void returnToDraft() throws IOException {
        move(Stories.Step.RETURN_TO_DRAFT, null);
    }

    public void publish() throws IOException {
        OffsetDateTime at = null;
        if (publishAt != null && !publishAt.isBlank()) {
            try {
                at = ProgramTime.at(LocalDateTime.parse(
                        publishAt.strip().replace(' ', 'T'), DateTimeFormatter.ISO_LOCAL_DATE_TIME));
            } catch (DateTimeParseException bad) {
                throw new DomainException(DomainException.Kind.INVALID, "editor.publishAt.invalid", "publishAt");
            }
        }
        move(Stories.Step.PUBLISH, at);
    }

    public void archive() throws IOException {
        move(Stories.Step.ARCHIVE, null);
    }

    private void move(Stories.Step step, OffsetDateTime at) throws IOException {
        stories.move(id, step, at, actor());
        done("editor.moved." + step.name());
    }

    private void done(String key) throws IOException {
        var faces = FacesContext.getCurrentInstance();
        var text = Texts.get(faces.getViewRoot().getLocale(), key);
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        var external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/stories/staff/edit?id=" + id);
        faces.responseComplete();
    }

    private void refresh() {
        story = stories.detail(id, actor()).orElseThrow();
        revisions = stories.revisions(id, actor());
    }

    private void padRows() {
        long blank =
                form.getIndicators().stream().filter(IndicatorForm::isBlank).count();
        for (long i = blank; i < BLANK_ROWS; i++) {
            form.getIndicators().add(new IndicatorForm());
        }
    }

    private Actor actor() {
        return member.actor().orElseThrow();
    }

    public long getId() {
        return id;
    }

    public StoryForm getForm() {
        return form;
    }

    public StoryDetail getStory() {
        return story;
    }

    public List<Stories.Revision> getRevisions() {
        return revisions;
    }

    public String getLessonQuery() {
        return lessonQuery;
    }

    public void setLessonQuery(String lessonQuery) {
        this.lessonQuery = lessonQuery;
    }

    public boolean isSearched() {
        return searched;
    }

    public List<LessonReferences.LessonLink> getFound() {
        return found;
    }

    public List<LessonReferences.LessonLink> getPicked() {
        return picked;
    }

    public String getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(String publishAt) {
        this.publishAt = publishAt;
    }
}
