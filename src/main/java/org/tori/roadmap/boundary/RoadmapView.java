package org.tori.roadmap.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.tori.knowledge.boundary.CurrentReader;
import org.tori.platform.faces.Page;
import org.tori.platform.time.ProgramTime;
import org.tori.spaces.entity.Theme;
import org.tori.spaces.entity.ValueStream;

/** The public roadmap: the tree (or the items matching the filters) and the timeline of one year by quarter. */
@Named
@RequestScoped
public class RoadmapView {

    @Inject
    Roadmap roadmap;

    @Inject
    CurrentReader reader;

    @Inject
    Clock clock;

    private RoadmapFilter filter;
    private int year;
    private List<ItemRow> items;
    private List<Quarter> quarters;

    @PostConstruct
    void read() {
        var city = Page.param("city");
        filter = new RoadmapFilter(
                Page.choice(ValueStream.class, "valueStream").orElse(null),
                Page.choice(Theme.class, "theme").orElse(null),
                city == null ? null : city.substring(0, Math.min(120, city.length())),
                Page.param("status"));
        year = Math.max(
                2000,
                Math.min(2100, Page.integer("year", ProgramTime.today(clock).getYear())));
    }

    public List<ItemRow> getItems() {
        if (items == null) {
            items = roadmap.matching(filter, reader.get());
        }
        return items;
    }

    public List<Quarter> getQuarters() {
        if (quarters == null) {
            quarters = roadmap.timeline(year, filter, reader.get());
        }
        return quarters;
    }

    public List<StatusRow> getStatuses() {
        return roadmap.statuses();
    }

    public RoadmapFilter getFilter() {
        return filter;
    }

    public boolean isFiltered() {
        return !filter.isEmpty();
    }

    public int getYear() {
        return year;
    }

    public boolean isStaff() {
        return reader.get().staff();
    }

    /** The query string of the current filters, for the year links. */
    public String getFilterQuery() {
        var q = new StringBuilder();
        if (filter.valueStream() != null) {
            q.append("&valueStream=").append(filter.valueStream().name());
        }
        if (filter.theme() != null) {
            q.append("&theme=").append(filter.theme().name());
        }
        if (filter.city() != null) {
            q.append("&city=").append(URLEncoder.encode(filter.city(), StandardCharsets.UTF_8));
        }
        if (filter.status() != null) {
            q.append("&status=").append(URLEncoder.encode(filter.status(), StandardCharsets.UTF_8));
        }
        return q.toString();
    }
}
