-- documents module: signatures on 笔录 and 送达回证 (signed on a screen in the workspace), or the refusal to sign
-- with its reason and witness (留置送达 for service). The PNG is stored content-addressed in document_content;
-- every row is also in the case's chained record. Rows are never changed: a later row for the same signer wins.
CREATE TABLE document_signature (
  id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id             BIGINT        NOT NULL,
  kind                VARCHAR(64)   NOT NULL,     -- catalogue kind, e.g. INQUIRY_RECORD
  signer              VARCHAR(64)   NOT NULL,     -- the signer as the catalogue names it, e.g. 被询问人
  sha256              CHAR(64),                   -- the signature image; null for a refusal
  refusal_reason      VARCHAR(512),
  witness             VARCHAR(128),
  recorded_by         VARCHAR(64)   NOT NULL,
  recorded_at         DATETIME      NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_document_signature_case ON document_signature (case_id, kind, id);
