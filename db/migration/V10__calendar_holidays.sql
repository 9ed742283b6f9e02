-- calendar module: the State Council holiday notices (国务院办公厅关于部分节假日安排的通知) in the
-- holiday-cn shape. A day listed in a notice is off (isOffDay) or a make-up working day (调休上班);
-- a day not listed is a working day from Monday to Friday. A day's entry may sit in the next
-- year's notice (2023's notice lists 2022-12-31), hence the notice year in the key.
CREATE TABLE calendar_holiday_day (
  notice_year   INT          NOT NULL,
  day_date      DATE         NOT NULL,
  day_name      VARCHAR(64)  NOT NULL,
  off_day       BOOLEAN      NOT NULL,
  PRIMARY KEY (notice_year, day_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_holiday_day_date ON calendar_holiday_day (day_date);

-- Which years have a notice loaded. published = false: a placeholder (no notice yet); dates of
-- that year are counted on weekends only and every result depending on them is provisional.
CREATE TABLE calendar_notice_year (
  notice_year   INT           NOT NULL PRIMARY KEY,
  published     BOOLEAN       NOT NULL,
  papers        VARCHAR(2000),
  day_count     INT           NOT NULL,
  source        VARCHAR(16)   NOT NULL,     -- BUNDLED / UPLOAD
  loaded_by     VARCHAR(64)   NOT NULL,
  loaded_at     DATETIME      NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
