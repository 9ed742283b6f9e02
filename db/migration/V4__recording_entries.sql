-- recording module: the append-only, hash-chained record of every act of a case (G118; APL Art. 47).
CREATE TABLE record_entry (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_id             BIGINT        NOT NULL,
  seq                 INT           NOT NULL,
  act                 VARCHAR(64)   NOT NULL,
  step                VARCHAR(64),
  actor               VARCHAR(64)   NOT NULL,
  article             VARCHAR(64),
  summary             VARCHAR(512)  NOT NULL,
  payload             LONGTEXT      NOT NULL,
  recorded_at         DATETIME      NOT NULL,
  prev_hash           CHAR(64)      NOT NULL,
  hash                CHAR(64)      NOT NULL,
  CONSTRAINT uk_record_case_seq UNIQUE (case_id, seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
