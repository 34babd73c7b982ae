-- Documents that must reach Elasticsearch. A row is written in the same transaction as the change
-- it reflects and removed once the index has it; the worker reads the current state when it
-- drains, so several changes to one document cost one index call.
CREATE SEQUENCE search_outbox_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE search_outbox (
    id               BIGINT        NOT NULL PRIMARY KEY,
    document_type    VARCHAR(40)   NOT NULL,
    document_id      VARCHAR(100)  NOT NULL,
    attempts         INTEGER       NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error       VARCHAR(1000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX search_outbox_due ON search_outbox (next_attempt_at);
