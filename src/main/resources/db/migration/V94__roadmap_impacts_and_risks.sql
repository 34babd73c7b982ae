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

-- A development collective's own records: phenomena (trends or needs seen in the city), customer
-- journeys of a life event (steps and pain points) and meeting notes; a phenomenon or journey may
-- name the space started from it.
CREATE SEQUENCE collective_note_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE collective_note (
    id             BIGINT        NOT NULL PRIMARY KEY,
    collective_id  BIGINT        NOT NULL REFERENCES collective (id) ON DELETE CASCADE,
    kind           VARCHAR(12)   NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    body           VARCHAR(4000) NOT NULL,
    pain_points    VARCHAR(4000),
    life_event_id  BIGINT        REFERENCES life_event (id) ON DELETE SET NULL,
    space_id       BIGINT,
    held_on        DATE,
    author_id      BIGINT        REFERENCES account (id) ON DELETE SET NULL,
    written_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT collective_note_kind CHECK (kind IN ('PHENOMENON', 'JOURNEY', 'MEETING'))
);
CREATE INDEX collective_note_collective ON collective_note (collective_id);
