-- Office-practice periods for the steps the law sets no time for, so that every user task has a
-- due date (RULES §2 结案/归档: practice). Data, editable like the statutory rules.
INSERT INTO deadline_rule (rule_key, title, article, counting_kind, period_length, start_event, expiry_action, extension_length, suspendable) VALUES
  ('closing', '结案', 'practice', 'WORKING', 10, 'EXECUTION_DONE', 'WARN', NULL, FALSE),
  ('archive', '归档', 'practice', 'WORKING', 10, 'CASE_CLOSED',    'WARN', NULL, FALSE);
