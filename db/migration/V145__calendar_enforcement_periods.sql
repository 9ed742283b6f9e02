-- calendar module: the periods of orders to correct and of forced demolition (issue 16 items 2 and 4).
-- MONTHS counts whole months (行政诉讼法 Art. 46: six months), rolled to the next working day like
-- calendar-day periods (RULES §1).
INSERT INTO deadline_rule (rule_key, title, article, counting_kind, period_length, start_event, expiry_action, extension_length, suspendable) VALUES
  ('remedy-reconsideration', '申请行政复议期限',       'ARL Art. 20',            'CALENDAR', 60, 'DECISION_SERVED',   'WARN',         NULL, FALSE),
  ('remedy-litigation',      '提起行政诉讼期限',       'ALL Art. 46',            'MONTHS',    6, 'DECISION_SERVED',   'WARN',         NULL, FALSE),
  ('demolition-reminder',    '强制执行催告（最短期限）', 'ACL Art. 35, 69',      'WORKING',  10, 'REMINDER_SERVED',   'MOVE_PROCESS', NULL, FALSE);
