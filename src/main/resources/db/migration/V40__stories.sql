-- Success stories: editorial state, measured impact indicators and the revision history.
CREATE SEQUENCE story_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE story (
    id               BIGINT         NOT NULL PRIMARY KEY,
    title            VARCHAR(200)   NOT NULL,
    lead_text           VARCHAR(600)   NOT NULL,
    body_source      VARCHAR(20000),
    body_html        VARCHAR(60000),
    space_id         BIGINT         REFERENCES space (id) ON DELETE SET NULL,
    partners         VARCHAR(500),
    city             VARCHAR(120),
    value_stream     VARCHAR(30),
    investment_eur   DECIMAL(14, 2),
    status           VARCHAR(20)    NOT NULL,
    publish_at       TIMESTAMP WITH TIME ZONE,
    published_at     TIMESTAMP WITH TIME ZONE,
    created_by       BIGINT         NOT NULL REFERENCES account (id),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT         NOT NULL,
    CONSTRAINT story_status_known CHECK (status IN ('DRAFT', 'REVIEW', 'PUBLISHED', 'ARCHIVED'))
);
CREATE INDEX story_status ON story (status, published_at);

CREATE TABLE story_theme (
    story_id  BIGINT      NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    theme     VARCHAR(20) NOT NULL,
    PRIMARY KEY (story_id, theme)
);

CREATE TABLE story_indicator (
    story_id     BIGINT         NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    pos          INTEGER        NOT NULL,
    impact       VARCHAR(20)    NOT NULL,
    name         VARCHAR(200)   NOT NULL,
    unit         VARCHAR(40)    NOT NULL,
    baseline     DECIMAL(18, 4),
    measured     DECIMAL(18, 4) NOT NULL,
    measured_on  DATE           NOT NULL,
    source       VARCHAR(300)   NOT NULL,
    PRIMARY KEY (story_id, pos)
);

CREATE SEQUENCE story_revision_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE story_revision (
    id           BIGINT        NOT NULL PRIMARY KEY,
    story_id     BIGINT        NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    revision_no  INTEGER       NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    lead_text       VARCHAR(600)  NOT NULL,
    body_source  VARCHAR(20000),
    note         VARCHAR(200)  NOT NULL,
    changed_by   BIGINT        NOT NULL REFERENCES account (id),
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT story_revision_once UNIQUE (story_id, revision_no)
);
