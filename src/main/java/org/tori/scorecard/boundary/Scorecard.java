package org.tori.scorecard.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;
import org.tori.platform.time.ProgramTime;
import org.tori.scorecard.control.KpiQueries;
import org.tori.scorecard.entity.CityKpi;
import org.tori.scorecard.entity.Kpi;
import org.tori.scorecard.entity.KpiTarget;
import org.tori.scorecard.entity.Light;
import org.tori.stories.boundary.Stories;
import org.tori.stories.boundary.StoryDetail;
import org.tori.stories.boundary.StoryFilter;

/** The scorecard's use cases: every KPI recomputed for a year with its target and light; staff set targets. */
@ApplicationScoped
@Transactional
public class Scorecard {

    public static final int TREND_YEARS = 4;

    @PersistenceContext(unitName = "tori")
    EntityManager em;

    @Inject
    KpiQueries queries;

    @Inject
    Stories stories;

    @Inject
    Clock clock;

    /** One KPI's values over the last years, oldest first. */
    public record Trend(String kpi, List<Integer> years, List<BigDecimal> values) {}

    public int currentYear() {
        return ProgramTime.today(clock).getYear();
    }

    /** The scorecard page: every KPI of the year with its target and light, and the trends up to that year. */
    public record Page(List<KpiValue> values, List<Trend> trends) {}

    /** The year's KPIs and their trends, computed once (one query per KPI for all the years shown). */
    public Page page(Integer year) {
        int last = year(year);
        var trends = over(last - TREND_YEARS + 1, last);
        return new Page(values(last, trends), trends);
    }

    /** Every KPI of the year (this year when null), in tier order. */
    public List<KpiValue> values(Integer year) {
        int y = year(year);
        return values(y, over(y, y));
    }

    public List<Trend> trends(Integer year) {
        int last = year(year);
        return over(last - TREND_YEARS + 1, last);
    }

    private List<KpiValue> values(int y, List<Trend> trends) {
        Map<Kpi, KpiTarget> targets = em.createNamedQuery(KpiTarget.OF_YEAR, KpiTarget.class)
                .setParameter("year", y)
                .getResultStream()
                .collect(Collectors.toMap(KpiTarget::getKpi, Function.identity()));
        return trends.stream()
                .map(trend -> {
                    var kpi = Kpi.valueOf(trend.kpi());
                    var value = trend.values().get(trend.values().size() - 1);
                    var target = targets.get(kpi);
                    var goal = target == null ? null : target.getTarget();
                    var actions = target == null ? null : target.getActions();
                    return new KpiValue(
                            kpi.name(),
                            kpi.tier().name(),
                            y,
                            value,
                            goal,
                            actions,
                            Light.of(value, goal, actions).name());
                })
                .toList();
    }

    /** Every KPI's values from the first year to the last, in tier order. */
    private List<Trend> over(int first, int last) {
        var years = IntStream.rangeClosed(first, last).boxed().toList();
        var perEuro = returnPerEuro(years);
        return Arrays.stream(Kpi.values())
                .map(kpi -> new Trend(
                        kpi.name(), years, kpi == Kpi.RETURN_PER_EURO ? perEuro : queries.counts(kpi, first, last)))
                .toList();
    }

    /** One per-city KPI over the years, the city's values beside the programme's totals. */
    public record CityTrend(String kpi, List<Integer> years, List<Long> city, List<Long> total) {

        public long cityValue() {
            return city.get(city.size() - 1);
        }

        public long totalValue() {
            return total.get(total.size() - 1);
        }
    }

    /** The cities one may choose on the scorecard. */
    public List<String> cities() {
        return queries.cities();
    }

    /** A city's scorecard: the KPIs countable per city with the programme's totals, over the last years. */
    public List<CityTrend> city(String city, Integer year) {
        int last = year(year);
        int first = last - TREND_YEARS + 1;
        var years = IntStream.rangeClosed(first, last).boxed().toList();
        return Arrays.stream(CityKpi.values())
                .map(kpi -> {
                    var counts = queries.cityCounts(kpi, city, first, last);
                    return new CityTrend(kpi.name(), years, counts.city(), counts.total());
                })
                .toList();
    }

    public void setTarget(Kpi kpi, int year, BigDecimal target, String actions, long staffId, boolean staff) {
        if (!staff) {
            throw new DomainException(Kind.FORBIDDEN, "target.staffOnly");
        }
        Objects.requireNonNull(kpi);
        var existing = em.find(KpiTarget.class, new KpiTarget.Key(kpi, year));
        var row = existing == null ? new KpiTarget(kpi, year) : existing;
        row.set(target, actions, staffId, OffsetDateTime.now(clock));
        if (existing == null) {
            em.persist(row);
        }
    }

    /** Euros returned per euro invested, over the stories published in each year that record an investment. */
    private List<BigDecimal> returnPerEuro(List<Integer> years) {
        var invested = stories.publishedDetails(StoryFilter.any()).stream()
                .filter(d -> d.summary().publishedAt() != null)
                .filter(d -> d.investmentEur() != null && d.investmentEur().signum() > 0)
                .collect(Collectors.groupingBy(
                        d -> ProgramTime.dateOf(d.summary().publishedAt()).getYear()));
        return years.stream()
                .map(year -> perEuro(invested.getOrDefault(year, List.of())))
                .toList();
    }

    private static BigDecimal perEuro(List<StoryDetail> invested) {
        var investment = invested.stream().map(StoryDetail::investmentEur).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (investment.signum() == 0) {
            return null;
        }
        var returned = invested.stream().map(d -> d.returns().returnedEur()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return returned.divide(investment, 2, RoundingMode.HALF_UP);
    }

    private int year(Integer year) {
        if (year == null) {
            return currentYear();
        }
        if (year < 2000 || year > 2100) {
            throw new DomainException(Kind.INVALID, "target.year.invalid", "year");
        }
        return year;
    }
}
