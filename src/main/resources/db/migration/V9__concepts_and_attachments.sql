-- A hackathon concept belongs to a team (a contest entry to a team or one person); entrants answer
-- each judging criterion; entries carry a few attachments of checked type and size.
ALTER TABLE entry ADD COLUMN team_id BIGINT REFERENCES team (id) ON DELETE SET NULL;
CREATE UNIQUE INDEX entry_one_per_team ON entry (space_id, team_id);

CREATE TABLE entry_answer (
    entry_id      BIGINT        NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    criterion_id  BIGINT        NOT NULL REFERENCES criterion (id) ON DELETE CASCADE,
    answer        VARCHAR(4000) NOT NULL,
    PRIMARY KEY (entry_id, criterion_id)
);

CREATE SEQUENCE attachment_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE entry_attachment (
    id            BIGINT        NOT NULL PRIMARY KEY,
    entry_id      BIGINT        NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    file_name     VARCHAR(200)  NOT NULL,
    file_type     VARCHAR(10)   NOT NULL,
    size_bytes    INTEGER       NOT NULL,
    content       BYTEA         NOT NULL,
    uploaded_by   BIGINT        NOT NULL REFERENCES account (id),
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX entry_attachment_entry ON entry_attachment (entry_id);
