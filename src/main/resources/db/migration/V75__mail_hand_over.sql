-- A mail is HANDED just before the SMTP server is told "end of data": from then on it counts as
-- delivered unless the server answers with a refusal. A row left HANDED by an instance that died
-- is never sent again (see OutgoingMail.presumedDelivered).
ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_status_known;
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_status_known CHECK (status IN ('PENDING', 'HANDED', 'SENT', 'FAILED'));
