package org.tori.stories.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.tori.stories.entity.Indicator;
import org.tori.stories.entity.ReturnOnInvestment;
import org.tori.stories.entity.Story;

/** One story with its sanitised body, its indicators and the return on the investment. */
public record StoryDetail(
        StorySummary summary,
        String bodyHtml,
        Long spaceId,
        List<Long> lessonIds,
        List<IndicatorView> indicators,
        BigDecimal investmentEur,
        Returns returns)
        implements Serializable {

    /** A measured indicator; change is the value less the baseline (or the value with no baseline). */
    public record IndicatorView(
            String impact,
            String name,
            String unit,
            BigDecimal baseline,
            BigDecimal value,
            BigDecimal change,
            LocalDate measuredOn,
            String source)
            implements Serializable {

        static IndicatorView of(Indicator i) {
            return new IndicatorView(
                    i.getImpact().name(),
                    i.getName(),
                    i.getUnit(),
                    i.getBaseline(),
                    i.getMeasured(),
                    i.change(),
                    i.getMeasuredOn(),
                    i.getSource());
        }
    }

    /** Euros returned by the economic indicators, per euro invested and as net per cent; null parts when unknown. */
    public record Returns(BigDecimal returnedEur, BigDecimal perEuro, BigDecimal netPercent) implements Serializable {

        static Returns of(ReturnOnInvestment roi) {
            return new Returns(roi.returned(), roi.perEuro(), roi.netPercent());
        }
    }

    static StoryDetail of(Story s) {
        return new StoryDetail(
                StorySummary.of(s),
                s.getBodyHtml(),
                s.getSpaceId(),
                s.getLessonIds(),
                s.getIndicators().stream().map(IndicatorView::of).toList(),
                s.getInvestmentEur(),
                Returns.of(s.returnOnInvestment()));
    }
}
