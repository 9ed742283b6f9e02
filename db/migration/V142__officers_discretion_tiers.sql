-- officers module (issue 16 item 1): the discretion benchmark (行政处罚裁量基准, APL Art. 34) becomes data the
-- engine enforces, so it moves beside the power list it belongs to. One row per tier of a matter: its level, the
-- circumstance (情节), the penalty text, the penalty kinds it allows (codes of APL Art. 9, comma-separated) and
-- the fine range. The portal reads the same rows through OfficerDirectory; nothing is copied twice.
CREATE TABLE discretion_tier (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  power_item_id       BIGINT        NOT NULL,
  seq                 INT           NOT NULL,     -- order of the tiers, lightest first
  tier                VARCHAR(16)   NOT NULL,     -- 轻微 / 一般 / 较重 / 严重 (the benchmark's own words)
  circumstance        VARCHAR(512)  NOT NULL,     -- 情节
  penalty             VARCHAR(512)  NOT NULL,     -- 处罚标准, e.g. 处 200 元以上 500 元以下罚款
  penalty_kinds       VARCHAR(256),               -- e.g. WARNING,FINE; NULL: a fine where the tier has a range
  fine_min            DECIMAL(14,2),
  fine_max            DECIMAL(14,2),
  basis               VARCHAR(512)  NOT NULL,     -- the provisions and the benchmark document
  CONSTRAINT uk_discretion_tier UNIQUE (power_item_id, seq),
  CONSTRAINT fk_discretion_tier_power FOREIGN KEY (power_item_id) REFERENCES power_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO discretion_tier (power_item_id, seq, tier, circumstance, penalty, penalty_kinds, fine_min, fine_max, basis)
SELECT power_item_id, seq, tier, circumstance, penalty, NULL, fine_min, fine_max, basis FROM discretion_benchmark;

DROP TABLE discretion_benchmark;

-- A matter whose penalty provision sets no fine (e.g. 城乡规划法 Art. 65: rural building without a permit is
-- ordered to stop and correct, and may be demolished — no fine) refuses a fine at every step.
ALTER TABLE power_item ADD COLUMN fine_provided BOOLEAN NOT NULL DEFAULT TRUE;
