-- calendar module (issue 16 items 6 and 8).
--
-- APL Art. 54 with sector practice: the filing clock runs from the day the lead was discovered or received
-- (发现或者收到案源之日), not from the day an officer registered it. Only the rule's start event changes;
-- LeadRegistration starts the period on the lead's discoveredOn.
UPDATE deadline_rule SET start_event = 'LEAD_DISCOVERED' WHERE rule_key = 'filing';

-- APL Art. 71 with Art. 85: a fine collected on the spot is handed to the body within 2 days (on water, of
-- landing), and the body pays it into the designated bank within 2 days; the APL's "2 days" are working days.
INSERT INTO deadline_rule (rule_key, title, article, counting_kind, period_length, start_event, expiry_action, extension_length, suspendable) VALUES
  ('cash-handover', '当场收缴罚款交至行政机关', 'APL Art. 71, 85', 'WORKING', 2, 'FINE_COLLECTED_ON_THE_SPOT', 'ESCALATE', NULL, FALSE),
  ('cash-deposit',  '当场收缴罚款缴付指定银行', 'APL Art. 71, 85', 'WORKING', 2, 'CASH_HANDED_OVER',           'ESCALATE', NULL, FALSE);
