-- evidence module: the evidence items of a case (APL Art. 46) with their blobs' SHA-256 (G118; APL Art. 47).
-- Rows are never deleted: unlawfully obtained or otherwise unusable evidence is marked excluded with a reason.
CREATE TABLE evidence_item (
  id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_id                  BIGINT        NOT NULL,
  evidence_type            VARCHAR(32)   NOT NULL,
  step                     VARCHAR(64)   NOT NULL,
  investigation_record_id  BIGINT,
  file_name                VARCHAR(255)  NOT NULL,
  description              VARCHAR(2000),
  captured_at              DATETIME,
  place                    VARCHAR(255),
  officer_ids              VARCHAR(255),
  duration_seconds         INT,
  content_type             VARCHAR(100)  NOT NULL,
  size_bytes               BIGINT        NOT NULL,
  sha256                   CHAR(64)      NOT NULL,
  uploaded_by              VARCHAR(64)   NOT NULL,
  uploaded_at              DATETIME      NOT NULL,
  excluded                 BOOLEAN       NOT NULL DEFAULT FALSE,
  exclusion_reason         VARCHAR(2000),
  excluded_by              VARCHAR(64),
  excluded_at              DATETIME
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_evidence_case ON evidence_item (case_id, id);
CREATE INDEX ix_evidence_case_step ON evidence_item (case_id, step, evidence_type);
CREATE INDEX ix_evidence_sha256 ON evidence_item (sha256);
