-- cases module: the hearing notice (听证通知书, APL Art. 64 ¶1 (2)): the party is told the time and place of
-- the hearing and who chairs it at least 7 (working, APL Art. 85) days before it is held. One row per notice
-- served; a later notice (a hearing moved) is a new row, the latest one counts.
CREATE TABLE hearing_notice (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  case_id             BIGINT        NOT NULL,
  served_on           DATE          NOT NULL,
  hearing_at          DATETIME      NOT NULL,
  place               VARCHAR(256)  NOT NULL,
  chair_officer_id    BIGINT        NOT NULL,
  entered_by          VARCHAR(64)   NOT NULL,
  entered_at          DATETIME      NOT NULL,
  CONSTRAINT fk_hearing_notice_case FOREIGN KEY (case_id) REFERENCES enf_case (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_hearing_notice_case ON hearing_notice (case_id, id);
