package org.tori.roadmap.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.EnumMap;
import java.util.Map;
import org.tori.judging.entity.ImpactValue;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/** What an item is expected to bring in each of the four values; a value left blank is "not stated". */
@Embeddable
public class ExpectedImpact {

    public static final int MAX = 1000;

    @Column(name = "impact_environmental")
    private String environmental;

    @Column(name = "impact_economic")
    private String economic;

    @Column(name = "impact_social")
    private String social;

    @Column(name = "impact_research")
    private String research;

    protected ExpectedImpact() {}

    /** Blank texts become "not stated"; one too long is refused at its field ({@code impactECONOMIC} …). */
    public static ExpectedImpact of(Map<ImpactValue, String> typed) {
        var impact = new ExpectedImpact();
        impact.environmental = clean(typed, ImpactValue.ENVIRONMENTAL);
        impact.economic = clean(typed, ImpactValue.ECONOMIC);
        impact.social = clean(typed, ImpactValue.SOCIAL);
        impact.research = clean(typed, ImpactValue.RESEARCH);
        return impact;
    }

    private static String clean(Map<ImpactValue, String> typed, ImpactValue value) {
        var text = typed.get(value);
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > MAX) {
            throw new DomainException(Kind.INVALID, "roadmap.text.tooLong", "impact" + value.name());
        }
        return text.strip();
    }

    /** The values stated, in the order of the four values. */
    public Map<ImpactValue, String> stated() {
        var map = new EnumMap<ImpactValue, String>(ImpactValue.class);
        put(map, ImpactValue.ENVIRONMENTAL, environmental);
        put(map, ImpactValue.ECONOMIC, economic);
        put(map, ImpactValue.SOCIAL, social);
        put(map, ImpactValue.RESEARCH, research);
        return map;
    }

    private static void put(Map<ImpactValue, String> map, ImpactValue value, String text) {
        if (text != null) {
            map.put(value, text);
        }
    }
}
