-- cases module: the case aggregate, its parties and handlers, each step's input (append-only),
-- investigation records, decisions, service records, payments, and the inbox read model.

CREATE TABLE enf_case (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_number         VARCHAR(64)   NOT NULL,
  body_id             BIGINT        NOT NULL,
  procedure_kind      VARCHAR(16)   NOT NULL,     -- GENERAL / SUMMARY
  status              VARCHAR(24)   NOT NULL,     -- see CaseStatus
  current_step        VARCHAR(64),
  lead_source         VARCHAR(24)   NOT NULL,
  matter_id           BIGINT        NOT NULL,
  facts               VARCHAR(4000) NOT NULL,
  act_date            DATE,
  discovered_on       DATE          NOT NULL,
  place               VARCHAR(256),
  harms_life_health_or_finance BOOLEAN NOT NULL DEFAULT FALSE,
  outcome             VARCHAR(32),
  proposed_fine       DECIMAL(14,2),
  process_instance_id VARCHAR(64),
  created_by          VARCHAR(64)   NOT NULL,
  created_at          DATETIME      NOT NULL,
  filed_at            DATETIME,
  decided_at          DATETIME,
  closed_at           DATETIME,
  archived_at         DATETIME,
  version             INT           NOT NULL DEFAULT 0,
  CONSTRAINT uk_case_number UNIQUE (case_number),
  CONSTRAINT fk_case_body FOREIGN KEY (body_id) REFERENCES enforcement_body (id),
  CONSTRAINT fk_case_matter FOREIGN KEY (matter_id) REFERENCES power_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_case_body_created ON enf_case (body_id, created_at);
CREATE INDEX ix_case_status ON enf_case (status);
CREATE INDEX ix_case_matter ON enf_case (matter_id);

CREATE TABLE party (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_id             BIGINT        NOT NULL,
  kind                VARCHAR(16)   NOT NULL,     -- NATURAL_PERSON / ORGANISATION
  name                VARCHAR(128)  NOT NULL,
  id_number           VARCHAR(18),                -- natural person: 居民身份证号码
  credit_code         VARCHAR(18),                -- organisation: 统一社会信用代码
  legal_representative VARCHAR(64),
  phone               VARCHAR(32),
  address             VARCHAR(256),
  CONSTRAINT fk_party_case FOREIGN KEY (case_id) REFERENCES enf_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_party_case ON party (case_id);
CREATE INDEX ix_party_name ON party (name);

CREATE TABLE case_handler (
  case_id             BIGINT        NOT NULL,
  officer_id          BIGINT        NOT NULL,
  lead_handler        BOOLEAN       NOT NULL,
  assigned_by         VARCHAR(64)   NOT NULL,
  assigned_at         DATETIME      NOT NULL,
  PRIMARY KEY (case_id, officer_id),
  CONSTRAINT fk_handler_case FOREIGN KEY (case_id) REFERENCES enf_case (id),
  CONSTRAINT fk_handler_officer FOREIGN KEY (officer_id) REFERENCES officer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_handler_officer ON case_handler (officer_id);

-- Every completed step's input, as entered: never updated, never deleted.
CREATE TABLE case_step (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_id             BIGINT        NOT NULL,
  task_id             VARCHAR(64)   NOT NULL,
  step                VARCHAR(64)   NOT NULL,
  data                LONGTEXT      NOT NULL,
  entered_by          VARCHAR(64)   NOT NULL,
  entered_at          DATETIME      NOT NULL,
  CONSTRAINT uk_step_task UNIQUE (task_id),
  CONSTRAINT fk_step_case FOREIGN KEY (case_id) REFERENCES enf_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_step_case ON case_step (case_id);

-- 询问笔录 / 现场检查(勘验)笔录 / 其他调查记录 (APL Art. 55: certificates shown are recorded).
CREATE TABLE investigation_record (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_id             BIGINT        NOT NULL,
  kind                VARCHAR(24)   NOT NULL,     -- INQUIRY / ON_SITE_INSPECTION / OTHER
  recorded_on         DATE          NOT NULL,
  place               VARCHAR(256)  NOT NULL,
  officer_ids         VARCHAR(128)  NOT NULL,
  certificates_shown  VARCHAR(512)  NOT NULL,
  content             LONGTEXT      NOT NULL,
  entered_by          VARCHAR(64)   NOT NULL,
  entered_at          DATETIME      NOT NULL,
  CONSTRAINT fk_record_case FOREIGN KEY (case_id) REFERENCES enf_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_investigation_case ON investigation_record (case_id);

CREATE TABLE case_decision (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_id             BIGINT        NOT NULL,
  decision_number     VARCHAR(64)   NOT NULL,
  kind                VARCHAR(24)   NOT NULL,     -- PENALTY / NO_PENALTY / TRANSFER / SUMMARY_PENALTY
  penalty_types       VARCHAR(256),
  fine_amount         DECIMAL(14,2),
  confiscation_value  DECIMAL(14,2),
  reasons             VARCHAR(4000) NOT NULL,
  decided_by          VARCHAR(64)   NOT NULL,
  decided_on          DATE          NOT NULL,
  entered_at          DATETIME      NOT NULL,
  CONSTRAINT uk_decision_number UNIQUE (decision_number),
  CONSTRAINT fk_decision_case FOREIGN KEY (case_id) REFERENCES enf_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_decision_case ON case_decision (case_id);

-- 送达回证 (APL Art. 61)
CREATE TABLE service_record (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_id             BIGINT        NOT NULL,
  document            VARCHAR(64)   NOT NULL,
  method              VARCHAR(24)   NOT NULL,
  served_on           DATE          NOT NULL,
  recipient           VARCHAR(128)  NOT NULL,
  consent_reference   VARCHAR(128),
  entered_by          VARCHAR(64)   NOT NULL,
  entered_at          DATETIME      NOT NULL,
  CONSTRAINT fk_service_case FOREIGN KEY (case_id) REFERENCES enf_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_service_case ON service_record (case_id);

CREATE TABLE payment (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_id             BIGINT        NOT NULL,
  amount              DECIMAL(14,2) NOT NULL,
  paid_on             DATE          NOT NULL,
  receipt_number      VARCHAR(64)   NOT NULL,
  entered_by          VARCHAR(64)   NOT NULL,
  entered_at          DATETIME      NOT NULL,
  CONSTRAINT fk_payment_case FOREIGN KEY (case_id) REFERENCES enf_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_payment_case ON payment (case_id);

-- Inbox read model, kept by a task listener in the engine's transaction: the inbox never
-- queries the engine with variable joins.
CREATE TABLE inbox_task (
  task_id             VARCHAR(64)   NOT NULL PRIMARY KEY,
  case_id             BIGINT        NOT NULL,
  process_instance_id VARCHAR(64)   NOT NULL,
  step                VARCHAR(64)   NOT NULL,
  name                VARCHAR(128)  NOT NULL,
  assignee            VARCHAR(64),
  candidate_group     VARCHAR(64),
  due_date            DATETIME,
  created_at          DATETIME      NOT NULL,
  CONSTRAINT fk_inbox_case FOREIGN KEY (case_id) REFERENCES enf_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_inbox_assignee ON inbox_task (assignee, due_date);
CREATE INDEX ix_inbox_group ON inbox_task (candidate_group, due_date);
CREATE INDEX ix_inbox_case ON inbox_task (case_id);
