-- issue 15 finding 8: the same investigation record posted twice makes one row. request_digest is the
-- SHA-256 of what the record says (kind, date, place, officers, content), refused a second time on a case;
-- idempotency_key is the client's Idempotency-Key header, whose replay gets the first answer.
ALTER TABLE investigation_record ADD COLUMN request_digest CHAR(64) NULL;
ALTER TABLE investigation_record ADD COLUMN idempotency_key VARCHAR(100) NULL;
CREATE INDEX ix_investigation_digest ON investigation_record (case_id, request_digest);
CREATE UNIQUE INDEX uk_investigation_idempotency ON investigation_record (case_id, idempotency_key);
