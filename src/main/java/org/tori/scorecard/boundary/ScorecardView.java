package org.tori.scorecard.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.tori.platform.DomainException;
import org.tori.platform.faces.Page;
import org.tori.scorecard.control.TrendSvg;
import org.tori.scorecard.entity.Tier;

/** The public scorecard page: KPIs by tier with lights, and each KPI's trend as a chart and a table. */
@Named
@RequestScoped
public class ScorecardView {

    @Inject
    Scorecard scorecard;

    private Integer year;
    private List<KpiValue> values;
    private List<Scorecard.Trend> trends;
    private String city;
    private List<String> cities;
    private List<Scorecard.CityTrend> cityTrends = List.of();

    /**
     * The year comes from the address: letters or markup there answer 400, a year without figures shows
     * this year. A city (one Tori knows, else 404) adds its own KPIs with the programme's totals beside.
     */
    public void load() throws IOException {
        year = Page.param("year") == null ? null : Page.integer("year", 0);
        Scorecard.Page page;
        try {
            page = scorecard.page(year);
        } catch (DomainException badYear) {
            year = null;
            page = scorecard.page(null);
        }
        values = page.values();
        trends = page.trends();
        cities = scorecard.cities();
        var asked = Page.param("city");
        if (asked != null) {
            city = cities.stream()
                    .filter(c -> c.equalsIgnoreCase(asked))
                    .findFirst()
                    .orElse(null);
            if (city == null) {
                Page.notFound();
                return;
            }
            cityTrends = scorecard.city(city, year);
        }
    }

    public String getCity() {
        return city;
    }

    public List<String> getCities() {
        return cities;
    }

    public List<Scorecard.CityTrend> getCityTrends() {
        return cityTrends;
    }

    /** A city's trend of one KPI as an inline SVG line chart. */
    public String cityChart(Scorecard.CityTrend trend, String label) {
        return TrendSvg.of(
                label,
                trend.years(),
                trend.city().stream().map(BigDecimal::valueOf).toList());
    }

    public List<Tier> getTiers() {
        return List.of(Tier.values());
    }

    public List<KpiValue> of(Tier tier) {
        return values.stream().filter(v -> v.tier().equals(tier.name())).toList();
    }

    public List<Scorecard.Trend> getTrends() {
        return trends;
    }

    /** One KPI's trend as an inline SVG line chart (drawn on the server), labelled for screen readers. */
    public String chart(Scorecard.Trend trend, String label) {
        return TrendSvg.of(label, trend.years(), trend.values());
    }

    public int getYear() {
        return year == null ? scorecard.currentYear() : year;
    }
}
