-- evidence module: evidence uploaded for a step is bound to the engine task instance of that step open at
-- upload time (or, uploaded late, to its latest finished one), so a second 查封/扣押 in a case needs its own
-- audio-video record (G118; APL Art. 47). Rows from before keep task_id NULL and count for the step, as before.
ALTER TABLE evidence_item ADD COLUMN task_id VARCHAR(64);
CREATE INDEX ix_evidence_case_step_task ON evidence_item (case_id, step, task_id);
