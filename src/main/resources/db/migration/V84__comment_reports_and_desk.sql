-- Reports on space comments carry the reporter's reason and time; a comment's open reports are the
-- staff's moderation queue until staff hide it or keep it. The desk counts its queues cheaply.
ALTER TABLE comment_report ADD COLUMN reason VARCHAR(500);
ALTER TABLE comment_report ADD COLUMN reported_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE space_comment ADD COLUMN open_reports INTEGER DEFAULT 0 NOT NULL;
UPDATE space_comment SET open_reports = reports WHERE hidden = FALSE;
CREATE INDEX space_comment_open_reports ON space_comment (open_reports);
