-- publicity module: the before-the-fact information (事前公开, G118; RULES §3) that has no home in
-- another module's tables. The portal reads these live together with the officers tables (bodies,
-- officers, certificates, power list) and the deployed process models: nothing is copied.

-- 行政处罚裁量基准: the tiers of a matter on the power list (APL Art. 34: published discretion
-- benchmarks). One row per tier: the circumstance (情节), the penalty or fine range, and the basis.
CREATE TABLE discretion_benchmark (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  power_item_id       BIGINT        NOT NULL,
  seq                 INT           NOT NULL,     -- order of the tiers, lightest first
  tier                VARCHAR(16)   NOT NULL,     -- 轻微 / 一般 / 较重 / 严重 (the benchmark's own words)
  circumstance        VARCHAR(512)  NOT NULL,     -- 情节
  penalty             VARCHAR(512)  NOT NULL,     -- 处罚标准, e.g. 处 200 元以上 500 元以下罚款
  fine_min            DECIMAL(14,2),
  fine_max            DECIMAL(14,2),
  basis               VARCHAR(512)  NOT NULL,     -- the provisions and the benchmark document
  CONSTRAINT uk_benchmark_tier UNIQUE (power_item_id, seq),
  CONSTRAINT fk_benchmark_power FOREIGN KEY (power_item_id) REFERENCES power_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- 双随机、一公开 随机抽查事项清单 (国办发〔2015〕58号): what the body inspects at random, on what
-- basis, whom, how, and how many / how often.
CREATE TABLE random_inspection_item (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  body_id             BIGINT        NOT NULL,
  code                VARCHAR(32)   NOT NULL,
  item                VARCHAR(256)  NOT NULL,     -- 抽查事项
  basis               VARCHAR(512)  NOT NULL,     -- 抽查依据
  subject             VARCHAR(256)  NOT NULL,     -- 抽查对象
  method              VARCHAR(256)  NOT NULL,     -- 抽查方式
  ratio               VARCHAR(128)  NOT NULL,     -- 抽查比例
  frequency           VARCHAR(128)  NOT NULL,     -- 抽查频次
  active              BOOLEAN       NOT NULL DEFAULT TRUE,
  CONSTRAINT uk_inspection_code UNIQUE (body_id, code),
  CONSTRAINT fk_inspection_body FOREIGN KEY (body_id) REFERENCES enforcement_body (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- 救济渠道与投诉举报: where a party applies for administrative reconsideration (复议机关), which
-- court hears an action, and where anyone complains about an enforcement act. Official contacts
-- only: these numbers and addresses are the body's, never a person's.
CREATE TABLE body_remedy_channel (
  body_id             BIGINT        NOT NULL PRIMARY KEY,
  review_organ        VARCHAR(128)  NOT NULL,     -- 行政复议机关
  review_address      VARCHAR(256),
  court               VARCHAR(128)  NOT NULL,     -- 行政诉讼管辖法院
  court_address       VARCHAR(256),
  complaint_organ     VARCHAR(128)  NOT NULL,     -- 投诉举报受理机构
  complaint_phone     VARCHAR(64)   NOT NULL,
  complaint_address   VARCHAR(256)  NOT NULL,
  complaint_email     VARCHAR(128),
  office_hours        VARCHAR(128),
  CONSTRAINT fk_remedy_body FOREIGN KEY (body_id) REFERENCES enforcement_body (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
