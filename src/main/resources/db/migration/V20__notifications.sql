-- Notifications: what each member wants (cadence per category), what they follow, news waiting for
-- a digest, the fan-out jobs that turn one event into many mails, and the unsubscribe signing key.
CREATE TABLE notification_preference (
    account_id  BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    category    VARCHAR(30)  NOT NULL,
    cadence     VARCHAR(12)  NOT NULL,
    PRIMARY KEY (account_id, category),
    CONSTRAINT notification_preference_cadence CHECK (cadence IN ('IMMEDIATELY', 'DAILY', 'WEEKLY', 'OFF'))
);

CREATE TABLE notification_follow (
    account_id  BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind        VARCHAR(12)  NOT NULL,
    target      VARCHAR(120) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, kind, target)
);
CREATE INDEX notification_follow_target ON notification_follow (kind, target);

-- News for members who chose a digest; digested_at is set when the digest mail was queued.
CREATE SEQUENCE notification_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE notification (
    id           BIGINT        NOT NULL PRIMARY KEY,
    account_id   BIGINT        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    category     VARCHAR(30)   NOT NULL,
    cadence      VARCHAR(12)   NOT NULL,
    topic        VARCHAR(300)  NOT NULL,
    headline     VARCHAR(300)  NOT NULL,
    detail       VARCHAR(4000),
    link         VARCHAR(600),
    dedupe_key   VARCHAR(160)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    digested_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notification_once UNIQUE (dedupe_key)
);
CREATE INDEX notification_pending ON notification (account_id, cadence, digested_at);

-- One row per member and cadence with news waiting: digest work exists only for members with news.
CREATE TABLE notification_digest (
    account_id  BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    cadence     VARCHAR(12)  NOT NULL,
    due_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, cadence)
);
CREATE INDEX notification_digest_due ON notification_digest (due_at);

-- One event for many members (a space opened, results, a reminder, an announcement), fanned out
-- after the event's commit by the notification worker, a batch of members at a time (progress is
-- the last account id done).
CREATE SEQUENCE notification_job_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE notification_job (
    id          BIGINT        NOT NULL PRIMARY KEY,
    kind        VARCHAR(20)   NOT NULL,
    space_id    BIGINT        NOT NULL,
    subject     VARCHAR(200),
    body        VARCHAR(10000),
    dedupe_key  VARCHAR(160)  NOT NULL,
    progress    BIGINT        NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    done_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notification_job_once UNIQUE (dedupe_key)
);
CREATE INDEX notification_job_open ON notification_job (done_at, id);

CREATE TABLE notification_secret (
    id      INTEGER       NOT NULL PRIMARY KEY,
    secret  VARCHAR(100)  NOT NULL
);

ALTER TABLE mail_outbox ADD COLUMN unsubscribe_url VARCHAR(600);
