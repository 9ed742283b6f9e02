-- officers module: the full certificate (行政执法证) life cycle: annual review, status history,
-- the legal-profession qualification of legal reviewers (APL Art. 58) and the known enforcement
-- categories a certificate may cover (APL Art. 42).

-- Annual review (年审): the date by which the next review is due. NULL = no review recorded yet;
-- the application then treats the first anniversary of valid_from as the due date.
ALTER TABLE certificate ADD COLUMN annual_review_due DATE NULL;
CREATE INDEX ix_certificate_status_valid_to ON certificate (status, valid_to);
CREATE INDEX ix_certificate_status_review ON certificate (status, annual_review_due);

-- Every status change with its reason, who and when (suspend / reinstate / cancel / revoke, and
-- creation, import and annual reviews). Append-only.
CREATE TABLE certificate_status_change (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  certificate_id BIGINT       NOT NULL,
  action         VARCHAR(16)  NOT NULL,           -- CREATED / IMPORTED / SUSPEND / REINSTATE / CANCEL / REVOKE / ANNUAL_REVIEW
  from_status    VARCHAR(16)  NULL,
  to_status      VARCHAR(16)  NOT NULL,
  reason         VARCHAR(512) NOT NULL,
  changed_by     VARCHAR(64)  NOT NULL,
  changed_at     DATETIME     NOT NULL,
  CONSTRAINT fk_status_change_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_status_change_certificate ON certificate_status_change (certificate_id, id);

-- APL Art. 58: first-time legal reviewers hold the national legal-profession qualification
-- (法律职业资格证书): its number and the date it was obtained.
CREATE TABLE legal_qualification (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  officer_id         BIGINT      NOT NULL,
  certificate_number VARCHAR(64) NOT NULL,
  qualified_on       DATE        NOT NULL,
  CONSTRAINT uk_legal_qualification_officer UNIQUE (officer_id),
  CONSTRAINT uk_legal_qualification_number UNIQUE (certificate_number),
  CONSTRAINT fk_legal_qualification_officer FOREIGN KEY (officer_id) REFERENCES officer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The enforcement categories (执法领域/类别) a certificate may name; anything else is rejected.
CREATE TABLE enforcement_category (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  name           VARCHAR(32)  NOT NULL,
  active         BOOLEAN      NOT NULL DEFAULT TRUE,
  CONSTRAINT uk_enforcement_category_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO enforcement_category (name) VALUES ('城乡规划');
INSERT INTO enforcement_category (name) VALUES ('市容环卫');
INSERT INTO enforcement_category (name) VALUES ('固体废物');
INSERT INTO enforcement_category (name) VALUES ('生态环境');
INSERT INTO enforcement_category (name) VALUES ('自然资源');
INSERT INTO enforcement_category (name) VALUES ('农业农村');
INSERT INTO enforcement_category (name) VALUES ('水利');
INSERT INTO enforcement_category (name) VALUES ('应急管理');
INSERT INTO enforcement_category (name) VALUES ('市场监管');
INSERT INTO enforcement_category (name) VALUES ('卫生健康');
