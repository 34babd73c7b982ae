-- Mails rendered at the moment they were asked for and sent by a worker after commit. The
-- idempotency key becomes the Message-ID, so a resend after a crash is recognisable as the same mail.
CREATE SEQUENCE mail_outbox_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE mail_outbox (
    id               BIGINT         NOT NULL PRIMARY KEY,
    idempotency_key  VARCHAR(160)   NOT NULL,
    template         VARCHAR(60)    NOT NULL,
    recipient        VARCHAR(254)   NOT NULL,
    subject          VARCHAR(300)   NOT NULL,
    text_body        VARCHAR(100000) NOT NULL,
    html_body        VARCHAR(200000) NOT NULL,
    status           VARCHAR(10)    NOT NULL,
    attempts         INTEGER        NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error       VARCHAR(1000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT mail_outbox_key_unique UNIQUE (idempotency_key),
    CONSTRAINT mail_outbox_status_known CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
);
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
