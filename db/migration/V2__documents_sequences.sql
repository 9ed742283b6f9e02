-- documents module: per-office, per-year number sequences (案件编号, 文号).
CREATE TABLE document_sequence (
  body_id        BIGINT      NOT NULL,
  kind           VARCHAR(32) NOT NULL,
  seq_year       INT         NOT NULL,
  last_value     INT         NOT NULL,
  PRIMARY KEY (body_id, kind, seq_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
