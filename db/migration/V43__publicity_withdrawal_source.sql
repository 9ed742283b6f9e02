-- publicity module: the document by which a published decision fell (复议决定书, 判决书, 纠错决定),
-- shown on the public withdrawal notice with the reason (APL Art. 48 ¶2).
ALTER TABLE publication ADD COLUMN withdrawal_source VARCHAR(256);
