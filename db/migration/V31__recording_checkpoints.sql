-- recording module: signed checkpoints of every case chain's head (G118 防删改). Each checkpoint is
-- also appended to an append-only file and published, so a rewritten and re-hashed chain is caught.
CREATE TABLE record_checkpoint (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  created_at    DATETIME      NOT NULL,
  chains        INT           NOT NULL,
  entries       BIGINT        NOT NULL,
  digest        CHAR(64)      NOT NULL,
  signature     VARCHAR(200)  NOT NULL,
  public_key    VARCHAR(200)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE record_checkpoint_head (
  checkpoint_id BIGINT        NOT NULL,
  case_id       BIGINT        NOT NULL,
  seq           INT           NOT NULL,
  hash          CHAR(64)      NOT NULL,
  PRIMARY KEY (checkpoint_id, case_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_checkpoint_head_case ON record_checkpoint_head (case_id, checkpoint_id);
