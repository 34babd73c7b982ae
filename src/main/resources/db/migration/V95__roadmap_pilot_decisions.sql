-- Decisions on pilots (continue, scale up, stop) recorded on the roadmap items that name the pilot
-- as their origin (roadmap_origin kind 'PILOT'): dated, with the reason and the item's status and progress before the decision.
CREATE SEQUENCE roadmap_pilot_decision_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE roadmap_pilot_decision (
    id           BIGINT         NOT NULL PRIMARY KEY,
    item_id      BIGINT         NOT NULL REFERENCES roadmap_item (id) ON DELETE CASCADE,
    pilot_id     BIGINT         NOT NULL,
    pilot_title  VARCHAR(200)   NOT NULL,
    decision     VARCHAR(12)    NOT NULL,
    reason       VARCHAR(5000),
    decided_on   DATE           NOT NULL,
    status_id    BIGINT         NOT NULL REFERENCES roadmap_status (id),
    progress     INTEGER        NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT roadmap_pilot_decision_kind CHECK (decision IN ('CONTINUE', 'STOP', 'SCALE_UP'))
);
CREATE INDEX roadmap_pilot_decision_item ON roadmap_pilot_decision (item_id);
