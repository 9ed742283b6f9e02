-- review module: legal-review rounds of major decisions (G118; APL Art. 58). Every round is kept:
-- materials as submitted, and the 法制审核意见书 (number, reviewer, date, eight points, outcome).
CREATE TABLE review_round (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_id             BIGINT        NOT NULL,
  round_no            INT           NOT NULL,
  process_instance_id VARCHAR(64)   NOT NULL,
  materials           LONGTEXT      NOT NULL,
  submitted_at        DATETIME      NOT NULL,
  reviewer            VARCHAR(64),
  opinion_number      VARCHAR(64),
  checklist           LONGTEXT,
  outcome             VARCHAR(24),
  opinion             VARCHAR(8000),
  corrections         VARCHAR(4000),
  decided_on          DATE,
  decided_at          DATETIME,
  CONSTRAINT uk_review_round UNIQUE (case_id, round_no),
  CONSTRAINT fk_review_case FOREIGN KEY (case_id) REFERENCES enf_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
