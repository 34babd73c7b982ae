-- a collective whose owner erased their account and had no member to take over is owned by programme staff (no owner)
ALTER TABLE collective ALTER COLUMN owner_id DROP NOT NULL;
UPDATE collective SET owner_id = NULL WHERE owner_id IN (SELECT id FROM account WHERE erased_at IS NOT NULL);
