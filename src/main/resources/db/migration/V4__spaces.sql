-- Co-creation spaces (hackathons, contests; more kinds follow on the same tables).
CREATE SEQUENCE space_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE space (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    kind                 VARCHAR(20)   NOT NULL,
    title                VARCHAR(200)  NOT NULL,
    summary              VARCHAR(500)  NOT NULL,
    description_source   VARCHAR(20000),
    description_html     VARCHAR(60000),
    city_domain          VARCHAR(30),
    organiser            VARCHAR(200),
    city                 VARCHAR(120),
    place                VARCHAR(200),
    opens_at             TIMESTAMP WITH TIME ZONE,
    submission_deadline  TIMESTAMP WITH TIME ZONE,
    results_at           TIMESTAMP WITH TIME ZONE,
    phase                VARCHAR(20)   NOT NULL,
    archive_reason       VARCHAR(2000),
    created_by           BIGINT        NOT NULL REFERENCES account (id),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT        NOT NULL
);
CREATE INDEX space_phase ON space (phase);

CREATE TABLE space_theme (
    space_id  BIGINT      NOT NULL REFERENCES space (id) ON DELETE CASCADE,
    theme     VARCHAR(20) NOT NULL,
    PRIMARY KEY (space_id, theme)
);

CREATE TABLE space_value_stream (
    space_id      BIGINT      NOT NULL REFERENCES space (id) ON DELETE CASCADE,
    value_stream  VARCHAR(30) NOT NULL,
    PRIMARY KEY (space_id, value_stream)
);

CREATE TABLE space_participant (
    space_id    BIGINT NOT NULL REFERENCES space (id) ON DELETE CASCADE,
    account_id  BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    PRIMARY KEY (space_id, account_id)
);
CREATE INDEX space_participant_account ON space_participant (account_id);
