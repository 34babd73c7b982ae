package org.tori.news.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.ecosystem.boundary.OrganisationNames;
import org.tori.news.entity.NewsCategory;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;

/**
 * The staff page where a news item is written ({@code ?id=} to edit one) and moved through review
 * to publication; without an id it also lists every item for the editorial desk.
 */
@Named
@ViewScoped
public class NewsEditorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    News news;

    @Inject
    CurrentMember member;

    @Inject
    OrganisationNames organisationNames;

    private long id;
    private NewsForm form = new NewsForm();
    private NewsRow item;
    private List<NewsRow> desk = List.of();
    private transient Part image;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        id = Page.optionalId("id").orElse(0L);
        if (id > 0) {
            try {
                form = news.form(id, actor());
                form.sortPartners(organisationNames.getAll());
                item = news.detail(id, actor()).orElseThrow();
            } catch (DomainException notFound) {
                Page.notFound();
            }
        } else {
            desk = news.editorial(actor());
        }
    }

    public void save() throws IOException {
        try {
            var upload = upload();
            if (id > 0) {
                news.edit(id, form, upload, actor());
            } else {
                id = news.create(form, upload, actor());
            }
        } catch (DomainException e) {
            Page.refused(e);
            return;
        }
        Page.done("news.editor.saved", "/news/staff/edit?id=" + id);
    }

    public void submit() throws IOException {
        move(News.Step.SUBMIT);
    }

    public void returnToDraft() throws IOException {
        move(News.Step.RETURN_TO_DRAFT);
    }

    public void publish() throws IOException {
        move(News.Step.PUBLISH);
    }

    private void move(News.Step step) throws IOException {
        try {
            news.move(id, step, actor());
        } catch (DomainException e) {
            Page.refused(e);
            return;
        }
        Page.done("news.editor.moved." + step.name(), "/news/staff/edit?id=" + id);
    }

    private News.Upload upload() throws IOException {
        if (image == null || image.getSize() == 0) {
            return null;
        }
        try (var in = image.getInputStream()) {
            return new News.Upload(image.getSubmittedFileName(), in.readNBytes(News.MAX_IMAGE_BYTES + 1));
        }
    }

    public Part getImage() {
        return image;
    }

    public void setImage(Part image) {
        this.image = image;
    }

    private News.Actor actor() {
        return new News.Actor(member.id().orElseThrow(), member.isStaff());
    }

    public long getId() {
        return id;
    }

    public NewsForm getForm() {
        return form;
    }

    public NewsRow getItem() {
        return item;
    }

    public List<NewsRow> getDesk() {
        return desk;
    }

    public List<NewsCategory> getCategories() {
        return List.of(NewsCategory.values());
    }
}
