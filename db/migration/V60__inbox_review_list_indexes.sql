-- Reviewer task list at scale (issue 9: 50,000 open tasks): a page is read in index order, and the
-- counts per filter are read from one covering index (with case_id for the "not a case I handle" check)
-- instead of joining every reviewer task to its case. ix_inbox_group is a prefix of the first index.
CREATE INDEX ix_inbox_group_due_order ON inbox_task (candidate_group, due_date, created_at, task_id);
CREATE INDEX ix_inbox_group_assignee_due ON inbox_task (candidate_group, assignee, due_date, created_at, task_id, case_id);
ALTER TABLE inbox_task DROP INDEX ix_inbox_group;
