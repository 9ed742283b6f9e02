-- cases module: the order to correct every penalty decision carries (责令改正 / 限期改正, APL Art. 28;
-- 城乡规划法 Art. 64, 65: 责令停止建设、限期改正或拆除) with its follow-up inspection (复查), and the forced
-- demolition of a building that was not demolished (行政强制法 ACL Art. 34-38, 43, 44).

CREATE TABLE correction_order (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_id             BIGINT        NOT NULL,
  decision_number     VARCHAR(64)   NOT NULL,
  kind                VARCHAR(40)   NOT NULL,     -- CorrectionKind
  requirement         VARCHAR(2000) NOT NULL,     -- what to correct
  period_days         INT           NOT NULL,     -- 0: immediately
  ordered_on          DATE          NOT NULL,
  served_on           DATE,                       -- the period runs from service of the decision
  due_on              DATE,
  inspected_on        DATE,
  corrected           BOOLEAN,
  findings            VARCHAR(4000),
  follow_up           VARCHAR(40),                -- what follows when not corrected
  inspected_by        VARCHAR(64),
  created_at          DATETIME      NOT NULL,
  CONSTRAINT fk_correction_order_case FOREIGN KEY (case_id) REFERENCES enf_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_correction_order_case ON correction_order (case_id);

-- One forced demolition per case, filled step by step: 公告 (ACL 44), remedy periods, 催告 (ACL 35),
-- 陈述申辩 (ACL 36), 强制拆除决定书 (ACL 37), execution (ACL 43).
CREATE TABLE forced_demolition (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_id             BIGINT        NOT NULL,
  order_id            BIGINT        NOT NULL,
  notice_on           DATE,
  notice_days         INT,
  notice_ends_on      DATE,
  remedy_lapses_on    DATE,
  challenge_kind      VARCHAR(24),                -- RECONSIDERATION / LITIGATION
  challenge_filed_on  DATE,
  challenge_reference VARCHAR(256),
  reminder_number     VARCHAR(64),
  reminded_on         DATE,
  reminder_days       INT,
  reminder_ends_on    DATE,
  statement_heard_on  DATE,
  statement_accepted  BOOLEAN,
  decision_number     VARCHAR(64),
  decided_on          DATE,
  executed_from       DATETIME,
  executed_to         DATETIME,
  created_at          DATETIME      NOT NULL,
  CONSTRAINT uk_forced_demolition_case UNIQUE (case_id),
  CONSTRAINT fk_forced_demolition_case FOREIGN KEY (case_id) REFERENCES enf_case (id),
  CONSTRAINT fk_forced_demolition_order FOREIGN KEY (order_id) REFERENCES correction_order (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
