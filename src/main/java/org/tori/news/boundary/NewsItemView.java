package org.tori.news.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.platform.faces.Page;

/** {@code /news/item?id=}: one published item with its media hits; staff record a hit on the same page. */
@Named
@ViewScoped
public class NewsItemView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    News news;

    @Inject
    CurrentMember member;

    private long id;
    private NewsRow item;
    private List<HitRow> hits = List.of();
    private String hitOutlet;
    private String hitDate;
    private String hitLink;
    private String hitReach;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        id = Page.id("id");
        item = news.detail(id, viewer()).orElse(null);
        if (item == null) {
            Page.notFound();
            return;
        }
        hits = news.hits(id);
    }

    public void recordHit() throws IOException {
        try {
            news.recordHit(id, hitOutlet, date(), hitLink, reach(), viewer());
        } catch (DomainException e) {
            Page.refused(e);
            return;
        }
        Page.done("news.hit.recorded", "/news/item?id=" + id + "#hits");
    }

    private LocalDate date() {
        if (hitDate == null || hitDate.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(hitDate.strip());
        } catch (DateTimeParseException bad) {
            throw new DomainException(Kind.INVALID, "hit.date.invalid", "hitDate");
        }
    }

    private Long reach() {
        if (hitReach == null || hitReach.isBlank()) {
            return null;
        }
        var digits = hitReach.strip().replaceAll("[\\s\u00a0]", "");
        if (!digits.matches("\\d{1,15}")) {
            throw new DomainException(Kind.INVALID, "hit.reach.invalid", "hitReach");
        }
        return Long.parseLong(digits);
    }

    private News.Actor viewer() {
        return member.id().map(m -> new News.Actor(m, member.isStaff())).orElse(null);
    }

    public boolean isStaff() {
        return member.isStaff();
    }

    public NewsRow getItem() {
        return item;
    }

    public List<HitRow> getHits() {
        return hits;
    }

    public long getReachTotal() {
        return hits.stream().mapToLong(h -> h.reach() == null ? 0 : h.reach()).sum();
    }

    public String getHitOutlet() {
        return hitOutlet;
    }

    public void setHitOutlet(String hitOutlet) {
        this.hitOutlet = hitOutlet;
    }

    public String getHitDate() {
        return hitDate;
    }

    public void setHitDate(String hitDate) {
        this.hitDate = hitDate;
    }

    public String getHitLink() {
        return hitLink;
    }

    public void setHitLink(String hitLink) {
        this.hitLink = hitLink;
    }

    public String getHitReach() {
        return hitReach;
    }

    public void setHitReach(String hitReach) {
        this.hitReach = hitReach;
    }
}
