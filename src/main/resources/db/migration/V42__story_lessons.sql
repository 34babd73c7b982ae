-- The lessons learned a story came from, in the order its writer gave them.
CREATE TABLE story_lesson (
    story_id   BIGINT   NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    pos        INTEGER  NOT NULL,
    lesson_id  BIGINT   NOT NULL REFERENCES lesson (id) ON DELETE CASCADE,
    PRIMARY KEY (story_id, pos)
);
CREATE INDEX story_lesson_lesson ON story_lesson (lesson_id);
