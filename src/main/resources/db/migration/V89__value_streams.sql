-- value-stream hubs: life events inside each stream, and one development collective per stream

CREATE SEQUENCE life_event_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE life_event (
    id            BIGINT         NOT NULL PRIMARY KEY,
    value_stream  VARCHAR(30)    NOT NULL,
    name_fi       VARCHAR(120)   NOT NULL,
    name_en       VARCHAR(120)   NOT NULL,
    name_sv       VARCHAR(120)   NOT NULL,
    description   VARCHAR(2000),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX life_event_stream ON life_event (value_stream);

-- what a life event concerns: a lesson or a space (by kind and id; the item lives in its own feature)
CREATE TABLE life_event_item (
    life_event_id BIGINT         NOT NULL REFERENCES life_event (id) ON DELETE CASCADE,
    item_kind     VARCHAR(20)    NOT NULL,
    item_id       BIGINT         NOT NULL,
    PRIMARY KEY (life_event_id, item_kind, item_id)
);

CREATE SEQUENCE collective_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE collective (
    id             BIGINT        NOT NULL PRIMARY KEY,
    value_stream   VARCHAR(30)   NOT NULL UNIQUE,
    name           VARCHAR(160)  NOT NULL,
    owner_id       BIGINT        NOT NULL REFERENCES account (id),
    vision_version INTEGER       NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version    BIGINT        NOT NULL
);

CREATE TABLE collective_member (
    collective_id  BIGINT        NOT NULL REFERENCES collective (id) ON DELETE CASCADE,
    account_id     BIGINT        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    status         VARCHAR(20)   NOT NULL,
    motivation     VARCHAR(1000),
    since          TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (collective_id, account_id)
);

CREATE TABLE collective_follower (
    collective_id  BIGINT        NOT NULL REFERENCES collective (id) ON DELETE CASCADE,
    account_id     BIGINT        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    PRIMARY KEY (collective_id, account_id)
);

CREATE SEQUENCE vision_version_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE vision_version (
    id             BIGINT        NOT NULL PRIMARY KEY,
    collective_id  BIGINT        NOT NULL REFERENCES collective (id) ON DELETE CASCADE,
    number         INTEGER       NOT NULL,
    body           VARCHAR(8000) NOT NULL,
    author_id      BIGINT        REFERENCES account (id) ON DELETE SET NULL,
    written_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (collective_id, number)
);

CREATE SEQUENCE plan_action_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE plan_action (
    id             BIGINT        NOT NULL PRIMARY KEY,
    collective_id  BIGINT        NOT NULL REFERENCES collective (id) ON DELETE CASCADE,
    title          VARCHAR(300)  NOT NULL,
    owner_name     VARCHAR(160)  NOT NULL,
    due_on         DATE          NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX plan_action_collective ON plan_action (collective_id);

CREATE SEQUENCE collective_comment_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE collective_comment (
    id             BIGINT        NOT NULL PRIMARY KEY,
    collective_id  BIGINT        NOT NULL REFERENCES collective (id) ON DELETE CASCADE,
    author_id      BIGINT        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    body           VARCHAR(4000) NOT NULL,
    written_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX collective_comment_collective ON collective_comment (collective_id);
