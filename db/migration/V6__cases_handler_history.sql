-- cases module: a handler replaced mid-case (更换承办人, e.g. after a certificate lapsed) stays on
-- record with who removed them, when and why (APL Art. 42; nothing is overwritten).
ALTER TABLE case_handler ADD COLUMN removed_at DATETIME NULL;
ALTER TABLE case_handler ADD COLUMN removed_by VARCHAR(64) NULL;
ALTER TABLE case_handler ADD COLUMN removal_reason VARCHAR(512) NULL;
