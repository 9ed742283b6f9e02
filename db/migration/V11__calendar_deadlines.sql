-- calendar module: statutory deadline rules as data, each case's deadlines, suspensions of the
-- 90-day decision clock (APL Art. 60) and recomputations when a year's holiday notice arrives.

CREATE TABLE deadline_rule (
  rule_key          VARCHAR(48)   NOT NULL PRIMARY KEY,
  title             VARCHAR(128)  NOT NULL,
  article           VARCHAR(64)   NOT NULL,
  counting_kind     VARCHAR(16)   NOT NULL,   -- WORKING / CALENDAR (APL Art. 85, ACL Art. 69)
  period_length     INT           NOT NULL,
  start_event       VARCHAR(48)   NOT NULL,
  expiry_action     VARCHAR(16)   NOT NULL,   -- WARN / ESCALATE / MOVE_PROCESS
  extension_length  INT,                      -- extra days on the head's approval, if the law allows
  suspendable       BOOLEAN       NOT NULL DEFAULT FALSE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO deadline_rule (rule_key, title, article, counting_kind, period_length, start_event, expiry_action, extension_length, suspendable) VALUES
  ('filing',                '立案审批',               'APL Art. 54',             'WORKING',  15, 'LEAD_REGISTERED',          'ESCALATE',     NULL, FALSE),
  ('preservation-disposal', '先行登记保存处理决定',   'APL Art. 56',             'WORKING',   7, 'EVIDENCE_PRESERVED',       'ESCALATE',     NULL, FALSE),
  ('seizure',               '查封扣押期限',           'ACL Art. 25',             'CALENDAR', 30, 'MEASURE_TAKEN',            'ESCALATE',     30,   FALSE),
  ('hearing-request',       '听证申请期限',           'APL Art. 64',             'WORKING',   5, 'PRIOR_NOTICE_SERVED',      'MOVE_PROCESS', NULL, FALSE),
  ('hearing-notice',        '听证通知（最早听证日）', 'APL Art. 64',             'WORKING',   7, 'HEARING_NOTICE_SERVED',    'WARN',         NULL, FALSE),
  ('decision',              '作出处罚决定',           'APL Art. 60',             'CALENDAR', 90, 'CASE_FILED',               'ESCALATE',     NULL, TRUE),
  ('service',               '送达处罚决定书',         'APL Art. 61',             'WORKING',   7, 'DECISION_MADE',            'ESCALATE',     NULL, FALSE),
  ('payment',               '缴纳罚款',               'APL Art. 67',             'CALENDAR', 15, 'DECISION_SERVED',          'MOVE_PROCESS', NULL, FALSE),
  ('legal-review',          '法制审核',               'APL Art. 58; G118',       'WORKING',   7, 'REVIEW_MATERIALS_COMPLETE', 'ESCALATE',    3,    FALSE),
  ('publication-penalty',   '公示处罚/许可决定',      'G118; APL Art. 48',       'WORKING',   7, 'DECISION_MADE',            'WARN',         NULL, FALSE),
  ('publication-other',     '公示其他执法决定',       'G118',                    'WORKING',  20, 'DECISION_MADE',            'WARN',         NULL, FALSE),
  ('withdrawal',            '撤回公示',               'APL Art. 48',             'WORKING',   3, 'DECISION_CHANGED',         'ESCALATE',     NULL, FALSE);

CREATE TABLE case_deadline (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_id           BIGINT        NOT NULL,
  rule_key          VARCHAR(48)   NOT NULL,
  start_date        DATE          NOT NULL,
  due_date          DATE          NOT NULL,
  provisional       BOOLEAN       NOT NULL,
  extended          BOOLEAN       NOT NULL DEFAULT FALSE,
  suspended_days    INT           NOT NULL DEFAULT 0,
  status            VARCHAR(16)   NOT NULL,   -- RUNNING / MET / MISSED (finished after the due date)
  finished_on       DATE,
  created_at        DATETIME      NOT NULL,
  CONSTRAINT fk_case_deadline_rule FOREIGN KEY (rule_key) REFERENCES deadline_rule (rule_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_case_deadline_case ON case_deadline (case_id, rule_key);
CREATE INDEX ix_case_deadline_provisional ON case_deadline (provisional, status);

-- 中止 (APL Art. 60 with the province's rule): hearing, testing/appraisal, public notice.
CREATE TABLE case_deadline_suspension (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_deadline_id  BIGINT        NOT NULL,
  case_id           BIGINT        NOT NULL,
  reason            VARCHAR(24)   NOT NULL,
  from_date         DATE          NOT NULL,
  to_date           DATE,
  created_at        DATETIME      NOT NULL,
  CONSTRAINT fk_suspension_deadline FOREIGN KEY (case_deadline_id) REFERENCES case_deadline (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_suspension_case ON case_deadline_suspension (case_id);

-- History: a provisional deadline recomputed when its year's holiday notice was loaded.
CREATE TABLE case_deadline_recomputation (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_deadline_id  BIGINT        NOT NULL,
  case_id           BIGINT        NOT NULL,
  notice_year       INT           NOT NULL,
  old_due_date      DATE          NOT NULL,
  new_due_date      DATE          NOT NULL,
  still_provisional BOOLEAN       NOT NULL,
  recomputed_at     DATETIME      NOT NULL,
  CONSTRAINT fk_recomputation_deadline FOREIGN KEY (case_deadline_id) REFERENCES case_deadline (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_recomputation_case ON case_deadline_recomputation (case_id);
