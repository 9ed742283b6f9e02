-- publicity module: the after-the-fact publication (事后公开) of enforcement decisions (G118; APL Art. 48).
-- One row per decision: the redacted text as checked and published, its deadline, the second-person
-- redaction check, why it was not published (blocked), its withdrawal and its display period.
-- The unredacted decision stays in the cases tables; nothing here holds an ID number or a phone.
CREATE TABLE publication (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  decision_number     VARCHAR(64)   NOT NULL,
  case_id             BIGINT        NOT NULL,
  body_id             BIGINT        NOT NULL,
  body_name           VARCHAR(128)  NOT NULL,
  decision_kind       VARCHAR(24)   NOT NULL,     -- PENALTY / NO_PENALTY / SUMMARY_PENALTY
  status              VARCHAR(16)   NOT NULL,     -- DRAFT / CHECKED / PUBLISHED / WITHDRAWN / EXPIRED / BLOCKED
  party_kind          VARCHAR(16)   NOT NULL,
  party_display       VARCHAR(256)  NOT NULL,     -- natural person per the name policy; organisation in full
  credit_code         VARCHAR(18),
  legal_representative VARCHAR(64),
  matter_name         VARCHAR(128)  NOT NULL,
  violation           VARCHAR(4000) NOT NULL,     -- the facts, redacted
  legal_basis         VARCHAR(512),
  penalty_basis       VARCHAR(512),
  penalty_types       VARCHAR(256),
  penalty_content     VARCHAR(1000) NOT NULL,
  fine_amount         DECIMAL(14,2),
  decided_on          DATE          NOT NULL,
  decided_by          VARCHAR(64)   NOT NULL,
  redacted_fields     VARCHAR(512)  NOT NULL,     -- what the automatic redaction removed (kinds)
  due_rule            VARCHAR(32)   NOT NULL,     -- publication-penalty / publication-other
  due_date            DATE          NOT NULL,
  overdue             BOOLEAN       NOT NULL DEFAULT FALSE,
  checked_by          VARCHAR(64),
  checked_at          DATETIME,
  published_by        VARCHAR(64),
  published_at        DATETIME,
  published_on        DATE,
  display_until       DATE,
  block_reason        VARCHAR(24),                -- MINOR / STATE_SECRET / TRADE_SECRET / PRIVACY / SECURITY / WARNING_ONLY
  block_detail        VARCHAR(1000),
  withdrawal_reason   VARCHAR(16),                -- CHANGED / REVOKED / UNLAWFUL / VOID
  withdrawal_detail   VARCHAR(1000),
  withdrawal_started_on DATE,
  withdrawal_due      DATE,
  withdrawn_by        VARCHAR(64),
  withdrawn_on        DATE,
  process_instance_id VARCHAR(64),
  created_at          DATETIME      NOT NULL,
  version             INT           NOT NULL DEFAULT 0,
  CONSTRAINT uk_publication_decision UNIQUE (decision_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_publication_status_published ON publication (status, published_at);
CREATE INDEX ix_publication_case ON publication (case_id);
CREATE INDEX ix_publication_decided ON publication (decided_on);
CREATE INDEX ix_publication_withdrawn ON publication (withdrawn_on);
