-- publicity module: the decision as the cases module reported it (DecisionMade), kept in our own
-- table until the automatic redaction (ServiceTask_AutoRedact, an asynchronous job) has drafted its
-- publication from it. The row is the hand-over between the deciding transaction and the job: no
-- thread-local, no process variable (the unredacted personal data never reach the engine's tables).
-- The redaction deletes the row in the transaction that inserts the publication, so the personal data
-- stay here only while the job waits or fails (a Cockpit incident after its retries).
-- Nothing to migrate: until V91 the redaction ran inside the deciding transaction, so no decision is
-- waiting for it.
CREATE TABLE publication_input (
  decision_number     VARCHAR(64)   NOT NULL PRIMARY KEY,
  case_id             BIGINT        NOT NULL,
  body_id             BIGINT        NOT NULL,
  decision_kind       VARCHAR(24)   NOT NULL,     -- PENALTY / NO_PENALTY / SUMMARY_PENALTY
  decided_on          DATE          NOT NULL,
  decided_by          VARCHAR(64)   NOT NULL,
  party_kind          VARCHAR(16)   NOT NULL,
  party_name          VARCHAR(256)  NOT NULL,
  party_id_number     VARCHAR(32),
  party_credit_code   VARCHAR(18),
  legal_representative VARCHAR(64),
  matter_name         VARCHAR(128)  NOT NULL,
  facts               VARCHAR(4000),
  legal_basis         VARCHAR(512),
  penalty_basis       VARCHAR(512),
  penalty_types       VARCHAR(256),
  fine_amount         DECIMAL(14,2),
  reasons             VARCHAR(4000),
  other_persons       VARCHAR(4000),             -- names, one per line (never published)
  created_at          DATETIME      NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
