-- a member who erased their account keeps a row (their posts keep an author) but no personal data
ALTER TABLE account ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;
