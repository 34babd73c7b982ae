-- Open requirements consultations: published versions of a specification in numbered sections,
-- comments per section of a version, and staff answers. Versions are snapshots: never edited once published.
CREATE SEQUENCE spec_version_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE spec_version (
    id            BIGINT        NOT NULL PRIMARY KEY,
    space_id      BIGINT        NOT NULL REFERENCES space (id) ON DELETE CASCADE,
    version_number INTEGER      NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE,
    change_note   VARCHAR(4000),
    created_by    BIGINT        NOT NULL REFERENCES account (id),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT spec_version_once UNIQUE (space_id, version_number)
);

CREATE SEQUENCE spec_section_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE spec_section (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version_id    BIGINT        NOT NULL REFERENCES spec_version (id) ON DELETE CASCADE,
    ordinal       INTEGER       NOT NULL,
    section_number VARCHAR(20)  NOT NULL,
    heading       VARCHAR(200)  NOT NULL,
    body_source   VARCHAR(20000) NOT NULL,
    body_html     VARCHAR(60000) NOT NULL,
    change_mark   VARCHAR(10)   NOT NULL
);
CREATE INDEX spec_section_version ON spec_section (version_id);

CREATE SEQUENCE section_comment_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE section_comment (
    id            BIGINT        NOT NULL PRIMARY KEY,
    section_id    BIGINT        NOT NULL REFERENCES spec_section (id) ON DELETE CASCADE,
    author_id     BIGINT        NOT NULL REFERENCES account (id),
    body_html     VARCHAR(12000) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    answer_html   VARCHAR(12000),
    answered_by   BIGINT        REFERENCES account (id),
    answered_at   TIMESTAMP WITH TIME ZONE,
    version       BIGINT        NOT NULL
);
CREATE INDEX section_comment_section ON section_comment (section_id);
