-- Inbox-at-scale generator (MariaDB; uses the Sequence engine's seq_1_to_N tables): 1,000,000
-- historical (archived) cases and 50,000 open ones with an inbox task each (half for the legal
-- reviewers, half for officers), each case with a party. Bulk SQL: the read models are what is
-- measured, not the engine.
SET SESSION unique_checks = 0;
SET SESSION foreign_key_checks = 0;
SET @body = (SELECT id FROM enforcement_body WHERE code = 'SZZ');
SET @matter = (SELECT MIN(id) FROM power_item WHERE body_id = @body);
SET @zhang = (SELECT id FROM officer WHERE username = 'zhangwei');
SET @li = (SELECT id FROM officer WHERE username = 'liqiang');

INSERT INTO enf_case (case_number, body_id, procedure_kind, status, lead_source, matter_id, facts, discovered_on,
                      created_by, created_at)
SELECT CONCAT('基准综执罚〔', 2021 + seq % 5, '〕', seq, '号'), @body, 'GENERAL',
       IF(seq <= 1000000, 'ARCHIVED', 'FILED'), 'INSPECTION', @matter + seq % 5, '基准案件',
       DATE_SUB('2026-11-01', INTERVAL seq % 1800 DAY), 'bench',
       TIMESTAMP(DATE_SUB('2026-11-01', INTERVAL seq % 1800 DAY), SEC_TO_TIME(seq % 86400))
  FROM seq_1_to_1050000;

INSERT INTO party (case_id, kind, name)
SELECT id, 'NATURAL_PERSON', CONCAT('基准', id % 100000) FROM enf_case WHERE created_by = 'bench';

INSERT INTO inbox_task (task_id, case_id, process_instance_id, step, name, assignee, candidate_group, due_date, created_at)
SELECT CONCAT('bench-', id), id, 'bench', IF(id % 2 = 0, 'Task_LegalReview', 'Task_Investigation'),
       IF(id % 2 = 0, '法制审核', '调查取证'), IF(id % 7 = 0, 'chenjing', NULL), IF(id % 2 = 0, 'reviewer', 'officer'),
       TIMESTAMP(DATE_ADD(CURDATE(), INTERVAL (id % 40) - 10 DAY), '23:59:59'), NOW()
  FROM enf_case WHERE created_by = 'bench' AND status = 'FILED';

INSERT INTO case_handler (case_id, officer_id, lead_handler, assigned_by, assigned_at)
SELECT id, @zhang, TRUE, 'bench', NOW() FROM enf_case WHERE created_by = 'bench' AND status = 'FILED';
INSERT INTO case_handler (case_id, officer_id, lead_handler, assigned_by, assigned_at)
SELECT id, @li, FALSE, 'bench', NOW() FROM enf_case WHERE created_by = 'bench' AND status = 'FILED';

SET SESSION unique_checks = 1;
SET SESSION foreign_key_checks = 1;
ANALYZE TABLE enf_case, party, inbox_task, case_handler;
