package org.tori.news.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.platform.faces.Page;

/**
 * {@code /news/item?id=}: one published item with its media hits; staff record a hit on the same page.
 * Request-scoped, so a reader opens no session: the hit form carries the id and the item is read again
 * on its post (also when the post is refused and the form shows again).
 */
@Named
@RequestScoped
public class NewsItemView {

    @Inject
    News news;

    @Inject
    CurrentMember member;

    private long id;
    private boolean loaded;
    private NewsRow item;
    private List<HitRow> hits = List.of();
    private String hitOutlet;
    private String hitDate;
    private String hitLink;
    private String hitReach;

    public void load() throws IOException {
        if (loaded().item == null) {
            Page.notFound();
        }
    }

    private NewsItemView loaded() {
        if (!loaded) {
            loaded = true;
            id = Page.id("id");
            item = news.detail(id, viewer()).orElse(null);
            hits = item == null ? List.of() : news.hits(id);
        }
        return this;
    }

    public void recordHit() throws IOException {
        loaded();
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
        return loaded().item;
    }

    public List<HitRow> getHits() {
        return loaded().hits;
    }

    public long getReachTotal() {
        return getHits().stream()
                .mapToLong(h -> h.reach() == null ? 0 : h.reach())
                .sum();
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
