-- web module: the login throttle (issue 15 finding 6, issue 18 item 2). Failed logins are counted per
-- (username, address) and per address (username ''), never per username alone, so a stranger cannot lock an
-- owner out; in the database so every node of a cluster sees the same counts.
CREATE TABLE login_throttle (
  username        VARCHAR(128)  NOT NULL,
  address         VARCHAR(64)   NOT NULL,
  failures        INT           NOT NULL,
  last_failure_at DATETIME(3)   NOT NULL,
  blocked_until   DATETIME(3)   NULL,
  PRIMARY KEY (username, address)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_login_throttle_last_failure ON login_throttle (last_failure_at);
