-- Discussion in a space: comments with one level of replies, reports, and staff moderation.
CREATE SEQUENCE comment_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE space_comment (
    id             BIGINT         NOT NULL PRIMARY KEY,
    space_id       BIGINT         NOT NULL REFERENCES space (id) ON DELETE CASCADE,
    author_id      BIGINT         NOT NULL REFERENCES account (id),
    parent_id      BIGINT         REFERENCES space_comment (id) ON DELETE CASCADE,
    body           VARCHAR(4000)  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    hidden         BOOLEAN        NOT NULL,
    hidden_reason  VARCHAR(500),
    reports        INTEGER        NOT NULL,
    version        BIGINT         NOT NULL
);
CREATE INDEX space_comment_space ON space_comment (space_id);

CREATE TABLE comment_report (
    comment_id   BIGINT NOT NULL REFERENCES space_comment (id) ON DELETE CASCADE,
    reporter_id  BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    PRIMARY KEY (comment_id, reporter_id)
);
