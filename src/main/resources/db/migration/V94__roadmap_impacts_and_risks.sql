-- A roadmap item's expected impact in each of the four values stories report (environmental,
-- economic, social, research), and the risks staff track on an item: likelihood, impact,
-- mitigation and owner; a risk is staff-only unless marked public.
ALTER TABLE roadmap_item ADD COLUMN impact_environmental VARCHAR(1000);
ALTER TABLE roadmap_item ADD COLUMN impact_economic VARCHAR(1000);
ALTER TABLE roadmap_item ADD COLUMN impact_social VARCHAR(1000);
ALTER TABLE roadmap_item ADD COLUMN impact_research VARCHAR(1000);

CREATE SEQUENCE roadmap_risk_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE roadmap_risk (
    id           BIGINT         NOT NULL PRIMARY KEY,
    item_id      BIGINT         NOT NULL REFERENCES roadmap_item (id) ON DELETE CASCADE,
    title        VARCHAR(200)   NOT NULL,
    likelihood   VARCHAR(10)    NOT NULL,
    impact       VARCHAR(10)    NOT NULL,
    mitigation   VARCHAR(2000),
    owner        VARCHAR(200),
    shown        BOOLEAN        NOT NULL,
    closed       BOOLEAN        NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT roadmap_risk_likelihood CHECK (likelihood IN ('LOW', 'MEDIUM', 'HIGH')),
    CONSTRAINT roadmap_risk_impact CHECK (impact IN ('LOW', 'MEDIUM', 'HIGH'))
);
CREATE INDEX roadmap_risk_item ON roadmap_risk (item_id);
