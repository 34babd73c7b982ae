package org.tori.scorecard.entity;

/** The KPIs Tori computes, each in its tier; higher is better for all of them. */
public enum Kpi {
    COMPANIES_ENGAGED(Tier.ECOSYSTEM),
    COMPANIES_DEVELOPING(Tier.ECOSYSTEM),
    COMPANIES_OPERATIONAL(Tier.ECOSYSTEM),
    CITIZENS_JOINED(Tier.ECOSYSTEM),
    PRACTICES_ADOPTED(Tier.ECOSYSTEM),
    PILOTS_DEPLOYED(Tier.ECOSYSTEM),
    PILOTS_READY(Tier.ECOSYSTEM),
    EVENTS_HELD(Tier.ECOSYSTEM),
    MEDIA_VISIBILITY(Tier.ECOSYSTEM),
    SPACES_COMPLETED_PERCENT(Tier.PROGRAMME),
    PROJECTS_COMPLETED_PERCENT(Tier.PROGRAMME),
    STAKEHOLDER_ACTIVATIONS(Tier.PROGRAMME),
    STORIES_PUBLISHED(Tier.PROJECT),
    IMPACT_INDICATORS(Tier.PROJECT),
    RETURN_PER_EURO(Tier.PROJECT);

    private final Tier tier;

    Kpi(Tier tier) {
        this.tier = tier;
    }

    public Tier tier() {
        return tier;
    }
}
