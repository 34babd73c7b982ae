-- the partner ecosystem: organisations (created by staff or requested by a company and approved),
-- their themes, value streams, listed members and partnership, and the "how to take part" texts staff edit

CREATE SEQUENCE organisation_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE organisation (
    id             BIGINT         NOT NULL PRIMARY KEY,
    kind           VARCHAR(30)    NOT NULL,
    name           VARCHAR(160)   NOT NULL,
    description    VARCHAR(4000),
    language       VARCHAR(5)     NOT NULL,
    city           VARCHAR(120),
    website        VARCHAR(300),
    contact_role   VARCHAR(160),
    status         VARCHAR(20)    NOT NULL,
    requested_by   BIGINT         REFERENCES account (id) ON DELETE SET NULL,
    refusal        VARCHAR(1000),
    loi_signed_on  DATE,
    partner_level  VARCHAR(20),
    collaboration  VARCHAR(1000),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version    BIGINT         NOT NULL
);
CREATE INDEX organisation_status ON organisation (status);

CREATE TABLE organisation_theme (
    organisation_id BIGINT       NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    theme           VARCHAR(20)  NOT NULL,
    PRIMARY KEY (organisation_id, theme)
);

CREATE TABLE organisation_stream (
    organisation_id BIGINT       NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    value_stream    VARCHAR(30)  NOT NULL,
    PRIMARY KEY (organisation_id, value_stream)
);

-- members who chose to be listed on the organisation's page
CREATE TABLE organisation_member (
    organisation_id BIGINT       NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    account_id      BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    PRIMARY KEY (organisation_id, account_id)
);
CREATE INDEX organisation_member_account ON organisation_member (account_id);

-- a staff-edited "how to take part" text of one audience in one language (the bundles hold the defaults)
CREATE TABLE participation_guide (
    audience       VARCHAR(20)    NOT NULL,
    language       VARCHAR(5)     NOT NULL,
    can_do         VARCHAR(4000)  NOT NULL,
    gains          VARCHAR(4000)  NOT NULL,
    how_to_start   VARCHAR(4000)  NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (audience, language)
);
