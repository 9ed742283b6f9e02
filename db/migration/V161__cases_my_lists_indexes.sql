-- 已办 / 我发起的 (the officers' lists, issue 21): cases a user completed a step of, and cases a user registered.
CREATE INDEX ix_step_entered_by ON case_step (entered_by, case_id);
CREATE INDEX ix_case_created_by ON enf_case (created_by, created_at);
