-- The knowledge base: lessons learned, each with an optional root-cause analysis (DMAIC), adopted
-- by partner cities once staff mark them as recommended practice.
CREATE SEQUENCE lesson_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE lesson (
    id                BIGINT        NOT NULL PRIMARY KEY,
    external_id       VARCHAR(100),
    title             VARCHAR(200)  NOT NULL,
    city              VARCHAR(120)  NOT NULL,
    organisation      VARCHAR(200),
    happened_on       DATE          NOT NULL,
    language          VARCHAR(2)    NOT NULL,
    context           VARCHAR(10000),
    what_happened     VARCHAR(10000) NOT NULL,
    what_worked       VARCHAR(10000),
    what_did_not      VARCHAR(10000),
    recommendation    VARCHAR(10000),
    city_domain       VARCHAR(30),
    space_id          BIGINT,
    links             VARCHAR(4000),
    author_id         BIGINT        REFERENCES account (id),
    status            VARCHAR(20)   NOT NULL,
    visibility        VARCHAR(20)   NOT NULL,
    review_note       VARCHAR(2000),
    practice          BOOLEAN       NOT NULL,
    rca_present       BOOLEAN       NOT NULL,
    rca_visibility    VARCHAR(20),
    rca_problem       VARCHAR(4000),
    rca_scope         VARCHAR(4000),
    rca_impact        VARCHAR(4000),
    rca_measure       VARCHAR(10000),
    rca_control       VARCHAR(4000),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at      TIMESTAMP WITH TIME ZONE,
    version           BIGINT        NOT NULL
);
CREATE UNIQUE INDEX lesson_external_id ON lesson (external_id);
CREATE INDEX lesson_status ON lesson (status);

CREATE TABLE lesson_theme (
    lesson_id  BIGINT      NOT NULL REFERENCES lesson (id) ON DELETE CASCADE,
    theme      VARCHAR(20) NOT NULL,
    PRIMARY KEY (lesson_id, theme)
);

CREATE TABLE lesson_value_stream (
    lesson_id     BIGINT      NOT NULL REFERENCES lesson (id) ON DELETE CASCADE,
    value_stream  VARCHAR(30) NOT NULL,
    PRIMARY KEY (lesson_id, value_stream)
);

-- the 5-whys chain, causes and actions, in order (rewritten whole when the analysis changes)
CREATE TABLE lesson_why (
    lesson_id  BIGINT        NOT NULL REFERENCES lesson (id) ON DELETE CASCADE,
    position   INTEGER       NOT NULL,
    answer     VARCHAR(1000) NOT NULL
);
CREATE INDEX lesson_why_lesson ON lesson_why (lesson_id);

CREATE TABLE lesson_cause (
    lesson_id  BIGINT        NOT NULL REFERENCES lesson (id) ON DELETE CASCADE,
    position   INTEGER       NOT NULL,
    statement  VARCHAR(1000) NOT NULL,
    category   VARCHAR(30)   NOT NULL
);
CREATE INDEX lesson_cause_lesson ON lesson_cause (lesson_id);

CREATE TABLE lesson_action (
    lesson_id    BIGINT        NOT NULL REFERENCES lesson (id) ON DELETE CASCADE,
    position     INTEGER       NOT NULL,
    description  VARCHAR(1000) NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    owner        VARCHAR(200),
    due_on       DATE,
    status       VARCHAR(20)   NOT NULL
);
CREATE INDEX lesson_action_lesson ON lesson_action (lesson_id);

CREATE SEQUENCE adoption_seq START WITH 1 INCREMENT BY 1;

-- "adopted by our city": one per lesson and city; their count is the re-use figure
CREATE TABLE lesson_adoption (
    id          BIGINT        NOT NULL PRIMARY KEY,
    lesson_id   BIGINT        NOT NULL REFERENCES lesson (id) ON DELETE CASCADE,
    city        VARCHAR(120)  NOT NULL,
    account_id  BIGINT        NOT NULL REFERENCES account (id),
    adopted_on  DATE          NOT NULL,
    note        VARCHAR(2000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX lesson_adoption_city ON lesson_adoption (lesson_id, city);

-- a rebuild of an index in progress, and the documents changed while it runs (replayed after the swap)
CREATE TABLE search_rebuild (
    index_name  VARCHAR(60)   NOT NULL PRIMARY KEY,
    concrete    VARCHAR(200)  NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE SEQUENCE search_replay_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE search_replay (
    id             BIGINT        NOT NULL PRIMARY KEY,
    index_name     VARCHAR(60)   NOT NULL,
    document_type  VARCHAR(40)   NOT NULL,
    document_id    VARCHAR(100)  NOT NULL
);
