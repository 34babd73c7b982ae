package org.tori.news.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.platform.faces.Page;
import org.tori.spaces.entity.Theme;

/** {@code /news/}: published news and media releases, newest first, optionally of one theme. */
@Named
@RequestScoped
public class NewsListView {

    private static final int MAX = 100;

    @Inject
    News news;

    @Inject
    CurrentMember member;

    private Theme theme;
    private List<NewsRow> items = List.of();

    @PostConstruct
    void read() {
        theme = Page.choice(Theme.class, "theme").orElse(null);
        items = news.published(theme, MAX);
    }

    public Theme getTheme() {
        return theme;
    }

    public List<NewsRow> getItems() {
        return items;
    }

    public List<Theme> getThemes() {
        return List.of(Theme.values());
    }

    public boolean isStaff() {
        return member.isStaff();
    }
}
