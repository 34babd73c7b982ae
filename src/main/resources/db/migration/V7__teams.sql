-- Hackathon teams: a captain, members, open invitations and requests to join.
CREATE SEQUENCE team_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE team (
    id          BIGINT        NOT NULL PRIMARY KEY,
    space_id    BIGINT        NOT NULL REFERENCES space (id) ON DELETE CASCADE,
    name        VARCHAR(120)  NOT NULL,
    captain_id  BIGINT        NOT NULL REFERENCES account (id),
    max_size    INTEGER       NOT NULL CHECK (max_size BETWEEN 2 AND 10),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT team_name_once UNIQUE (space_id, name)
);

CREATE TABLE team_member (
    team_id     BIGINT       NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    account_id  BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    status      VARCHAR(20)  NOT NULL,
    PRIMARY KEY (team_id, account_id)
);
CREATE INDEX team_member_account ON team_member (account_id);
