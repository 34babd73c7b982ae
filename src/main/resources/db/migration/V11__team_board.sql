-- The "looking for a team" board: participants without a team say so, with a short pitch.
CREATE TABLE team_seeker (
    space_id    BIGINT       NOT NULL REFERENCES space (id) ON DELETE CASCADE,
    account_id  BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    pitch       VARCHAR(300),
    since       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (space_id, account_id)
);
