-- When each person took their seat (or was invited, or asked): when a captain's account is erased,
-- captaincy passes to the member seated longest. Rows from before count from the team's creation.
ALTER TABLE team_member ADD COLUMN since TIMESTAMP WITH TIME ZONE;
UPDATE team_member SET since = (SELECT t.created_at FROM team t WHERE t.id = team_member.team_id);
ALTER TABLE team_member ALTER COLUMN since SET NOT NULL;
