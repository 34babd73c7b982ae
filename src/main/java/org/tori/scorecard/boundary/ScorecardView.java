package org.tori.scorecard.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tori.platform.DomainException;
import org.tori.platform.i18n.Texts;
import org.tori.scorecard.entity.Tier;

/** The public scorecard page: KPIs by tier with lights, and each KPI's trend as a chart and a table. */
@Named
@RequestScoped
public class ScorecardView {

    @Inject
    Scorecard scorecard;
    @Inject
    FacesContext faces;

    private Integer year;
    private List<KpiValue> values;
    private List<Scorecard.Trend> trends;

    /** The year comes from the address: letters or markup there answer 400, a year without figures shows this year. */
    public void load() {
        year = org.tori.platform.faces.Page.param("year") == null ? null : org.tori.platform.faces.Page.integer("year", 0);
        try {
            values = scorecard.values(year);
        } catch (DomainException badYear) {
            year = null;
            values = scorecard.values(null);
        }
        trends = scorecard.trends(getYear());
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

    /** A Chart.js line chart of one KPI over the years, labelled in the page's language. */
    public String chart(Scorecard.Trend trend) {
        Locale locale = faces.getViewRoot().getLocale();
        var label = Texts.get(locale, "kpi." + trend.kpi());
        var data = trend.values().stream().map(v -> v == null ? "null" : v.toPlainString()).collect(Collectors.joining(","));
        var years = trend.years().stream().map(String::valueOf).collect(Collectors.joining(","));
        return "{\"type\":\"line\",\"data\":{\"labels\":[" + years + "],\"datasets\":[{\"label\":" + jsonString(label)
                + ",\"data\":[" + data + "],\"borderColor\":\"#1f5f8b\",\"fill\":false}]},"
                + "\"options\":{\"responsive\":true,\"plugins\":{\"legend\":{\"display\":false}},\"scales\":{\"y\":{\"beginAtZero\":true}}}}";
    }

    private static String jsonString(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }

    public int getYear() {
        return year == null ? scorecard.currentYear() : year;
    }
}
