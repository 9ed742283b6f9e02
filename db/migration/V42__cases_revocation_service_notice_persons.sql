-- cases module: decisions that fell, the publication notice on the service record, and the natural
-- persons an investigation record names.

-- A decision changed, revoked, confirmed unlawful or void (行政复议 / 行政诉讼 / 自行纠正; APL Art. 48
-- ¶2): one row per decision, never updated. The publicity module withdraws its publication.
CREATE TABLE decision_revocation (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_id             BIGINT        NOT NULL,
  decision_number     VARCHAR(64)   NOT NULL,
  kind                VARCHAR(16)   NOT NULL,     -- CHANGED / REVOKED / UNLAWFUL / VOID
  reason              VARCHAR(1000) NOT NULL,
  source_document     VARCHAR(256)  NOT NULL,     -- e.g. 某府复决〔2026〕3号 行政复议决定书
  effective_on        DATE          NOT NULL,
  entered_by          VARCHAR(64)   NOT NULL,
  entered_at          DATETIME      NOT NULL,
  CONSTRAINT uk_revocation_decision UNIQUE (decision_number),
  CONSTRAINT fk_revocation_case FOREIGN KEY (case_id) REFERENCES enf_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_revocation_case ON decision_revocation (case_id);

-- RULES §3: the service record states that the party was told the decision will be published.
ALTER TABLE service_record ADD COLUMN publication_notice VARCHAR(256);

-- Natural persons an investigation record names besides the officers (被询问人, 证人, 见证人, 在场人):
-- their names never reach a publication (RULES §3).
CREATE TABLE investigation_person (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  record_id           BIGINT        NOT NULL,
  case_id             BIGINT        NOT NULL,
  name                VARCHAR(64)   NOT NULL,
  role                VARCHAR(16)   NOT NULL,     -- INTERVIEWEE / WITNESS / PRESENT / OTHER
  CONSTRAINT fk_person_record FOREIGN KEY (record_id) REFERENCES investigation_record (id),
  CONSTRAINT fk_person_case FOREIGN KEY (case_id) REFERENCES enf_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_person_case ON investigation_person (case_id);
