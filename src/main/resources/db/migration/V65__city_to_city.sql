-- City-to-city spaces: who may read (per space), the sharing agreement in versions that never change once
-- published, each city partner's acceptance of a version, topics and the learnings posted under them with the
-- knowledge-base lessons they link; staff hide a post with a reason everyone sees (hidden_reason set). Adoption of a practice is the knowledge base's own record (lesson_adoption).
CREATE TABLE c2c_network (
    space_id        BIGINT        NOT NULL PRIMARY KEY REFERENCES space (id) ON DELETE CASCADE,
    visibility      VARCHAR(20)   NOT NULL,
    current_version INTEGER       NOT NULL,
    version         BIGINT        NOT NULL
);

CREATE SEQUENCE c2c_agreement_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE c2c_agreement (
    id             BIGINT         NOT NULL PRIMARY KEY,
    space_id       BIGINT         NOT NULL REFERENCES space (id) ON DELETE CASCADE,
    version_number INTEGER        NOT NULL,
    body_source    VARCHAR(20000) NOT NULL,
    body_html      VARCHAR(60000) NOT NULL,
    published_by   BIGINT         NOT NULL REFERENCES account (id),
    published_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT c2c_agreement_once UNIQUE (space_id, version_number)
);

CREATE SEQUENCE c2c_acceptance_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE c2c_acceptance (
    id                BIGINT       NOT NULL PRIMARY KEY,
    space_id          BIGINT       NOT NULL REFERENCES space (id) ON DELETE CASCADE,
    account_id        BIGINT       NOT NULL REFERENCES account (id),
    city              VARCHAR(120) NOT NULL,
    agreement_version INTEGER      NOT NULL,
    accepted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT c2c_acceptance_once UNIQUE (space_id, account_id, agreement_version)
);

CREATE SEQUENCE c2c_topic_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE c2c_topic (
    id          BIGINT        NOT NULL PRIMARY KEY,
    space_id    BIGINT        NOT NULL REFERENCES space (id) ON DELETE CASCADE,
    author_id   BIGINT        NOT NULL REFERENCES account (id),
    city        VARCHAR(120),
    title       VARCHAR(200)  NOT NULL,
    body_html   VARCHAR(24000) NOT NULL,
    hidden_reason VARCHAR(1000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX c2c_topic_space ON c2c_topic (space_id);

CREATE SEQUENCE c2c_learning_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE c2c_learning (
    id          BIGINT        NOT NULL PRIMARY KEY,
    topic_id    BIGINT        NOT NULL REFERENCES c2c_topic (id) ON DELETE CASCADE,
    author_id   BIGINT        NOT NULL REFERENCES account (id),
    city        VARCHAR(120),
    body_html   VARCHAR(24000) NOT NULL,
    hidden_reason VARCHAR(1000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX c2c_learning_topic ON c2c_learning (topic_id);

CREATE TABLE c2c_learning_lesson (
    learning_id BIGINT NOT NULL REFERENCES c2c_learning (id) ON DELETE CASCADE,
    lesson_id   BIGINT NOT NULL,
    PRIMARY KEY (learning_id, lesson_id)
);
