-- officers module: enforcement bodies, their power list (职权清单), officers and certificates.

CREATE TABLE enforcement_body (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  code           VARCHAR(32)  NOT NULL,
  name           VARCHAR(128) NOT NULL,
  kind           VARCHAR(16)  NOT NULL,           -- STATUTORY / AUTHORISED / ENTRUSTED
  area           VARCHAR(128) NOT NULL,
  legal_basis    VARCHAR(512) NOT NULL,
  document_prefix VARCHAR(32)  NOT NULL,          -- e.g. 三张综执 → 三张综执罚〔2026〕12号
  CONSTRAINT uk_body_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- APL Art. 24: a township may only handle matters on its published power list.
CREATE TABLE power_item (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  body_id        BIGINT       NOT NULL,
  code           VARCHAR(32)  NOT NULL,
  name           VARCHAR(128) NOT NULL,
  field          VARCHAR(32)  NOT NULL,           -- enforcement category a certificate must cover
  legal_basis    VARCHAR(512) NOT NULL,           -- the provision violated
  penalty_basis  VARCHAR(512) NOT NULL,           -- the provision that sets the penalty
  active         BOOLEAN      NOT NULL DEFAULT TRUE,
  CONSTRAINT uk_power_code UNIQUE (body_id, code),
  CONSTRAINT fk_power_body FOREIGN KEY (body_id) REFERENCES enforcement_body (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE officer (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  body_id        BIGINT       NOT NULL,
  username       VARCHAR(64)  NOT NULL,           -- the Camunda identity user id
  name           VARCHAR(64)  NOT NULL,
  position       VARCHAR(64)  NOT NULL,
  CONSTRAINT uk_officer_username UNIQUE (username),
  CONSTRAINT fk_officer_body FOREIGN KEY (body_id) REFERENCES enforcement_body (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- APL Art. 42: only holders of a valid enforcement certificate act.
CREATE TABLE certificate (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  officer_id     BIGINT       NOT NULL,
  number         VARCHAR(64)  NOT NULL,
  issuing_authority VARCHAR(128) NOT NULL,
  fields         VARCHAR(256) NOT NULL,           -- comma-separated enforcement categories
  area           VARCHAR(128) NOT NULL,
  valid_from     DATE         NOT NULL,
  valid_to       DATE         NOT NULL,
  status         VARCHAR(16)  NOT NULL,           -- VALID / SUSPENDED / CANCELLED / REVOKED / EXPIRED
  CONSTRAINT uk_certificate_number UNIQUE (number),
  CONSTRAINT fk_certificate_officer FOREIGN KEY (officer_id) REFERENCES officer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_certificate_officer ON certificate (officer_id);
