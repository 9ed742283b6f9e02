-- documents module: issued enforcement documents (执法文书). Every issue is a new version row; a version is
-- never changed or removed (a correction is a reissue, APL Art. 47). The PDF bytes are stored once per SHA-256
-- (content-addressed, immutable) and the hash is in the case's chained record of the same transaction.
CREATE TABLE issued_document (
  id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_id             BIGINT        NOT NULL,
  body_id             BIGINT        NOT NULL,
  body_name           VARCHAR(128)  NOT NULL,     -- public: the portal answers with it
  kind                VARCHAR(64)   NOT NULL,     -- catalogue kind, e.g. PENALTY_DECISION
  title               VARCHAR(128)  NOT NULL,
  version             INT           NOT NULL,
  document_number     VARCHAR(128)  NOT NULL,
  verification_code   VARCHAR(16)   NOT NULL,
  issued_on           DATE          NOT NULL,
  issued_by           VARCHAR(64)   NOT NULL,
  issued_at           DATETIME      NOT NULL,
  sha256              CHAR(64)      NOT NULL,
  size_bytes          BIGINT        NOT NULL,
  page_count          INT           NOT NULL,
  reissue_reason      VARCHAR(512),
  CONSTRAINT uk_issued_document_version UNIQUE (case_id, kind, version),
  CONSTRAINT uk_issued_document_code UNIQUE (verification_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_issued_document_case ON issued_document (case_id, kind, version);

CREATE TABLE document_content (
  sha256              CHAR(64)      NOT NULL PRIMARY KEY,
  size_bytes          BIGINT        NOT NULL,
  content             LONGBLOB      NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
