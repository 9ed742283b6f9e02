-- cases module (issue 16 item 1): how each 调查终结 with a penalty used the matter's discretion benchmark
-- (APL Art. 34): the tier it named, the tier's circumstance and range as they stood, the circumstances found, the
-- proposal, whether it lies outside the tier (then with its written reasons) — the stored fact the major-decision
-- catalogue (G118: 超出裁量基准) and the reviewer's point 5 read. One row per conclusion; the latest counts.
CREATE TABLE case_discretion (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_id             BIGINT        NOT NULL,
  tier_seq            INT,                        -- NULL: no tier named
  tier                VARCHAR(16),
  tier_circumstance   VARCHAR(512),
  tier_penalty        VARCHAR(512),
  allowed_kinds       VARCHAR(256),
  fine_min            DECIMAL(14,2),
  fine_max            DECIMAL(14,2),
  circumstances       VARCHAR(2000),
  proposed_kinds      VARCHAR(256),
  proposed_fine       DECIMAL(14,2),
  outside             BOOLEAN       NOT NULL,
  outside_because     VARCHAR(1000),
  reasons             VARCHAR(4000),
  entered_by          VARCHAR(64)   NOT NULL,
  entered_at          DATETIME      NOT NULL,
  CONSTRAINT fk_case_discretion_case FOREIGN KEY (case_id) REFERENCES enf_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_case_discretion_case ON case_discretion (case_id, id);
