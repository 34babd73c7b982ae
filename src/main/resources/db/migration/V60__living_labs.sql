-- Living labs and fast experiments: what a company wants to test (one row per LIVING_LAB space),
-- the questions testers rate 1-5, sign-ups (testers up to the capacity, then a waiting list) and
-- one feedback per tester with its ratings.
CREATE TABLE living_lab (
    space_id        BIGINT        NOT NULL PRIMARY KEY REFERENCES space (id) ON DELETE CASCADE,
    prototype       VARCHAR(2000) NOT NULL,
    location        VARCHAR(500)  NOT NULL,
    learning_goals  VARCHAR(4000) NOT NULL,
    tester_profile  VARCHAR(2000),
    capacity        INTEGER       NOT NULL CHECK (capacity > 0),
    return_note     VARCHAR(2000),
    summary_source  VARCHAR(20000),
    summary_html    VARCHAR(60000),
    summary_by      BIGINT        REFERENCES account (id),
    summary_at      TIMESTAMP WITH TIME ZONE,
    version         BIGINT        NOT NULL
);

CREATE TABLE living_lab_question (
    space_id  BIGINT       NOT NULL REFERENCES living_lab (space_id) ON DELETE CASCADE,
    ordinal   INTEGER      NOT NULL,
    question  VARCHAR(300) NOT NULL
);
-- no key on (space_id, ordinal): rewriting the questions inserts the new list before the old rows go
CREATE INDEX living_lab_question_lab ON living_lab_question (space_id);

CREATE SEQUENCE tester_signup_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE tester_signup (
    id          BIGINT      NOT NULL PRIMARY KEY,
    space_id    BIGINT      NOT NULL REFERENCES living_lab (space_id) ON DELETE CASCADE,
    account_id  BIGINT      NOT NULL REFERENCES account (id),
    status      VARCHAR(10) NOT NULL,
    signed_up_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT tester_signup_once UNIQUE (space_id, account_id)
);

CREATE SEQUENCE lab_feedback_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE lab_feedback (
    id          BIGINT      NOT NULL PRIMARY KEY,
    space_id    BIGINT      NOT NULL REFERENCES living_lab (space_id) ON DELETE CASCADE,
    account_id  BIGINT      NOT NULL REFERENCES account (id),
    worked_source VARCHAR(4000),
    worked_html  VARCHAR(12000),
    did_not_source VARCHAR(4000),
    did_not_html VARCHAR(12000),
    given_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT      NOT NULL,
    CONSTRAINT lab_feedback_once UNIQUE (space_id, account_id)
);

CREATE TABLE lab_rating (
    feedback_id BIGINT  NOT NULL REFERENCES lab_feedback (id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5)
);
CREATE INDEX lab_rating_feedback ON lab_rating (feedback_id);
