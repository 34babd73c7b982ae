package org.tori.maturity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.tori.knowledge.boundary.CurrentReader;
import org.tori.maturity.control.RadarSvg;
import org.tori.maturity.entity.Assessment;
import org.tori.maturity.entity.PeerRange;
import org.tori.maturity.entity.Sharing;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;
import org.tori.platform.i18n.Texts;

/**
 * A city's own maturity page: its assessments (newest first) with whom each is shared, and its latest
 * assessment compared with the peers that shared theirs. A partner sees its own city; staff choose one.
 */
@Named
@RequestScoped
public class CityView {

    @Inject
    Maturity maturity;

    @Inject
    CurrentReader reader;

    private String city;
    private boolean similar;
    private List<Assessment> history = List.of();
    private Comparison comparison;

    public void load() throws IOException {
        var who = reader.get();
        city = who.staff() ? Page.param("city") : who.city();
        if (!who.staff() && (!who.partner() || city == null)) {
            Page.status(403);
            return;
        }
        if (Page.posted() && "share".equals(Page.param("do"))) {
            try {
                maturity.share(
                        Page.id("id"), Page.choice(Sharing.class, "sharing").orElse(Sharing.PRIVATE), who);
                Page.done("maturity.shared", "/maturity/city/");
                return;
            } catch (DomainException refused) {
                Page.refused(refused);
            }
        }
        similar = "similar".equals(Page.param("peers"));
        var locale = locale();
        history = maturity.history(city, who);
        comparison = maturity.compare(city, similar, locale, who).orElse(null);
    }

    public String getRadar() {
        if (comparison == null) {
            return "";
        }
        var rows = comparison.rows();
        return RadarSvg.of(
                Texts.get(locale(), "maturity.radar.label", comparison.city()),
                rows.stream().map(Comparison.Row::name).toList(),
                rows.stream().map(Comparison.Row::own).toList(),
                rows.stream()
                        .map(r -> r.peers() == null ? null : r.peers().median())
                        .toList(),
                rows.stream()
                        .map(r -> r.peers() == null ? null : r.peers().lowest())
                        .toList(),
                rows.stream()
                        .map(r -> r.peers() == null ? null : r.peers().highest())
                        .toList());
    }

    public boolean isAggregate() {
        return comparison != null && comparison.rows().stream().anyMatch(r -> r.peers() != null);
    }

    public int getMinCities() {
        return PeerRange.MIN_CITIES;
    }

    private static Locale locale() {
        return Page.faces().getViewRoot().getLocale();
    }

    public String getCity() {
        return city;
    }

    public boolean isSimilar() {
        return similar;
    }

    public boolean isOwn() {
        return reader.get().partner() && !reader.get().staff();
    }

    public List<Assessment> getHistory() {
        return history;
    }

    public Comparison getComparison() {
        return comparison;
    }

    public List<Sharing> getSharings() {
        return List.of(Sharing.values());
    }

    public String name(String code) {
        return maturity.dimensions().stream()
                .filter(d -> d.getCode().equals(code))
                .map(d -> d.name(locale()))
                .findFirst()
                .orElse(code);
    }
}
