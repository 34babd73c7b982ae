-- The challenges of a hackathon, each posted by the city or a partner with the data or platform it offers;
-- a concept answers one of them.
CREATE SEQUENCE challenge_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE challenge (
    id            BIGINT        NOT NULL PRIMARY KEY,
    space_id      BIGINT        NOT NULL REFERENCES space (id) ON DELETE CASCADE,
    title         VARCHAR(200)  NOT NULL,
    description   VARCHAR(4000),
    data_offered  VARCHAR(2000),
    posted_by     VARCHAR(200)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX challenge_space ON challenge (space_id);
ALTER TABLE entry ADD COLUMN challenge_id BIGINT REFERENCES challenge (id) ON DELETE SET NULL;
