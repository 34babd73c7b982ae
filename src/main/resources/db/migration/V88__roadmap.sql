-- The programme roadmap: items (goals, projects, work packages) in a tree whose progress rolls up,
-- a staff-managed list of statuses with their default progress, dated milestones, and portfolio
-- reviews with a decision per item reviewed.
CREATE SEQUENCE roadmap_status_seq START WITH 100 INCREMENT BY 1;
CREATE TABLE roadmap_status (
    id                BIGINT       NOT NULL PRIMARY KEY,
    code              VARCHAR(40)  NOT NULL,
    name              VARCHAR(120) NOT NULL,
    default_progress  INTEGER      NOT NULL,
    outcome           VARCHAR(12)  NOT NULL,
    position          INTEGER      NOT NULL,
    CONSTRAINT roadmap_status_code UNIQUE (code),
    CONSTRAINT roadmap_status_progress CHECK (default_progress BETWEEN 0 AND 100),
    CONSTRAINT roadmap_status_outcome CHECK (outcome IN ('OPEN', 'COMPLETED', 'STOPPED'))
);
INSERT INTO roadmap_status (id, code, name, default_progress, outcome, position) VALUES
    (1, 'PLANNED', 'Planned', 0, 'OPEN', 1),
    (2, 'STARTED', 'Started', 10, 'OPEN', 2),
    (3, 'PILOTING', 'Piloting', 50, 'OPEN', 3),
    (4, 'SCALING', 'Scaling up', 80, 'OPEN', 4),
    (5, 'COMPLETED', 'Completed', 100, 'COMPLETED', 5),
    (6, 'STOPPED', 'Stopped', 0, 'STOPPED', 6);

CREATE SEQUENCE roadmap_item_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE roadmap_item (
    id               BIGINT         NOT NULL PRIMARY KEY,
    parent_id        BIGINT         REFERENCES roadmap_item (id),
    title            VARCHAR(200)   NOT NULL,
    summary          VARCHAR(4000)  NOT NULL,
    owner            VARCHAR(200),
    value_streams    VARCHAR(400)   NOT NULL,
    themes           VARCHAR(200)   NOT NULL,
    domain           VARCHAR(30),
    city             VARCHAR(120),
    starts_on        DATE,
    planned_end      DATE,
    ended_on         DATE,
    budget_eur       NUMERIC(14, 2),
    expected_impact  VARCHAR(2000),
    status_id        BIGINT         NOT NULL REFERENCES roadmap_status (id),
    own_progress     INTEGER,
    weight           NUMERIC(8, 2),
    visibility       VARCHAR(10)    NOT NULL,
    external_id      VARCHAR(120),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT         NOT NULL,
    CONSTRAINT roadmap_item_external UNIQUE (external_id),
    CONSTRAINT roadmap_item_progress CHECK (own_progress IS NULL OR own_progress BETWEEN 0 AND 100),
    CONSTRAINT roadmap_item_visibility CHECK (visibility IN ('PUBLIC', 'PARTNERS', 'STAFF'))
);
CREATE INDEX roadmap_item_parent ON roadmap_item (parent_id);

-- Where an item came from: a space, an entry, a lesson or a story.
CREATE TABLE roadmap_origin (
    item_id    BIGINT       NOT NULL REFERENCES roadmap_item (id) ON DELETE CASCADE,
    kind       VARCHAR(10)  NOT NULL,
    target_id  BIGINT       NOT NULL,
    PRIMARY KEY (item_id, kind, target_id)
);
CREATE INDEX roadmap_origin_target ON roadmap_origin (kind, target_id);

CREATE SEQUENCE roadmap_milestone_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE roadmap_milestone (
    id            BIGINT         NOT NULL PRIMARY KEY,
    item_id       BIGINT         NOT NULL REFERENCES roadmap_item (id) ON DELETE CASCADE,
    title         VARCHAR(200)   NOT NULL,
    body          VARCHAR(4000)  NOT NULL,
    due_on        DATE           NOT NULL,
    reached       BOOLEAN        NOT NULL,
    progress      INTEGER,
    published_at  TIMESTAMP WITH TIME ZONE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT         NOT NULL,
    CONSTRAINT roadmap_milestone_progress CHECK (progress IS NULL OR progress BETWEEN 0 AND 100)
);
CREATE INDEX roadmap_milestone_item ON roadmap_milestone (item_id);

CREATE SEQUENCE portfolio_review_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE portfolio_review (
    id          BIGINT        NOT NULL PRIMARY KEY,
    held_on     DATE          NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE SEQUENCE portfolio_decision_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE portfolio_decision (
    id         BIGINT         NOT NULL PRIMARY KEY,
    review_id  BIGINT         NOT NULL REFERENCES portfolio_review (id) ON DELETE CASCADE,
    item_id    BIGINT         NOT NULL REFERENCES roadmap_item (id) ON DELETE CASCADE,
    status_id  BIGINT         NOT NULL REFERENCES roadmap_status (id),
    progress   INTEGER        NOT NULL,
    decision   VARCHAR(12)    NOT NULL,
    reason     VARCHAR(2000),
    CONSTRAINT portfolio_decision_kind CHECK (decision IN ('CONTINUE', 'CHANGE', 'STOP', 'SCALE_UP'))
);
CREATE INDEX portfolio_decision_item ON portfolio_decision (item_id);
