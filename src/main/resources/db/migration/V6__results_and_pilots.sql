-- Results are frozen when a space publishes them; a winning entry may continue as a pilot.
CREATE SEQUENCE result_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE result (
    id        BIGINT        NOT NULL PRIMARY KEY,
    space_id  BIGINT        NOT NULL REFERENCES space (id) ON DELETE CASCADE,
    entry_id  BIGINT        NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    title     VARCHAR(200)  NOT NULL,
    place     INTEGER       NOT NULL,
    score     DECIMAL(6, 2) NOT NULL,
    tied      BOOLEAN       NOT NULL,
    jurors    INTEGER       NOT NULL,
    CONSTRAINT result_once UNIQUE (space_id, entry_id)
);

CREATE SEQUENCE pilot_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE pilot (
    id              BIGINT         NOT NULL PRIMARY KEY,
    space_id        BIGINT         NOT NULL REFERENCES space (id) ON DELETE CASCADE,
    entry_id        BIGINT         NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    partner         VARCHAR(200)   NOT NULL,
    budget_eur      DECIMAL(12, 2) NOT NULL,
    starts_on       DATE           NOT NULL,
    scale_up_plan   VARCHAR(5000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pilot_once UNIQUE (entry_id)
);
