-- The return loop (G118; RULES §4): a task opened again after 退回补正 carries the reviewer's reason, so the
-- officer's inbox shows that the case came back and why.
ALTER TABLE inbox_task ADD COLUMN returned_reason VARCHAR(2000) NULL;
