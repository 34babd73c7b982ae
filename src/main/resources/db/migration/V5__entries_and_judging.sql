-- Entries to hackathons and contests, and their judging.
CREATE SEQUENCE entry_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE entry (
    id                BIGINT        NOT NULL PRIMARY KEY,
    space_id          BIGINT        NOT NULL REFERENCES space (id) ON DELETE CASCADE,
    submitter_id      BIGINT        NOT NULL REFERENCES account (id),
    title             VARCHAR(200)  NOT NULL,
    problem           VARCHAR(5000),
    solution          VARCHAR(10000),
    business_model    VARCHAR(5000),
    demo_link         VARCHAR(500),
    screening         VARCHAR(20)   NOT NULL,
    screening_reason  VARCHAR(1000),
    submitted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT entry_one_per_submitter UNIQUE (space_id, submitter_id)
);

CREATE SEQUENCE criterion_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE criterion (
    id          BIGINT        NOT NULL PRIMARY KEY,
    space_id    BIGINT        NOT NULL REFERENCES space (id) ON DELETE CASCADE,
    name        VARCHAR(200)  NOT NULL,
    weight      INTEGER       NOT NULL CHECK (weight > 0),
    impact      VARCHAR(20),
    position    INTEGER       NOT NULL
);

CREATE SEQUENCE juror_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE juror (
    id          BIGINT NOT NULL PRIMARY KEY,
    space_id    BIGINT NOT NULL REFERENCES space (id) ON DELETE CASCADE,
    account_id  BIGINT NOT NULL REFERENCES account (id),
    CONSTRAINT juror_once UNIQUE (space_id, account_id)
);

CREATE SEQUENCE conflict_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE conflict_of_interest (
    id          BIGINT NOT NULL PRIMARY KEY,
    entry_id    BIGINT NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    juror_id    BIGINT NOT NULL REFERENCES account (id),
    CONSTRAINT conflict_once UNIQUE (entry_id, juror_id)
);

CREATE SEQUENCE score_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE score (
    id            BIGINT  NOT NULL PRIMARY KEY,
    entry_id      BIGINT  NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    criterion_id  BIGINT  NOT NULL REFERENCES criterion (id) ON DELETE CASCADE,
    juror_id      BIGINT  NOT NULL REFERENCES account (id),
    points        INTEGER NOT NULL CHECK (points BETWEEN 0 AND 10),
    CONSTRAINT score_once UNIQUE (entry_id, criterion_id, juror_id)
);
